// The registries (parks, projects, policies, divisions and joint zones) and the reference data (item catalogue,
// holiday calendar) the administrators' pages read; types from the generated OpenAPI document.
import { call, query, type Answer } from './http'
import type { components } from './platform'

type S = components['schemas']

export type Park = S['Park']
export type ParkKind = S['ParkKind']
export type ParkLevel = S['ParkLevel']
export type AreaEntry = S['AreaEntry']
export type Designation = S['Designation']
export type DesignationChange = S['DesignationChange']
export type ParkIndicators = S['ParkIndicators']
export type IndicatorRevision = S['IndicatorRevision']
export type Industry = S['Industry']
export type Project = S['Project']
export type Stage = S['Stage']
export type KeyLevel = S['KeyLevel']
export type SourceRegion = S['SourceRegion']
export type ProgressReport = S['ProgressReport']
export type Blocker = S['Blocker']
export type StageTransition = S['StageTransition']
export type Rankings = S['Rankings']
export type RankingEntry = S['Entry']
export type Policy = S['PolicyView']
export type PolicyKind = S['PolicyKind']
export type PolicyStatus = S['PolicyStatus']
export type PolicyVersion = S['VersionView']
export type VersionDiff = S['VersionDiff']
export type Division = S['Division']
export type DivisionLevel = S['DivisionLevel']
export type DivisionHistory = S['DivisionHistory']
export type DivisionChange = S['DivisionChange']
export type JointZone = S['JointZone']
export type ZoneChange = S['ZoneChange']
export type Item = S['Item']
export type ItemVersion = S['ItemVersion']
export type ItemDraft = S['ItemDraft']
export type HandlingMode = S['HandlingMode']
export type CalendarYear = S['CalendarYearView']
export type CalendarProposal = S['CalendarProposalView']
export type CalendarChange = S['CalendarChangeView']
export type PublishedSchedule = S['PublishedSchedule']

export type PageOf<T> = { items: T[]; nextCursor?: string | null }
/** A list's filters as the URL keeps them: parameter name to value (empty ones left out by query()). */
export type Filter = Record<string, string | undefined>

function enc(s: string | number): string {
  return encodeURIComponent(String(s))
}

// Parks ------------------------------------------------------------------------------------------------------------
export function listParks(filter: Filter, cursor?: string | null, limit = 20): Promise<Answer<S['PageParkView']>> {
  return call(`/api/parks${query({ ...filter, cursor, limit })}`)
}
export function getPark(code: string): Promise<Answer<Park>> {
  return call(`/api/parks/${enc(code)}`)
}
export function parkAreaHistory(code: string): Promise<Answer<AreaEntry[]>> {
  return call(`/api/parks/${enc(code)}/area-history`)
}
export function parkDesignations(code: string): Promise<Answer<Designation[]>> {
  return call(`/api/parks/${enc(code)}/designations`)
}
export function parkDesignationChanges(code: string): Promise<Answer<DesignationChange[]>> {
  return call(`/api/parks/${enc(code)}/designation-changes`)
}
export function parkIndicators(code: string, cursor?: string | null): Promise<Answer<S['PageIndicatorView']>> {
  return call(`/api/parks/${enc(code)}/indicators${query({ cursor, limit: 100 })}`)
}
export function parkIndicatorHistory(code: string, year: number, cursor?: string | null): Promise<Answer<S['PageIndicatorRevisionView']>> {
  return call(`/api/parks/${enc(code)}/indicators/${enc(year)}/history${query({ cursor, limit: 100 })}`)
}
export function industries(): Promise<Answer<Industry[]>> {
  return call('/api/parks/industries')
}

// Projects ---------------------------------------------------------------------------------------------------------
export function listProjects(filter: Filter, cursor?: string | null, limit = 20): Promise<Answer<S['PageProjectView']>> {
  return call(`/api/projects${query({ ...filter, cursor, limit })}`)
}
export function getProject(code: string): Promise<Answer<Project>> {
  return call(`/api/projects/${enc(code)}`)
}
export function projectProgress(code: string): Promise<Answer<ProgressReport[]>> {
  return call(`/api/projects/${enc(code)}/progress-reports`)
}
export function projectBlockers(code: string): Promise<Answer<Blocker[]>> {
  return call(`/api/projects/${enc(code)}/blockers`)
}
export function projectStageTransitions(code: string): Promise<Answer<StageTransition[]>> {
  return call(`/api/projects/${enc(code)}/stage-transitions`)
}
/** The red/black list of a month (YYYY-MM), narrowed by the list's filters. */
export function projectRankings(month: string, filter: Filter): Promise<Answer<Rankings>> {
  return call(`/api/projects/rankings${query({ ...filter, month })}`)
}

// Policies ---------------------------------------------------------------------------------------------------------
export function listPolicies(filter: Filter, cursor?: string | null, limit = 20): Promise<Answer<S['PagePolicyView']>> {
  return call(`/api/policies${query({ ...filter, cursor, limit })}`)
}
export function getPolicy(id: string | number): Promise<Answer<Policy>> {
  return call(`/api/policies/${enc(id)}`)
}
export function policyVersions(id: string | number): Promise<Answer<PolicyVersion[]>> {
  return call(`/api/policies/${enc(id)}/versions`)
}
export function policyDiff(id: string | number, a: number, b: number): Promise<Answer<VersionDiff>> {
  return call(`/api/policies/${enc(id)}/versions/${enc(a)}/diff/${enc(b)}`)
}

// Divisions and joint zones ----------------------------------------------------------------------------------------
export function listDivisions(filter: Filter, cursor?: string | null, limit = 100): Promise<Answer<S['PageDivisionView']>> {
  return call(`/api/divisions${query({ ...filter, cursor, limit })}`)
}
export function divisionHistory(code: string): Promise<Answer<DivisionHistory>> {
  return call(`/api/divisions/${enc(code)}/history`)
}
export function listZones(asOf?: string, cursor?: string | null, limit = 100): Promise<Answer<S['PageZoneView']>> {
  return call(`/api/zones${query({ asOf, cursor, limit })}`)
}
export function zoneChanges(code: string, cursor?: string | null): Promise<Answer<S['PageZoneChangeView']>> {
  return call(`/api/zones/${enc(code)}/changes${query({ cursor, limit: 100 })}`)
}

// Item catalogue ---------------------------------------------------------------------------------------------------
export function listItems(filter: Filter, cursor?: string | null, limit = 50): Promise<Answer<S['PageItemVersionView']>> {
  return call(`/api/common-handling/items${query({ ...filter, cursor, limit })}`)
}
/** The item with every version; the answer's ETag is the revision a new version's If-Match names. */
export function getItem(code: string): Promise<Answer<Item>> {
  return call(`/api/common-handling/items/${enc(code)}`)
}
export function proposeItemVersion(code: string, revision: string, draft: ItemDraft): Promise<Answer<ItemVersion>> {
  return call(`/api/common-handling/items/${enc(code)}/versions`, { method: 'POST', body: draft, ifMatch: revision })
}

// Holiday calendar -------------------------------------------------------------------------------------------------
export function getCalendar(year: number): Promise<Answer<CalendarYear>> {
  return call(`/api/common-handling/calendar/${enc(year)}`)
}
export function calendarProposals(year: number): Promise<Answer<S['PageCalendarProposalView']>> {
  return call(`/api/common-handling/calendar/${enc(year)}/proposals${query({ limit: 100 })}`)
}
export function calendarChanges(year: number): Promise<Answer<S['PageCalendarChangeView']>> {
  return call(`/api/common-handling/calendar/${enc(year)}/changes${query({ limit: 100 })}`)
}
/** Proposes the year's schedule (202, a proposal both provinces must approve); If-Match once the year is loaded. */
export function proposeCalendar(year: number, schedule: PublishedSchedule, version: number | null | undefined): Promise<Answer<CalendarProposal>> {
  return call(`/api/common-handling/calendar/${enc(year)}`, {
    method: 'PUT',
    body: schedule,
    ...(version !== null && version !== undefined ? { ifMatch: version } : {}),
  })
}
