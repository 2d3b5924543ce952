import { ref, type Ref } from 'vue'
import { ApiError } from '../api/http'

/** A page's reading of its data: loading, the failure's text for an alert, and the run that sets them. */
export function useLoad(): { loading: Ref<boolean>; failure: Ref<string | null>; run: (work: () => Promise<void>) => Promise<void> } {
  const loading = ref(false)
  const failure = ref<string | null>(null)
  async function run(work: () => Promise<void>): Promise<void> {
    loading.value = true
    failure.value = null
    try {
      await work()
    } catch (e) {
      failure.value = e instanceof ApiError ? (e.detail ?? e.title) : String(e)
    } finally {
      loading.value = false
    }
  }
  return { loading, failure, run }
}
