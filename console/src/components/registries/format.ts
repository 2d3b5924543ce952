// Formatting shared by the registries' pages: amounts in CNY (with 亿元 / 万元 beside the exact figure in Chinese),
// plain numbers, today's date in Beijing, industries by name, a decision's tag, and an error's text.
import { ApiError } from '../../api/http'
import type { Industry } from '../../api/registries'

/** `¥1,800,000,000（18.00亿元）` in Chinese, `CNY 1,800,000,000` in English; the exact amount always shows. */
export function formatAmount(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  const zh = locale !== 'en'
  const exact = new Intl.NumberFormat(zh ? 'zh-CN' : 'en-GB', {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: zh ? 'symbol' : 'code',
    maximumFractionDigits: 2,
    minimumFractionDigits: 0,
  }).format(value)
  if (!zh) return exact
  const abs = Math.abs(value)
  if (abs >= 1e8) return `${exact}（${(value / 1e8).toFixed(2)}亿元）`
  if (abs >= 1e4) return `${exact}（${(value / 1e4).toFixed(2)}万元）`
  return exact
}

export function formatNumber(value: number | null | undefined, locale: string, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: digits }).format(value)
}

/** Today in Asia/Shanghai, as YYYY-MM-DD (the platform's business date). */
export function todayInBeijing(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** An error's message for a page: the problem's detail (with its field errors), else its title. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = e.fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ')
    const base = e.detail ?? e.title
    return fields ? `${base} (${fields})` : base
  }
  return e instanceof Error ? e.message : String(e)
}

/** The first failure among parts of a page read side by side, as its text; null when every part came. */
export function firstFailure(results: PromiseSettledResult<unknown>[]): string | null {
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  return failed ? errorText(failed.reason) : null
}

export function industryName(industry: Industry, locale: string): string {
  return locale === 'en' ? industry.nameEn : industry.name
}

/** An industry's name from the vocabulary; its code where the vocabulary (not read, or older) lacks it. */
export function industryLabel(code: string, vocabulary: Industry[], locale: string): string {
  const i = vocabulary.find((v) => v.code === code)
  return i ? industryName(i, locale) : code
}

/** A joint decision's tag colour: applied, rejected, or still waiting for a province. */
export function decisionTagType(status: string): 'success' | 'danger' | 'warning' {
  return status === 'APPLIED' ? 'success' : status === 'REJECTED' ? 'danger' : 'warning'
}
