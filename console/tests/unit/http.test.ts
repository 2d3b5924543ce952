import { afterEach, describe, expect, it } from 'vitest'
import { ApiError, call, configureHttp, everyPage, query } from '../../src/api/http'

interface Seen {
  url: string
  init: RequestInit
}

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}): { seen: Seen[]; fetch: typeof fetch } {
  const seen: Seen[] = []
  const impl = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    seen.push({ url: String(url), init: init ?? {} })
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers })
  }
  return { seen, fetch: impl as typeof fetch }
}

function header(s: Seen, name: string): string | undefined {
  return (s.init.headers as Record<string, string>)[name]
}

afterEach(() => configureHttp(() => undefined))

describe('call', () => {
  it('sends the token, a request id, If-Match and the Idempotency-Key, and reads the ETag', async () => {
    const f = fakeFetch(200, { number: 'CY-51-2026-00000001' }, { ETag: '"7"', 'Content-Type': 'application/json' })
    configureHttp(() => 'tok', f.fetch)
    const answer = await call<{ number: string }>('/api/x', { method: 'POST', body: { a: 1 }, ifMatch: 6, idempotencyKey: 'k-1' })
    expect(answer.data.number).toBe('CY-51-2026-00000001')
    expect(answer.etag).toBe('7')
    const s = f.seen[0]!
    expect(header(s, 'Authorization')).toBe('Bearer tok')
    expect(header(s, 'If-Match')).toBe('"6"')
    expect(header(s, 'Idempotency-Key')).toBe('k-1')
    expect(header(s, 'X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(header(s, 'Content-Type')).toBe('application/json')
    expect(s.init.body).toBe('{"a":1}')
  })

  it('sends no Authorization header without a token', async () => {
    const f = fakeFetch(200, {}, { 'Content-Type': 'application/json' })
    configureHttp(() => undefined, f.fetch)
    await call('/api/x')
    expect(header(f.seen[0]!, 'Authorization')).toBeUndefined()
  })

  it('turns problem+json into an ApiError with its field errors', async () => {
    const problem = {
      type: 'https://chuanyu.example/problems/invalid', title: 'Invalid request', status: 400, detail: 'one field is wrong',
      errors: [{ field: 'applicant.idNumber', message: 'has a wrong check digit' }],
    }
    configureHttp(() => 'tok', fakeFetch(400, problem, { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'r-1' }).fetch)
    const error = await call('/api/x').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const e = error as ApiError
    expect(e.status).toBe(400)
    expect(e.detail).toBe('one field is wrong')
    expect(e.requestId).toBe('r-1')
    expect(e.fieldMessage('applicant.idNumber')).toBe('has a wrong check digit')
    expect(e.fieldMessage('name')).toBeUndefined()
  })

  it('keeps the status of an answer that is not JSON', async () => {
    configureHttp(() => 'tok', (async () => new Response('busy', { status: 503, statusText: 'Service Unavailable' })) as typeof fetch)
    const e = (await call('/api/x').catch((x: unknown) => x)) as ApiError
    expect(e.status).toBe(503)
    expect(e.fieldErrors).toEqual([])
  })

  it('reports a network failure as status 0', async () => {
    configureHttp(() => 'tok', (async () => { throw new TypeError('fetch failed') }) as typeof fetch)
    const e = (await call('/api/x').catch((x: unknown) => x)) as ApiError
    expect(e.status).toBe(0)
  })
})

describe('query', () => {
  it('leaves out empty parameters and encodes the rest', () => {
    expect(query({ status: 'SUBMITTED', q: '', item: undefined, limit: 20, level: null })).toBe('?status=SUBMITTED&limit=20')
    expect(query({})).toBe('')
    expect(query({ q: '张 三' })).toBe('?q=%E5%BC%A0+%E4%B8%89')
  })
})

describe('everyPage', () => {
  it('follows the cursor to the last page and keeps the other parameters', async () => {
    const asked: string[] = []
    configureHttp(() => 't', async (input) => {
      const url = String(input)
      asked.push(url)
      const last = url.includes('cursor=c2')
      return new Response(JSON.stringify({ items: [url.includes('cursor=') ? (last ? 3 : 2) : 1], nextCursor: last ? null : url.includes('cursor=') ? 'c2' : 'c1' }),
        { status: 200, headers: { 'Content-Type': 'application/json' } })
    })
    expect(await everyPage<number>('/api/x', { level: 'COUNTY' }, 1)).toEqual([1, 2, 3])
    expect(asked).toEqual(['/api/x?level=COUNTY&limit=1', '/api/x?level=COUNTY&limit=1&cursor=c1', '/api/x?level=COUNTY&limit=1&cursor=c2'])
  })
})
