// The console's one way to call the platform: the bearer token, a request id, If-Match and Idempotency-Key when
// asked, and problem+json turned into an ApiError whose field errors a form can show next to its fields.

export interface FieldError {
  field: string
  message: string
}

/** A refused or failed call: the problem's status, title, detail and field errors (`errors[]`). */
export class ApiError extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string | undefined
  readonly fieldErrors: FieldError[]
  readonly requestId: string | undefined

  constructor(status: number, title: string, detail?: string, fieldErrors: FieldError[] = [], requestId?: string) {
    super(detail ?? title)
    this.name = 'ApiError'
    this.status = status
    this.title = title
    this.detail = detail
    this.fieldErrors = fieldErrors
    this.requestId = requestId
  }

  /** The message of a field's first error, for the form item of that field. */
  fieldMessage(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message
  }
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  body?: unknown
  ifMatch?: number | string
  idempotencyKey?: string
  signal?: AbortSignal
}

/** An answer with the ETag the server gave (the version a later If-Match names). */
export interface Answer<T> {
  data: T
  etag: string | undefined
}

export type TokenSource = () => string | undefined
export type Fetcher = typeof fetch

let tokenSource: TokenSource = () => undefined
let fetcher: Fetcher = (...args) => fetch(...args)

/** Where tokens come from (the session store) and, in unit tests, how requests go out. */
export function configureHttp(tokens: TokenSource, fetchImpl?: Fetcher): void {
  tokenSource = tokens
  if (fetchImpl) fetcher = fetchImpl
}

function newRequestId(): string {
  return globalThis.crypto.randomUUID()
}

/** Calls the platform at `path` (below the gateway's origin); throws ApiError for anything but 2xx. */
export async function call<T>(path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Request-Id': newRequestId() }
  const token = tokenSource()
  if (token) headers.Authorization = `Bearer ${token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${String(options.ifMatch).replace(/"/g, '')}"`
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey
  let response: Response
  try {
    response = await fetcher(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e))
  }
  const requestId = response.headers.get('X-Request-Id') ?? undefined
  if (!response.ok) throw await problemOf(response, requestId)
  const etag = response.headers.get('ETag')?.replace(/^W\//, '').replace(/"/g, '') ?? undefined
  if (response.status === 204) return { data: undefined as T, etag }
  return { data: (await response.json()) as T, etag }
}

async function problemOf(response: Response, requestId: string | undefined): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      const p = (await response.json()) as { title?: string; detail?: string; errors?: FieldError[] }
      const errors = Array.isArray(p.errors)
        ? p.errors.filter((e) => typeof e?.field === 'string').map((e) => ({ field: e.field, message: String(e.message) }))
        : []
      return new ApiError(response.status, p.title ?? response.statusText, p.detail, errors, requestId)
    } catch {
      // Not the JSON it said it was: fall through to the status alone.
    }
  }
  return new ApiError(response.status, response.statusText || `HTTP ${response.status}`, undefined, [], requestId)
}

/** A query string of the given parameters, leaving out the empty ones. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  }
  const s = q.toString()
  return s ? `?${s}` : ''
}

/**
 * Downloads a server export (CSV, XLSX, OC4IDS) with the caller's token and hands it to the browser as a file: a plain
 * link would carry no token. The file name is the one the server gives in Content-Disposition.
 */
export async function download(path: string, fallbackName: string): Promise<string> {
  const headers: Record<string, string> = { 'X-Request-Id': newRequestId() }
  const token = tokenSource()
  if (token) headers.Authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await fetcher(path, { headers })
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e))
  }
  if (!response.ok) throw await problemOf(response, response.headers.get('X-Request-Id') ?? undefined)
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
  return name
}

/**
 * Every item of a cursor-paged list (`items`, `nextCursor`), read to its end with pages of `limit`: for totals and
 * charts, where the first page is never the whole.
 */
export async function everyPage<T>(path: string, params: Record<string, string | number | undefined> = {}, limit = 500): Promise<T[]> {
  const all: T[] = []
  let cursor: string | null | undefined = null
  do {
    const page: { items: T[]; nextCursor?: string | null } =
      (await call<{ items: T[]; nextCursor?: string | null }>(path + query({ ...params, limit, cursor: cursor ?? undefined }))).data
    all.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return all
}
