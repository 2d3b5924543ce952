// Names for the codes statistics carry (items, districts), read once per page from the reference endpoints.
import { everyPage } from './http'
import type { Division, ItemVersion } from './types'

export async function itemNames(): Promise<Map<string, string>> {
  return new Map((await everyPage<ItemVersion>('/api/common-handling/items')).map((i) => [i.code, i.name]))
}

export async function districtNames(): Promise<Map<string, string>> {
  return new Map((await everyPage<Division>('/api/divisions', { level: 'COUNTY' })).map((d) => [d.code, d.name]))
}
