// Reference data for the forms: the item catalogue, the divisions, and who the caller is.
import { call, query, type Answer } from './http'
import type { Caller, Division, ItemVersion, Page } from './types'

export function searchItems(q: string, limit = 20): Promise<Answer<Page<ItemVersion>>> {
  return call<Page<ItemVersion>>('/api/common-handling/items' + query({ q, limit }))
}

export function districts(q: string, limit = 50): Promise<Answer<Page<Division>>> {
  return call<Page<Division>>('/api/divisions' + query({ q, level: 'COUNTY', limit }))
}

export function whoami(): Promise<Answer<Caller>> {
  return call<Caller>('/api/common-handling/whoami')
}
