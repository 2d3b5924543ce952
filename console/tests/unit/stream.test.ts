import { describe, expect, it } from 'vitest'
import { parseSse } from '../../src/api/stream'

describe('parseSse', () => {
  it('reads id, type and the subject of the CloudEvent, and keeps an unfinished frame for later', () => {
    const text = ': keep-alive\n\nid: 42\nevent: cn.chuanyu.common-handling.case.status-changed\n'
      + 'data: {"specversion":"1.0","subject":"CY-51-2026-00000001"}\n\nid: 43\nevent: x\ndata: {"sub'
    const { events, rest } = parseSse(text)
    expect(events).toEqual([{ id: '42', type: 'cn.chuanyu.common-handling.case.status-changed', subject: 'CY-51-2026-00000001' }])
    expect(rest).toBe('id: 43\nevent: x\ndata: {"sub')
    const after = parseSse(rest + 'ject":"CY-50-2026-00000002"}\n\n')
    expect(after.events).toEqual([{ id: '43', type: 'x', subject: 'CY-50-2026-00000002' }])
    expect(after.rest).toBe('')
  })

  it('survives data that is not JSON and CRLF line ends', () => {
    const { events } = parseSse('event: token-expired\r\ndata: expired\r\n\r\n')
    expect(events).toEqual([{ id: undefined, type: 'token-expired', subject: undefined }])
  })
})
