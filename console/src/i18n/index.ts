import { createI18n } from 'vue-i18n'
import zhCN from './locales/zh-CN'
import en from './locales/en'
import adminZhCN from './locales/admin.zh-CN'
import adminEn from './locales/admin.en'
import registriesZhCN from './locales/registries.zh-CN'
import registriesEn from './locales/registries.en'

export type Locale = 'zh-CN' | 'en'
const KEY = 'console.locale'

function initial(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY)
  return saved === 'en' ? 'en' : 'zh-CN'
}

// 简体中文 first; English on request. The choice is a preference, not a secret: localStorage keeps it.
// The clerks' texts, the administrators' (dashboards, inbox, exports) and the registries' live in files of their own,
// each with a top-level key no other file uses.
export const i18n = createI18n({
  legacy: false,
  locale: initial(),
  fallbackLocale: 'zh-CN',
  messages: {
    'zh-CN': { ...zhCN, ...adminZhCN, ...registriesZhCN },
    en: { ...en, ...adminEn, ...registriesEn },
  },
})

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  localStorage.setItem(KEY, locale)
  document.documentElement.lang = locale
}
