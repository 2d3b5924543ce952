import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/dist/index.css'
import './theme.css'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { configureHttp } from './api/http'
import { useSession } from './stores/session'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia).use(i18n).use(router)
// Every call carries the token of the moment (renewed in place by the session).
configureHttp(() => useSession(pinia).token)
document.documentElement.lang = i18n.global.locale.value
app.mount('#app')
