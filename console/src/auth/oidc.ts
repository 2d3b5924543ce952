// Sign-in at the caller's province: the authorization-code flow with PKCE against the realm's public
// cooperation-console client (oidc-client-ts). Tokens stay in memory; only the PKCE verifier and state of a sign-in
// under way, and the realm chosen, outlive the redirect to Keycloak (sessionStorage: this tab, gone when it closes).
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'

export interface RealmConfig {
  name: string
  issuer: string
}

export interface ConsoleConfig {
  clientId: string
  realms: RealmConfig[]
}

const REALM_KEY = 'console.realm'
let configPromise: Promise<ConsoleConfig> | undefined
const managers = new Map<string, UserManager>()

/** Where each province signs in, as the gateway serves it (one build for every environment). */
export function loadConfig(): Promise<ConsoleConfig> {
  configPromise ??= fetch(`${import.meta.env.BASE_URL}config.json`, { headers: { Accept: 'application/json' } }).then(
    async (r) => {
      if (!r.ok) throw new Error(`config.json answered ${r.status}`)
      return (await r.json()) as ConsoleConfig
    },
  )
  return configPromise
}

function consoleUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, window.location.origin).toString()
}

async function manager(realm: string): Promise<UserManager> {
  const existing = managers.get(realm)
  if (existing) return existing
  const config = await loadConfig()
  const found = config.realms.find((r) => r.name === realm)
  if (!found) throw new Error(`no realm ${realm}`)
  const created = new UserManager({
    authority: found.issuer,
    client_id: config.clientId,
    redirect_uri: consoleUrl('callback'),
    post_logout_redirect_uri: consoleUrl(''),
    response_type: 'code',
    scope: 'openid',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Renewed with the refresh token before the access token expires.
    automaticSilentRenew: true,
    monitorSession: false,
  })
  managers.set(realm, created)
  return created
}

/** The realm this tab signed in at last, if any. */
export function rememberedRealm(): string | null {
  return window.sessionStorage.getItem(REALM_KEY)
}

/** Leaves for the realm's sign-in page; `returnTo` is the console path to come back to. */
export async function signIn(realm: string, returnTo: string): Promise<void> {
  window.sessionStorage.setItem(REALM_KEY, realm)
  await (await manager(realm)).signinRedirect({ state: returnTo })
}

/** Completes a sign-in on the callback page: the user and the path to go on to. */
export async function completeSignIn(): Promise<{ user: User; realm: string; returnTo: string }> {
  const realm = rememberedRealm()
  if (!realm) throw new Error('no sign-in under way')
  const mgr = await manager(realm)
  const user = await mgr.signinRedirectCallback()
  const returnTo = typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/queue'
  return { user, realm, returnTo }
}

/** Calls `onChange` whenever the realm's manager renews or drops the user. */
export async function watchUser(realm: string, onChange: (user: User | null) => void): Promise<void> {
  const mgr = await manager(realm)
  mgr.events.addUserLoaded((u) => onChange(u))
  mgr.events.addUserUnloaded(() => onChange(null))
  mgr.events.addSilentRenewError(() => onChange(null))
}

/** Ends the Keycloak session too, and comes back to the console's first page. */
export async function signOut(realm: string, user: User | null): Promise<void> {
  window.sessionStorage.removeItem(REALM_KEY)
  const mgr = await manager(realm)
  await mgr.signoutRedirect(user?.id_token ? { id_token_hint: user.id_token } : {})
}
