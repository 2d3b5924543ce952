import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import zh from '../../src/i18n/locales/registries.zh-CN'
import en from '../../src/i18n/locales/registries.en'

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

// The pages' and components' source text, as Vite reads it.
const SOURCES = import.meta.glob<string>(
  ['../../src/views/registries/*.vue', '../../src/views/reference/*.vue', '../../src/components/registries/*.{vue,ts}'],
  { query: '?raw', import: 'default', eager: true },
)

describe('the registries texts', () => {
  it('have the same keys in Chinese and English, under registries and reference only', () => {
    expect(Object.keys(zh).sort()).toEqual(['reference', 'registries'])
    expect(keys(en).sort()).toEqual(keys(zh).sort())
  })

  it('compile in both languages', () => {
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zh, en }, missingWarn: false, fallbackWarn: false })
    for (const locale of ['zh-CN', 'en'] as const) {
      i18n.global.locale.value = locale
      for (const key of keys(zh)) expect(typeof i18n.global.t(key, { n: 1 })).toBe('string')
    }
  })

  it('name every key the pages use by its full name', () => {
    const known = new Set(keys(zh))
    expect(Object.keys(SOURCES).length).toBeGreaterThan(10)
    const used = Object.values(SOURCES).flatMap((text) => [...text.matchAll(/\bte?\('((?:registries|reference)\.[A-Za-z0-9_.]+)'/g)].map((m) => m[1]!))
    expect(used.length).toBeGreaterThan(100)
    expect(used.filter((k) => !known.has(k))).toEqual([])
  })
})
