// Names for the codes statistics carry (items, districts), read once per page from the reference endpoints.
import { call, query } from './http'
import type { Division, ItemVersion, Page } from './types'

export async function itemNames(): Promise<Map<string, string>> {
  const { data } = await call<Page<ItemVersion>>('/api/common-handling/items' + query({ limit: 500 }))
  return new Map(data.items.map((i) => [i.code, i.name]))
}

export async function districtNames(): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  let cursor: string | null | undefined = null
  do {
    const page: Page<Division> = (await call<Page<Division>>('/api/divisions' + query({ level: 'COUNTY', limit: 500, cursor: cursor ?? undefined }))).data
    for (const d of page.items) names.set(d.code, d.name)
    cursor = page.nextCursor
  } while (cursor)
  return names
}
