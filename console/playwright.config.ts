import { defineConfig } from '@playwright/test'

// Browser tests against the real stack: the gateway serving the console, the services, and Keycloak's own sign-in page
// (./platform test starts them; docs/console.md). Debian's Chromium, never a downloaded browser.
export default defineConfig({
  testDir: 'tests/browser',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: process.env.CONSOLE_URL ?? 'http://127.0.0.1:8080/console/',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
})
