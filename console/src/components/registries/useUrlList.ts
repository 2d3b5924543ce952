// A registry list whose filters live in the URL (a link shows what its sender saw), paged by the API's cursor
// ("load more"), with its loading state and error.
import { computed, onMounted, reactive, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { Answer } from '../../api/http'
import type { Filter, PageOf } from '../../api/registries'
import { errorText } from './format'

export function useUrlList<T>(keys: readonly string[], fetch: (filter: Filter, cursor: string | null) => Promise<Answer<PageOf<T>>>) {
  const route = useRoute()
  const router = useRouter()
  const routeName = route.name
  const form = reactive<Record<string, string>>(Object.fromEntries(keys.map((k) => [k, ''])))
  const rows = ref<T[]>([]) as { value: T[] }
  const next = ref<string | null>(null)
  const loading = ref(false)
  const loaded = ref(false)
  const failure = ref<string | null>(null)

  const filter = computed<Filter>(() => {
    const f: Filter = {}
    for (const key of keys) {
      const v = route.query[key]
      if (typeof v === 'string' && v !== '') f[key] = v
    }
    return f
  })

  function fill(): void {
    for (const key of keys) form[key] = filter.value[key] ?? ''
  }

  let generation = 0
  async function load(more = false): Promise<void> {
    const mine = ++generation
    loading.value = true
    failure.value = null
    try {
      const { data } = await fetch(filter.value, more ? next.value : null)
      if (mine !== generation) return
      rows.value = more ? [...rows.value, ...data.items] : data.items
      next.value = data.nextCursor ?? null
    } catch (e) {
      if (mine !== generation) return
      failure.value = errorText(e)
      if (!more) rows.value = []
    } finally {
      if (mine === generation) {
        loading.value = false
        loaded.value = true
      }
    }
  }

  function apply(): void {
    const query: Record<string, string> = { ...(route.query as Record<string, string>) }
    for (const key of keys) {
      const v = (form[key] ?? '').trim()
      if (v === '') delete query[key]
      else query[key] = v
    }
    void router.push({ query })
  }

  function reset(): void {
    const query: Record<string, string> = { ...(route.query as Record<string, string>) }
    for (const key of keys) delete query[key]
    void router.push({ query })
  }

  watch(filter, (now, before) => {
    if (route.name !== routeName) return
    if (JSON.stringify(now) === JSON.stringify(before)) return
    fill()
    void load()
  })

  onMounted(() => {
    fill()
    void load()
  })

  return { form, rows, next, loading, loaded, failure, filter, load, apply, reset }
}

export type UrlList<T = unknown> = ReturnType<typeof useUrlList<T>>
