// The common-handling service's case operations the console uses.
import { call, query, type Answer } from './http'
import type {
  Case,
  CaseEvent,
  CaseNote,
  CaseSide,
  CaseSubmission,
  CaseTransition,
  Page,
  TimelineVerification,
  CaseAssignee,
} from './types'

const BASE = '/api/common-handling/cases'

/** The work queue's filters, as the URL keeps them (all optional). */
export interface QueueFilter {
  status?: string
  item?: string
  level?: string
  overdue?: string
  assignee?: string
  side?: string
  q?: string
  applicant?: string
}

export function listCases(filter: QueueFilter, cursor?: string | null, limit = 20): Promise<Answer<Page<Case>>> {
  return call<Page<Case>>(BASE + query({ ...filter, cursor: cursor ?? undefined, limit }))
}

export function getCase(number: string): Promise<Answer<Case>> {
  return call<Case>(`${BASE}/${encodeURIComponent(number)}`)
}

export function submitCase(submission: CaseSubmission, idempotencyKey: string): Promise<Answer<Case>> {
  return call<Case>(BASE, { method: 'POST', body: submission, idempotencyKey })
}

export function transition(number: string, version: number, body: CaseTransition): Promise<Answer<Case>> {
  return call<Case>(`${BASE}/${encodeURIComponent(number)}/transitions`, { method: 'POST', body, ifMatch: version })
}

export function assign(number: string, version: number, side: CaseSide, assignee: CaseAssignee | null): Promise<Answer<Case>> {
  return call<Case>(`${BASE}/${encodeURIComponent(number)}/assignee`, {
    method: 'PUT',
    body: { side, assignee },
    ifMatch: version,
  })
}

export function timeline(number: string): Promise<Answer<CaseEvent[]>> {
  return call<CaseEvent[]>(`${BASE}/${encodeURIComponent(number)}/timeline`)
}

export function verifyTimeline(number: string): Promise<Answer<TimelineVerification>> {
  return call<TimelineVerification>(`${BASE}/${encodeURIComponent(number)}/timeline/verify`)
}

export function notes(number: string): Promise<Answer<CaseNote[]>> {
  return call<CaseNote[]>(`${BASE}/${encodeURIComponent(number)}/notes`)
}

export function addNote(number: string, text: string): Promise<Answer<CaseNote>> {
  return call<CaseNote>(`${BASE}/${encodeURIComponent(number)}/notes`, { method: 'POST', body: { text } })
}
