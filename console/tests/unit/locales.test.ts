import { describe, expect, it } from 'vitest'
import zhCN from '../../src/i18n/locales/zh-CN'
import en from '../../src/i18n/locales/en'
import adminZhCN from '../../src/i18n/locales/admin.zh-CN'
import adminEn from '../../src/i18n/locales/admin.en'
import registriesZhCN from '../../src/i18n/locales/registries.zh-CN'
import registriesEn from '../../src/i18n/locales/registries.en'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort()
}

// A text missing in one language shows its key to the reader: both languages carry every key.
describe('locales', () => {
  it.each([
    ['clerks', zhCN, en],
    ['administrators', adminZhCN, adminEn],
    ['registries', registriesZhCN, registriesEn],
  ])('the %s texts have the same keys in Chinese and English', (_, zh, english) => {
    expect(keys(english)).toEqual(keys(zh))
  })

  it('no two files claim the same top-level key', () => {
    const tops = [zhCN, adminZhCN, registriesZhCN].flatMap((m) => Object.keys(m))
    expect(new Set(tops).size).toBe(tops.length)
  })
})
