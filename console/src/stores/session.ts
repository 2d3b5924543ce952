// Who is signed in: the realm, the OIDC user (tokens in memory) and the platform's view of the caller.
import { defineStore } from 'pinia'
import type { User } from 'oidc-client-ts'
import { whoami } from '../api/reference'
import type { Caller } from '../api/types'
import * as oidc from '../auth/oidc'

export const useSession = defineStore('session', {
  state: () => ({
    realm: null as string | null,
    user: null as User | null,
    caller: null as Caller | null,
  }),
  getters: {
    signedIn: (s) => s.user !== null && !s.user.expired,
    token: (s) => s.user?.access_token,
    roles: (s) => s.caller?.roles ?? [],
  },
  actions: {
    async completeSignIn(): Promise<string> {
      const { user, realm, returnTo } = await oidc.completeSignIn()
      this.realm = realm
      this.user = user
      await oidc.watchUser(realm, (u) => {
        this.user = u
      })
      this.caller = (await whoami()).data
      return returnTo
    },
    async signIn(realm: string, returnTo: string): Promise<void> {
      await oidc.signIn(realm, returnTo)
    },
    async signOut(): Promise<void> {
      const realm = this.realm
      const user = this.user
      this.$reset()
      if (realm) await oidc.signOut(realm, user)
    },
    /** True for the administrators' pages: province-admins, the joint offices (cross-province-admins) and viewers. */
    isAdministrator(): boolean {
      return this.roles.some((r) => r === 'province-admin' || r === 'cross-province-admin' || r === 'viewer')
    },
    /** True for those who approve or reject joint decisions for their province (a viewer only reads). */
    decides(): boolean {
      return this.roles.some((r) => r === 'province-admin' || r === 'cross-province-admin')
    },
    /** True for a district clerk: the one who works cases. */
    isClerk(): boolean {
      return this.roles.includes('district-clerk')
    },
  },
})
