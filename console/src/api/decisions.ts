// The joint decisions inbox: everything across the services that waits for one approval per province, read from each
// service's own list and approved or rejected at each service's own endpoint. Nothing is decided here; the services
// hold the rules (who may, one approval per province, a stale version refused).
import { call, everyPage as every } from './http'
import type { components } from './platform'

type Schemas = components['schemas']
type ZoneChange = Schemas['ZoneChange']
type DesignationChange = Schemas['ParkDesignationChange']
type Extension = Schemas['CaseExtension']
type PolicyView = Schemas['PolicyView']
type ItemVersion = Schemas['ItemVersion']
type CalendarProposal = Schemas['CalendarProposalView']

export type DecisionKind = 'zone' | 'designation' | 'policy' | 'item' | 'calendar' | 'extension'

/** One approval given so far: which province, who, when. */
export interface Given {
  province: string
  by: string
  at: string | null
}

/** A pending joint decision as the inbox shows it; `summary` is an i18n key under admin.inbox with its parameters. */
export interface Decision {
  key: string
  kind: DecisionKind
  summary: { key: string; params: Record<string, string | number> }
  /** What changes, as lines "before → after" (may be empty when the summary says it all). */
  changes: string[]
  reason: string | null
  proposedBy: string
  proposedByProvince: string | null
  proposedAt: string
  approvals: Given[]
  awaiting: string[]
  /** False where only one province decides (an extension: the handling province's admin); no "other side" then. */
  joint: boolean
  /** The roles that may decide it; the service refuses anyone else. */
  decidedBy: ('province-admin' | 'cross-province-admin')[]
  link: string | null
  approve: () => Promise<unknown>
  /** Absent where the service has no rejection for this kind. */
  reject: ((reason: string) => Promise<unknown>) | null
}

const lower = (p: string) => p.toLowerCase()
const post = (path: string, body?: unknown) => call(path, { method: 'POST', body })

function members(definition: Schemas['ZoneDefinition'] | null | undefined): string {
  return definition ? definition.members.map((m) => m.division).join('、') : '—'
}

const ADMINS: Decision['decidedBy'] = ['province-admin', 'cross-province-admin']

export function zoneDecision(c: ZoneChange): Decision {
  const base = `/api/zones/${encodeURIComponent(c.zone)}/changes/${c.id}`
  const changes: string[] = []
  if (c.previous?.name !== c.proposed.name) changes.push(`${c.previous?.name ?? '—'} → ${c.proposed.name}`)
  const before = members(c.previous)
  const after = members(c.proposed)
  if (before !== after) changes.push(`${before} → ${after}`)
  return {
    key: `zone-${c.id}`,
    kind: 'zone',
    summary: { key: 'zoneProposal', params: { zone: c.proposed.name, kind: c.kind, date: c.effectiveOn ?? '' } },
    changes,
    reason: c.reason ?? null,
    proposedBy: c.proposedBy,
    proposedByProvince: c.proposedByProvince,
    proposedAt: c.proposedAt,
    approvals: c.approvals.map((a) => ({ province: lower(a.province), by: a.approver, at: a.approvedAt })),
    awaiting: c.awaiting.map(lower),
    joint: true,
    decidedBy: ADMINS,
    link: '/divisions',
    approve: () => post(`${base}/approvals`),
    reject: (reason) => post(`${base}/rejection`, { reason }),
  }
}

export function designationDecision(c: DesignationChange): Decision {
  const base = `/api/parks/${encodeURIComponent(c.parkCode)}/designation-changes/${c.id}`
  return {
    key: `designation-${c.parkCode}-${c.id}`,
    kind: 'designation',
    summary: { key: 'designationProposal', params: { park: c.parkName, action: c.action, name: c.name } },
    changes: [[c.issuer, c.year, c.batch == null ? null : `#${c.batch}`].filter((x) => x != null).join(' ')].filter((s) => s !== ''),
    reason: null,
    proposedBy: c.proposedBy,
    proposedByProvince: c.proposedRealm,
    proposedAt: c.proposedAt,
    approvals: c.approvals.map((a) => ({ province: lower(a.province), by: a.approver, at: a.at })),
    awaiting: c.awaiting.map(lower),
    joint: true,
    decidedBy: ADMINS,
    link: `/parks/${encodeURIComponent(c.parkCode)}`,
    approve: () => post(`${base}/approvals`),
    reject: (reason) => post(`${base}/rejection`, { reason }),
  }
}

export function policyDecision(p: PolicyView): Decision {
  return {
    key: `policy-${p.id}`,
    kind: 'policy',
    summary: { key: 'policyProposal', params: { number: p.documentNumber, title: p.title, version: p.currentVersion } },
    changes: [],
    reason: null,
    proposedBy: p.department ?? '—',
    proposedByProvince: p.issuingProvince ?? null,
    proposedAt: p.updatedAt,
    approvals: p.approvals.map((a) => ({ province: lower(a.province), by: a.approver, at: a.approvedAt })),
    awaiting: p.awaitingApprovalFrom.map(lower),
    joint: true,
    decidedBy: ADMINS,
    link: `/policies/${p.id}`,
    approve: () => post(`/api/policies/${p.id}/approvals`, { version: p.currentVersion }),
    reject: (reason) => post(`/api/policies/${p.id}/rejection`, { reason, version: p.currentVersion }),
  }
}

export function itemDecision(v: ItemVersion): Decision {
  const base = `/api/common-handling/items/${encodeURIComponent(v.code)}/versions/${v.number}`
  return {
    key: `item-${v.code}-${v.number}`,
    kind: 'item',
    summary: { key: 'itemProposal', params: { code: v.code, name: v.name, number: v.number, date: v.effectiveFrom } },
    changes: [],
    reason: v.reason ?? null,
    proposedBy: v.proposedBy ?? '—',
    proposedByProvince: v.proposedByProvince ?? null,
    proposedAt: v.proposedAt ?? '',
    approvals: v.approvals.map((a) => ({ province: lower(a.province), by: a.approver, at: a.approvedAt })),
    awaiting: v.awaiting.map(lower),
    joint: true,
    decidedBy: ADMINS,
    link: '/reference/items',
    approve: () => post(`${base}/approvals`),
    reject: (reason) => post(`${base}/rejection`, { reason }),
  }
}

export function calendarDecision(p: CalendarProposal): Decision {
  const base = `/api/common-handling/calendar/${p.year}/proposals/${p.id}`
  return {
    key: `calendar-${p.id}`,
    kind: 'calendar',
    summary: { key: 'calendarProposal', params: { year: p.year } },
    changes: p.schedule.holidays.map((h) => `${h.name}: ${h.days[0] ?? ''} — ${h.days[h.days.length - 1] ?? ''}`),
    reason: p.schedule.source ?? null,
    proposedBy: p.proposedBy,
    proposedByProvince: p.proposedByRealm,
    proposedAt: p.proposedAt,
    approvals: p.approvals.map((a) => ({ province: lower(a.province), by: a.approver, at: a.approvedAt })),
    awaiting: p.awaiting.map(lower),
    joint: true,
    decidedBy: ADMINS,
    link: '/reference/calendar',
    approve: () => post(`${base}/approvals`),
    reject: (reason) => post(`${base}/rejection`, { reason }),
  }
}

export function extensionDecision(e: Extension): Decision {
  const decide = (approve: boolean, comment?: string) =>
    post(`/api/common-handling/cases/${encodeURIComponent(e.caseNumber)}/extensions/${e.id}/approval`, { approve, comment })
  return {
    key: `extension-${e.id}`,
    kind: 'extension',
    summary: { key: 'extensionProposal', params: { number: e.caseNumber, days: e.workingDays, reason: e.reason } },
    changes: [],
    reason: null,
    proposedBy: e.requestedBy,
    proposedByProvince: e.handlingProvince,
    proposedAt: e.requestedAt,
    approvals: [],
    awaiting: [e.handlingProvince],
    joint: false,
    decidedBy: ['province-admin'],
    link: `/cases/${encodeURIComponent(e.caseNumber)}`,
    approve: () => decide(true),
    reject: (reason) => decide(false, reason),
  }
}

/** Each source on its own: one service being down empties its part of the inbox, not the whole. */
export const sources: Record<DecisionKind, () => Promise<Decision[]>> = {
  zone: async () => (await every<ZoneChange>('/api/zones/changes', { status: 'PENDING' })).map(zoneDecision),
  designation: async () =>
    (await every<DesignationChange>('/api/parks/designation-changes', { status: 'PENDING' })).map(designationDecision),
  policy: async () => (await every<PolicyView>('/api/policies', { joint: 'true', status: 'DRAFT' }))
    .filter((p) => p.awaitingApprovalFrom.length > 0).map(policyDecision),
  item: async () => (await every<ItemVersion>('/api/common-handling/items/versions', { status: 'PENDING' })).map(itemDecision),
  calendar: async () => {
    const year = new Date().getFullYear()
    const lists = await Promise.all([year, year + 1].map((y) => every<CalendarProposal>(`/api/common-handling/calendar/${y}/proposals`, {})))
    return lists.flat().filter((p) => p.status === 'PENDING').map(calendarDecision)
  },
  extension: async () => (await every<Extension>('/api/common-handling/extensions', { status: 'REQUESTED' })).map(extensionDecision),
}

/** Everything pending, with the sources that could not be read named rather than hiding the rest. */
export async function pendingDecisions(): Promise<{ decisions: Decision[]; failed: DecisionKind[] }> {
  const kinds = Object.keys(sources) as (keyof typeof sources)[]
  const results = await Promise.allSettled(kinds.map((k) => sources[k]()))
  const decisions: Decision[] = []
  const failed: DecisionKind[] = []
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') decisions.push(...r.value)
    else failed.push(kinds[i] as DecisionKind)
  })
  decisions.sort((a, b) => a.proposedAt.localeCompare(b.proposedAt))
  return { decisions, failed }
}
