// What the administrators' dashboards read: the services' statistics, each with the export endpoint of the same
// numbers beside it (the panel's downloads call `<json path>/export?…&format=`).
import { call, everyPage, query, type Answer } from './http'
import type { components } from './platform'

type Schemas = components['schemas']
export type CaseStatistics = Schemas['CaseStatistics']
export type CaseStatisticsRow = Schemas['CaseStatisticsRow']
export type SupervisionSummary = Schemas['SupervisionSummary']
export type SupervisionCount = Schemas['SupervisionCount']
export type WorkingDaysReport = Schemas['CaseWorkingDaysReport']
export type ProjectStats = Schemas['ProjectStats']
export type ProjectStatsRow = Schemas['ProjectStatsRow']
export type ProjectRankings = Schemas['Rankings']
export type ParkRankingEntry = Schemas['RankingEntry']
export type AlignmentDashboard = Schemas['Dashboard']
export type AlignmentTopic = Schemas['TopicView']

export type MonthlyStatistics = Schemas['CaseMonthlyStatistics']
export type MonthlyRow = Schemas['CaseMonthlyStatisticsRow']

export interface CaseRange {
  from?: string
  to?: string
  item?: string
}

const CH = '/api/common-handling'

/** The JSON path and its export path, with the same parameters. */
export function paths(path: string, params: Record<string, string | number | undefined>): { json: string; export: string } {
  const q = query(params)
  return { json: path + q, export: `${path}/export${q}` }
}

export const caseStatsPath = (r: CaseRange) => paths(`${CH}/stats`, { ...r })
export const caseMonthlyPath = (r: CaseRange) => paths(`${CH}/stats/monthly`, { ...r })
export const supervisionPath = (r: CaseRange) => paths(`${CH}/supervision`, { from: r.from, to: r.to })
export const workingDaysPath = (r: CaseRange) => paths(`${CH}/stats/working-days`, { from: r.from, to: r.to })
export const projectStatsPath = (groupBy: string, year?: string) => paths('/api/projects/stats', { groupBy, year })
export const parkRankingsPath = (indicator: string, year: string) => paths('/api/parks/rankings', { indicator, year })
export const alignmentPath = () => paths('/api/policies/alignment-topics/dashboard', {})

export function get<T>(path: string): Promise<Answer<T>> {
  return call<T>(path)
}

/** Every entry of a park ranking, so the chart never shows the first page as the whole. */
export function parkRanking(indicator: string, year: string): Promise<ParkRankingEntry[]> {
  return everyPage<ParkRankingEntry>('/api/parks/rankings', { indicator, year })
}

export function projectRankings(month: string): Promise<Answer<ProjectRankings>> {
  return call<ProjectRankings>('/api/projects/rankings' + query({ month }))
}
