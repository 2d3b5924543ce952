// One record's page (a park, a project, a policy): the record fetched when the page opens and again when the route
// gives it another key. 404 is kept apart from other failures: a record the caller may not see answers 404, and the
// page then says no more than "not found".
import { onMounted, ref, watch, type Ref } from 'vue'
import { ApiError } from '../../api/http'
import { errorText } from './format'

/**
 * `fetch` reads the record itself; `details`, once it is in, what hangs off it (histories, versions…). The page shows
 * its loading state until both are done; a failed `fetch` leaves no record.
 */
export function useRecord<T>(key: () => string, fetch: (key: string) => Promise<T>, details?: (record: T, key: string) => Promise<void>) {
  const record = ref<T | null>(null) as Ref<T | null>
  const loading = ref(true)
  const notFound = ref(false)
  const failure = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    failure.value = null
    notFound.value = false
    const k = key()
    try {
      record.value = await fetch(k)
    } catch (e) {
      record.value = null
      if (e instanceof ApiError && e.status === 404) notFound.value = true
      else failure.value = errorText(e)
      loading.value = false
      return
    }
    try {
      await details?.(record.value, k)
    } finally {
      loading.value = false
    }
  }

  watch(key, () => void load())
  onMounted(() => void load())
  return { record, loading, notFound, failure, load }
}
