// How long each administrators' dashboard takes to show everything it shows: from the start of the navigation to the
// moment every panel's table is filled and every chart is drawn, as the page itself sees it (performance.now(), polled
// each animation frame). One signed-in context; each run loads the dashboard afresh from its address.
// ./platform bench runs it on the bench data (1M cases, 100k projects) and on the demo data, and bench.jar judges the
// slowest run of each dashboard (docs/benchmarks.md).
import { expect, test } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { signedIn } from '../browser/console'

const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? '5')
const USER = process.env.BENCH_DASHBOARD_USER ?? 'cq-admin'
const REALM = (process.env.BENCH_DASHBOARD_REALM ?? 'chongqing') as 'sichuan' | 'chongqing'
const OUT = process.env.BENCH_OUT ?? 'test-results/dashboards.txt'

// Each dashboard and the panels it must have drawn (their ids); a panel counts once its chart holds a drawn path.
const DASHBOARDS: Record<string, string[]> = {
  cases: ['volume', 'items', 'levels', 'crossing', 'working-days'],
  projects: ['project-stats', 'project-ranking'],
  parks: ['park-ranking'],
  policies: ['alignment'],
}

test.use({ trace: 'off' })

test('every dashboard is drawn in full', async ({ browser }) => {
  const { context, page } = await signedIn(browser, USER, REALM, 'dashboards/policies')
  const lines: string[] = []
  for (const [name, panels] of Object.entries(DASHBOARDS)) {
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`dashboards/${name}`)
      // Drawn in full: every panel's chart, or the page's statement that it has nothing to draw (the bench data has
      // no park indicators: the parks dashboard has looked through ten years when it says so).
      const done = await page.waitForFunction((ids: string[]) => ids.every((id) => {
        const panel = document.querySelector(`[data-testid="panel-${id}"]`)
        return panel !== null && panel.querySelector('[data-testid="chart"] svg path') !== null
      }) || document.querySelector('[data-testid="dashboard-empty"]') !== null ? performance.now() : 0, panels,
      { polling: 'raf', timeout: 120_000 })
      lines.push(`${name} ${Math.round((await done.jsonValue()) as number)}`)
    }
  }
  writeFileSync(OUT, lines.join('\n') + '\n')
  expect(lines.length).toBe(Object.keys(DASHBOARDS).length * RUNS)
  await context.close()
})
