// The notifications service's live stream (Server-Sent Events) read with fetch, since EventSource cannot send the
// bearer token. Each event names its record in `subject` (a case's number); the console refreshes what it shows.

export interface StreamEvent {
  id: string | undefined
  type: string
  subject: string | undefined
}

/** Splits SSE text into events; returns them and the unfinished rest to prepend to the next chunk. */
export function parseSse(buffer: string): { events: StreamEvent[]; rest: string } {
  const events: StreamEvent[] = []
  const frames = buffer.replace(/\r\n/g, '\n').split('\n\n')
  const rest = frames.pop() ?? ''
  for (const frame of frames) {
    let id: string | undefined
    let type = 'message'
    const data: string[] = []
    for (const line of frame.split('\n')) {
      if (line.startsWith(':') || line === '') continue
      const colon = line.indexOf(':')
      const field = colon < 0 ? line : line.slice(0, colon)
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
      if (field === 'id') id = value
      else if (field === 'event') type = value
      else if (field === 'data') data.push(value)
    }
    if (data.length === 0) continue
    let subject: string | undefined
    try {
      const parsed = JSON.parse(data.join('\n')) as { subject?: unknown }
      subject = typeof parsed.subject === 'string' ? parsed.subject : undefined
    } catch {
      subject = undefined
    }
    events.push({ id, type, subject })
  }
  return { events, rest }
}

/**
 * Follows the stream until `signal` aborts, calling `onEvent` for each event; reconnects after a break, resuming from
 * the last id seen. The token is asked for at each connection, so a renewed one is used.
 */
export async function follow(
  token: () => string | undefined,
  onEvent: (e: StreamEvent) => void,
  signal: AbortSignal,
  retryMs = 3000,
): Promise<void> {
  let lastId: string | undefined
  while (!signal.aborted) {
    try {
      const headers: Record<string, string> = { Accept: 'text/event-stream' }
      const t = token()
      if (t) headers.Authorization = `Bearer ${t}`
      if (lastId) headers['Last-Event-ID'] = lastId
      const response = await fetch('/api/notifications/stream', { headers, signal })
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`)
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        const parsed = parseSse(buffer + value)
        buffer = parsed.rest
        for (const e of parsed.events) {
          if (e.id) lastId = e.id
          onEvent(e)
        }
      }
    } catch {
      if (signal.aborted) return
    }
    await new Promise((resolve) => setTimeout(resolve, retryMs))
  }
}
