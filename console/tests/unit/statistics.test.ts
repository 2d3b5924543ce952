import { describe, expect, it } from 'vitest'
import { crossTab, percent, sumBy, toYi } from '../../src/domain/statistics'

describe('statistics reshaping', () => {
  const rows = [
    { month: '2026-01', province: 'sichuan', n: 2 },
    { month: '2026-01', province: 'chongqing', n: 3 },
    { month: '2026-02', province: 'sichuan', n: 4 },
    { month: '2026-01', province: 'sichuan', n: 1 },
  ]

  it('sums by key in the order keys first appear', () => {
    expect([...sumBy(rows, (r) => r.month, (r) => r.n)]).toEqual([['2026-01', 6], ['2026-02', 4]])
  })

  it('cross-tabulates, with empty cells as zero', () => {
    const tab = crossTab(rows, (r) => r.month, (r) => r.province, (r) => r.n)
    expect(tab.rows).toEqual(['2026-01', '2026-02'])
    expect(tab.columns).toEqual(['sichuan', 'chongqing'])
    expect(tab.cell('2026-01', 'sichuan')).toBe(3)
    expect(tab.cell('2026-02', 'chongqing')).toBe(0)
  })

  it('states yuan in 亿元 and shares as percentages', () => {
    expect(toYi(52_300_000_000)).toBe('523.00')
    expect(percent(1, 3)).toBe('33.3%')
    expect(percent(0, 0)).toBe('—')
  })
})

describe('figures for axes and tables', () => {
  it('shortens axis labels and groups table figures', async () => {
    const { compact, grouped } = await import('../../src/domain/statistics')
    expect(compact('en')(7_073_000_000)).toBe('7.1B')
    expect(grouped(7_073_000_000, 'en')).toBe('7,073,000,000')
    expect(grouped(null, 'zh-CN')).toBe('—')
  })
})
