import { describe, expect, it } from 'vitest'
import { ApiError } from '../../src/api/http'
import {
  decisionTagType, errorText, firstFailure, formatAmount, industryLabel, todayInBeijing,
} from '../../src/components/registries/format'

describe('the registries formatting', () => {
  it('shows the exact amount, with 亿元 or 万元 beside it in Chinese', () => {
    expect(formatAmount(1_800_000_000, 'zh-CN')).toBe('¥1,800,000,000（18.00亿元）')
    expect(formatAmount(52_000, 'zh-CN')).toBe('¥52,000（5.20万元）')
    expect(formatAmount(null, 'en')).toBe('—')
  })

  it('counts today in Beijing, a day ahead of UTC in the evening', () => {
    expect(todayInBeijing(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01')
  })

  it('names the first failed part with its field errors', () => {
    const refused = new ApiError(400, 'Invalid request', '1 field is invalid', [{ field: 'year', message: 'is required' }])
    expect(errorText(refused)).toBe('1 field is invalid (year: is required)')
    expect(firstFailure([{ status: 'fulfilled', value: 1 }, { status: 'rejected', reason: refused }]))
      .toBe('1 field is invalid (year: is required)')
    expect(firstFailure([{ status: 'fulfilled', value: 1 }])).toBeNull()
  })

  it('names an industry from the vocabulary, its code when missing', () => {
    const vocabulary = [{ code: 'automotive', name: '汽车', nameEn: 'Automotive' }]
    expect(industryLabel('automotive', vocabulary as never, 'zh-CN')).toBe('汽车')
    expect(industryLabel('automotive', vocabulary as never, 'en')).toBe('Automotive')
    expect(industryLabel('robots', vocabulary as never, 'en')).toBe('robots')
  })

  it('colours a decision by its status', () => {
    expect(decisionTagType('APPLIED')).toBe('success')
    expect(decisionTagType('REJECTED')).toBe('danger')
    expect(decisionTagType('PENDING')).toBe('warning')
  })
})
