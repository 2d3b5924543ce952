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
    // The administrators' part (issue 20): dashboards, the joint decisions inbox, registries, reference data, exports.
    { path: '/dashboards', redirect: '/dashboards/cases' },
    { path: '/dashboards/cases', name: 'dashboard-cases', component: () => import('../views/dashboards/CasesDashboard.vue') },
    { path: '/dashboards/projects', name: 'dashboard-projects', component: () => import('../views/dashboards/ProjectsDashboard.vue') },
    { path: '/dashboards/parks', name: 'dashboard-parks', component: () => import('../views/dashboards/ParksDashboard.vue') },
    { path: '/dashboards/policies', name: 'dashboard-policies', component: () => import('../views/dashboards/PoliciesDashboard.vue') },
    { path: '/inbox', name: 'inbox', component: () => import('../views/InboxPage.vue') },
    { path: '/exports', name: 'exports', component: () => import('../views/ExportsPage.vue') },
    { path: '/parks', name: 'parks', component: () => import('../views/registries/ParksPage.vue') },
    { path: '/parks/:code', name: 'park', component: () => import('../views/registries/ParkPage.vue'), props: true },
    { path: '/projects', name: 'projects', component: () => import('../views/registries/ProjectsPage.vue') },
    { path: '/projects/:code', name: 'project', component: () => import('../views/registries/ProjectPage.vue'), props: true },
    { path: '/policies', name: 'policies', component: () => import('../views/registries/PoliciesPage.vue') },
    { path: '/policies/:id', name: 'policy', component: () => import('../views/registries/PolicyPage.vue'), props: true },
    { path: '/zones/:code', name: 'zone', component: () => import('../views/ZonePage.vue'), props: true },
    { path: '/divisions', name: 'divisions', component: () => import('../views/registries/DivisionsPage.vue') },
    { path: '/reference/items', name: 'items', component: () => import('../views/reference/ItemsPage.vue') },
    { path: '/reference/calendar', name: 'calendar', component: () => import('../views/reference/CalendarPage.vue') },
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
