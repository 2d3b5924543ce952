import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Served by the gateway at /console/ (docs/console.md). Routes are split by dynamic imports in the router; Element
// Plus is imported per component where it is used, so the first route carries only what it renders.
export default defineConfig({
  base: '/console/',
  plugins: [vue()],
  build: {
    target: 'es2022',
    // The bundle check (scripts/check-bundle.mjs) reads the manifest to find what the first route loads.
    manifest: true,
    sourcemap: false,
  },
  server: {
    // `npm run dev`: the API and the console's config come from the gateway of ./platform up.
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/console/config.json': 'http://127.0.0.1:8080',
    },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
  },
})
