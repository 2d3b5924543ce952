// The joint decisions waiting for the caller's province, shared by the inbox page and the count in the top bar.
import { defineStore } from 'pinia'
import { pendingDecisions, type Decision, type DecisionKind } from '../api/decisions'

/** The count in the bar is read again on navigation, at most this often. */
const FRESH_FOR_MS = 30_000

export const useInbox = defineStore('inbox', {
  state: () => ({
    decisions: [] as Decision[],
    failed: [] as DecisionKind[],
    loadedAt: 0,
    loading: false,
  }),
  getters: {
    /** What waits for `province`'s approval (the other province may have decided already). */
    awaiting: (s) => (province: string | undefined): Decision[] =>
      province ? s.decisions.filter((d) => d.awaiting.includes(province)) : [],
  },
  actions: {
    async refresh(force = false): Promise<void> {
      if (this.loading || (!force && Date.now() - this.loadedAt < FRESH_FOR_MS)) return
      this.loading = true
      try {
        const { decisions, failed } = await pendingDecisions()
        this.decisions = decisions
        this.failed = failed
        this.loadedAt = Date.now()
      } finally {
        this.loading = false
      }
    },
  },
})
