import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

// The store's own logic: what it keeps after a sign-in, what it forgets at sign-out, who counts as a clerk. Keycloak
// and the platform are the browser tests' part; here the two modules the store calls are stand-ins.
const oidc = vi.hoisted(() => ({
  completeSignIn: vi.fn(),
  watchUser: vi.fn(),
  signIn: vi.fn(),
  signOut: vi.fn(),
}))
const reference = vi.hoisted(() => ({ whoami: vi.fn() }))
vi.mock('../../src/auth/oidc', () => oidc)
vi.mock('../../src/api/reference', () => reference)

const { useSession } = await import('../../src/stores/session')

const CLERK = { username: 'linshui-clerk', clientId: 'cooperation-console', province: 'sichuan', roles: ['district-clerk'], districts: ['511623'], zones: ['gaozhu'] }

describe('session store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('keeps the user, the realm and the caller after a sign-in, and hands the token out', async () => {
    oidc.completeSignIn.mockResolvedValue({ user: { access_token: 'at-1', expired: false }, realm: 'sichuan', returnTo: '/queue?level=RED' })
    reference.whoami.mockResolvedValue({ data: CLERK, etag: undefined })
    const session = useSession()
    expect(session.signedIn).toBe(false)
    expect(await session.completeSignIn()).toBe('/queue?level=RED')
    expect(session.signedIn).toBe(true)
    expect(session.token).toBe('at-1')
    expect(session.realm).toBe('sichuan')
    expect(session.isClerk()).toBe(true)
  })

  it('takes a renewed token, and counts an expired one as signed out', async () => {
    let onChange: (u: unknown) => void = () => {}
    oidc.completeSignIn.mockResolvedValue({ user: { access_token: 'at-1', expired: false }, realm: 'chongqing', returnTo: '/queue' })
    oidc.watchUser.mockImplementation(async (_realm: string, cb: (u: unknown) => void) => { onChange = cb })
    reference.whoami.mockResolvedValue({ data: { ...CLERK, roles: ['viewer'] }, etag: undefined })
    const session = useSession()
    await session.completeSignIn()
    expect(session.isClerk()).toBe(false)
    onChange({ access_token: 'at-2', expired: false })
    expect(session.token).toBe('at-2')
    onChange({ access_token: 'at-2', expired: true })
    expect(session.signedIn).toBe(false)
  })

  it('forgets everything at sign-out and ends the realm session', async () => {
    oidc.completeSignIn.mockResolvedValue({ user: { access_token: 'at-1', expired: false, id_token: 'id' }, realm: 'sichuan', returnTo: '/queue' })
    reference.whoami.mockResolvedValue({ data: CLERK, etag: undefined })
    const session = useSession()
    await session.completeSignIn()
    await session.signOut()
    expect(session.user).toBeNull()
    expect(session.caller).toBeNull()
    expect(oidc.signOut).toHaveBeenCalledWith('sichuan', expect.objectContaining({ id_token: 'id' }))
  })
})
