import { describe, expect, it } from 'vitest'
import { isWorkingDay, parseSchedule, weekdayOf, workingDayChanges } from '../../src/domain/calendar'

const loaded2026 = {
  holidays: [
    { name: '元旦', days: ['2026-01-01', '2026-01-02', '2026-01-03'] },
    { name: '劳动节', days: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'] },
  ],
  makeUpWorkdays: ['2026-01-04', '2026-05-09'],
}

describe('working days under a State Council schedule', () => {
  it('knows the weekday of a calendar date', () => {
    expect(weekdayOf('2026-01-04')).toBe(0)
    expect(weekdayOf('2026-05-09')).toBe(6)
    expect(weekdayOf('2026-05-01')).toBe(5)
  })

  it('works Monday to Friday, not on holidays, and on make-up days', () => {
    expect(isWorkingDay('2026-01-05', null)).toBe(true)
    expect(isWorkingDay('2026-01-04', null)).toBe(false)
    expect(isWorkingDay('2026-01-04', loaded2026)).toBe(true)
    expect(isWorkingDay('2026-01-02', loaded2026)).toBe(false)
    expect(isWorkingDay('2026-01-02', null)).toBe(true)
  })

  it('lists, in date order, only the days whose status a new schedule changes', () => {
    const proposed = {
      holidays: [
        { name: '元旦', days: ['2026-01-01'] },
        { name: '劳动节', days: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06'] },
      ],
      makeUpWorkdays: ['2026-05-09'],
    }
    const changes = workingDayChanges(loaded2026, proposed)
    expect(changes.map((c) => [c.date, c.workingBefore, c.workingAfter, c.holiday])).toEqual([
      ['2026-01-02', false, true, '元旦'], // Friday back to work
      // 2026-01-03 is a Saturday: off either way.
      ['2026-01-04', true, false, null], // Sunday no longer a make-up day
      ['2026-05-06', true, false, '劳动节'],
    ])
  })

  it('compares a year not loaded with weekends alone', () => {
    const changes = workingDayChanges(null, loaded2026)
    expect(changes.map((c) => c.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-04', '2026-05-01', '2026-05-04', '2026-05-05', '2026-05-09'])
    expect(workingDayChanges(loaded2026, loaded2026)).toEqual([])
  })
})

describe('a schedule file', () => {
  it('reads a PublishedSchedule', () => {
    const r = parseSchedule(JSON.stringify({ source: ' 国办发明电〔2026〕1号 ', ...loaded2026 }), 2026)
    expect(r.problems).toEqual([])
    expect(r.schedule?.source).toBe('国办发明电〔2026〕1号')
    expect(r.schedule?.holidays).toHaveLength(2)
  })

  it('names what is wrong with it', () => {
    expect(parseSchedule('{', 2026).problems).toEqual([{ code: 'json' }])
    expect(parseSchedule('[]', 2026).problems).toEqual([{ code: 'shape', path: '' }])
    const r = parseSchedule(JSON.stringify({
      holidays: [{ name: '春节', days: ['2026-02-30', '2027-01-01'] }, { days: 3 }],
      makeUpWorkdays: [20260214],
    }), 2026)
    expect(r.schedule).toBeNull()
    expect(r.problems).toEqual([
      { code: 'shape', path: 'source' },
      { code: 'date', path: 'holidays[0].days[0]', value: '2026-02-30' },
      { code: 'year', path: 'holidays[0].days[1]', value: '2027-01-01' },
      { code: 'shape', path: 'holidays[1].name' },
      { code: 'shape', path: 'holidays[1].days' },
      { code: 'shape', path: 'makeUpWorkdays[0]' },
    ])
  })
})
