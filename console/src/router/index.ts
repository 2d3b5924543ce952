import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router'
import { useSession } from '../stores/session'
import { rememberedRealm, signIn } from '../auth/oidc'

// Each page is its own chunk: the first route loads only what it shows.
export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', redirect: '/queue' },
    { path: '/signin', name: 'signin', component: () => import('../views/SignInPage.vue'), meta: { public: true } },
    { path: '/callback', name: 'callback', component: () => import('../views/CallbackPage.vue'), meta: { public: true } },
    { path: '/queue', name: 'queue', component: () => import('../views/QueuePage.vue') },
    { path: '/cases/:number', name: 'case', component: () => import('../views/CasePage.vue'), props: true },
    { path: '/intake', name: 'intake', component: () => import('../views/IntakePage.vue') },
    { path: '/me', name: 'me', component: () => import('../views/MePage.vue') },
    { path: '/:rest(.*)*', redirect: '/queue' },
  ],
})

/**
 * Pages other than sign-in need a signed-in user. Tokens live in memory, so a reload has none: a tab that signed in
 * before goes back to its realm (Keycloak's session signs it in again without a form); a new tab picks a province.
 */
router.beforeEach(async (to: RouteLocationNormalized) => {
  if (to.meta.public) return true
  const session = useSession()
  if (session.signedIn) return true
  const realm = rememberedRealm()
  if (realm) {
    await signIn(realm, to.fullPath)
    return false
  }
  return { name: 'signin', query: { returnTo: to.fullPath } }
})
