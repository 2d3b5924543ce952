// The platform's types, generated from the gateway's merged OpenAPI document (npm run openapi): a field the document
// renames or drops is a compile error here, not a blank on a page.
import type { components } from './platform'

type Schemas = components['schemas']

export type Case = Schemas['Case']
export type CaseStatus = Schemas['CaseStatus']
export type CaseAction = Schemas['CaseAction']
export type CaseTransition = Schemas['CaseTransition']
export type CaseSubmission = Schemas['CaseSubmission']
export type CaseEvent = Schemas['CaseEvent']
export type CaseNote = Schemas['CaseNote']
export type CaseSupervision = Schemas['CaseSupervision']
export type CaseAssignee = Schemas['CaseAssignee']
export type CaseSide = Schemas['AssignedSide']
export type TimelineVerification = Schemas['TimelineVerification']
export type Caller = Schemas['Caller']
export type Item = Schemas['Item']
export type ItemVersion = Schemas['ItemVersion']
export type Division = Schemas['Division']
export type Level = CaseSupervision['level']

/** A keyset page: the items and the cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[]
  nextCursor?: string | null
}
