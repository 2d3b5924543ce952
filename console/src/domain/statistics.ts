// Pure reshaping of the services' statistics for charts and the tables beside them: no number is computed here that
// the service did not give, only grouped for display (sums of counts the service gave per finer group).

/** Sums `value` of the rows by the key `by` gives, keeping the first-seen order of keys. */
export function sumBy<T>(rows: readonly T[], by: (row: T) => string, value: (row: T) => number): Map<string, number> {
  const out = new Map<string, number>()
  for (const row of rows) out.set(by(row), (out.get(by(row)) ?? 0) + value(row))
  return out
}

/** A two-way table: rows × columns → the sum of the values that fall in each cell (absent cells are 0). */
export function crossTab<T>(rows: readonly T[], row: (r: T) => string, column: (r: T) => string, value: (r: T) => number):
{ rows: string[]; columns: string[]; cell: (r: string, c: string) => number } {
  const cells = new Map<string, number>()
  const rowKeys: string[] = []
  const columnKeys: string[] = []
  for (const r of rows) {
    const rk = row(r)
    const ck = column(r)
    if (!rowKeys.includes(rk)) rowKeys.push(rk)
    if (!columnKeys.includes(ck)) columnKeys.push(ck)
    const key = `${rk}\u0000${ck}`
    cells.set(key, (cells.get(key) ?? 0) + value(r))
  }
  return { rows: rowKeys, columns: columnKeys, cell: (r, c) => cells.get(`${r}\u0000${c}`) ?? 0 }
}

/** 52300000000 → "523.00" (亿元, hundreds of millions), the unit Chinese reports state investment in. */
export function toYi(yuan: number): string {
  return (yuan / 1e8).toFixed(2)
}

/** A share as a percentage with one decimal, or "—" when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`
}

/** Axis labels short enough to sit side by side: 7073000000 → "71亿" in Chinese, "7.1B" in English. */
export function compact(locale: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', { notation: 'compact', maximumFractionDigits: 1 })
  return (value) => format.format(value)
}

/** A figure in full with digit grouping, for the table a reader checks against the download. */
export function grouped(value: number | null | undefined, locale: string): string {
  return value == null ? '—' : new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 4 }).format(value)
}
