// The working-day status of a year's days under a State Council schedule (holidays and make-up working days), and
// what a new schedule would change: the console's preview before a schedule is proposed (PUT …/calendar/{year}).
// The server decides; this only shows the proposer what the two provinces will be asked to approve.

export interface Holiday {
  name: string
  days: string[]
}

/** The PublishedSchedule the API takes: the notice, the holidays with their days, the make-up working days. */
export interface Schedule {
  source: string
  holidays: Holiday[]
  makeUpWorkdays: string[]
}

/** One day whose working status differs between the current calendar and the proposed schedule. */
export interface DayChange {
  date: string
  /** 0 Sunday … 6 Saturday */
  weekday: number
  workingBefore: boolean
  workingAfter: boolean
  /** The holiday the day belongs to, in the proposed schedule or else in the current one. */
  holiday: string | null
}

export type ScheduleProblem =
  | { code: 'json' }
  | { code: 'shape'; path: string }
  | { code: 'date'; path: string; value: string }
  | { code: 'year'; path: string; value: string }

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function validDate(s: string): boolean {
  const m = DATE.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** 0 Sunday … 6 Saturday of an ISO date (no time zone: a calendar day). */
export function weekdayOf(date: string): number {
  const m = DATE.exec(date)
  if (!m) return NaN
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()
}

/** Whether a day is worked: a make-up working day is; a holiday is not; else Monday to Friday are. */
export function isWorkingDay(date: string, schedule: Pick<Schedule, 'holidays' | 'makeUpWorkdays'> | null): boolean {
  if (schedule) {
    if (schedule.makeUpWorkdays.includes(date)) return true
    if (schedule.holidays.some((h) => h.days.includes(date))) return false
  }
  const w = weekdayOf(date)
  return w !== 0 && w !== 6
}

function holidayOf(date: string, schedule: Pick<Schedule, 'holidays'> | null): string | null {
  return schedule?.holidays.find((h) => h.days.includes(date))?.name ?? null
}

/**
 * The days whose working status the proposed schedule changes, in date order. `current` is the year as loaded (null,
 * or one with no holidays, for a year not loaded: weekends alone). Only days either schedule names can change.
 */
export function workingDayChanges(
  current: Pick<Schedule, 'holidays' | 'makeUpWorkdays'> | null,
  proposed: Pick<Schedule, 'holidays' | 'makeUpWorkdays'>,
): DayChange[] {
  const days = new Set<string>()
  for (const s of [current, proposed]) {
    if (!s) continue
    s.makeUpWorkdays.forEach((d) => days.add(d))
    s.holidays.forEach((h) => h.days.forEach((d) => days.add(d)))
  }
  const changes: DayChange[] = []
  for (const date of [...days].sort()) {
    const workingBefore = isWorkingDay(date, current)
    const workingAfter = isWorkingDay(date, proposed)
    if (workingBefore !== workingAfter) {
      changes.push({ date, weekday: weekdayOf(date), workingBefore, workingAfter, holiday: holidayOf(date, proposed) ?? holidayOf(date, current) })
    }
  }
  return changes
}

/**
 * Reads a schedule file (JSON shaped like PublishedSchedule). Returns the schedule, or the problems found: the shape,
 * the dates, and dates outside `year`. The server checks again (and more: a make-up day must be a weekend day).
 */
export function parseSchedule(text: string, year: number): { schedule: Schedule; problems: [] } | { schedule: null; problems: ScheduleProblem[] } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { schedule: null, problems: [{ code: 'json' }] }
  }
  const problems: ScheduleProblem[] = []
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { schedule: null, problems: [{ code: 'shape', path: '' }] }
  const o = raw as Record<string, unknown>
  if (typeof o.source !== 'string' || o.source.trim() === '') problems.push({ code: 'shape', path: 'source' })
  const checkDate = (value: unknown, path: string): void => {
    if (typeof value !== 'string') problems.push({ code: 'shape', path })
    else if (!validDate(value)) problems.push({ code: 'date', path, value })
    else if (Number(value.slice(0, 4)) !== year) problems.push({ code: 'year', path, value })
  }
  if (!Array.isArray(o.holidays)) {
    problems.push({ code: 'shape', path: 'holidays' })
  } else {
    o.holidays.forEach((h: unknown, i) => {
      const path = `holidays[${i}]`
      if (typeof h !== 'object' || h === null) return problems.push({ code: 'shape', path })
      const hh = h as Record<string, unknown>
      if (typeof hh.name !== 'string' || hh.name.trim() === '') problems.push({ code: 'shape', path: `${path}.name` })
      if (!Array.isArray(hh.days)) problems.push({ code: 'shape', path: `${path}.days` })
      else hh.days.forEach((d: unknown, j) => checkDate(d, `${path}.days[${j}]`))
    })
  }
  if (!Array.isArray(o.makeUpWorkdays)) problems.push({ code: 'shape', path: 'makeUpWorkdays' })
  else o.makeUpWorkdays.forEach((d: unknown, i) => checkDate(d, `makeUpWorkdays[${i}]`))
  if (problems.length > 0) return { schedule: null, problems }
  return {
    schedule: {
      source: (o.source as string).trim(),
      holidays: (o.holidays as { name: string; days: string[] }[]).map((h) => ({ name: h.name, days: [...h.days] })),
      makeUpWorkdays: [...(o.makeUpWorkdays as string[])],
    },
    problems: [],
  }
}
