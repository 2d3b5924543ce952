import { expect, test, type Page } from '@playwright/test'
import { accessible, screenshot, signedIn } from './console'

// The administrators' console (docs/console.md, "Administrators") against the real stack with the demo data loaded:
// every number a dashboard shows is checked against a count this test makes itself by walking the list endpoints with
// the same caller, and joint decisions are taken by both provinces in browsers of their own.

type Realm = 'sichuan' | 'chongqing'

/** A token of `user` from its realm (the password grant of the CLI client, as `./platform token` does). */
async function tokenOf(page: Page, user: string, realm: Realm): Promise<string> {
  const config = (await (await page.request.get('config.json')).json()) as { realms: { name: string; issuer: string }[] }
  const issuer = config.realms.find((r) => r.name === realm)?.issuer
  const answer = await page.request.post(`${issuer}/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'platform-cli', username: user, password: user },
  })
  expect(answer.ok()).toBeTruthy()
  return ((await answer.json()) as { access_token: string }).access_token
}

/** Every item of a cursor-paged list, read to its end. */
async function every<T>(page: Page, token: string, path: string): Promise<T[]> {
  const all: T[] = []
  let cursor: string | null | undefined = null
  do {
    const separator = path.includes('?') ? '&' : '?'
    const url = `/api${path}${separator}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
    const answer = await page.request.get(url, { headers: { Authorization: `Bearer ${token}` } })
    expect(answer.ok(), url).toBeTruthy()
    const body = (await answer.json()) as { items: T[]; nextCursor?: string | null }
    all.push(...body.items)
    cursor = body.nextCursor
  } while (cursor)
  return all
}

/** The number in a table cell, digit grouping removed. */
async function figure(page: Page, selector: string): Promise<number> {
  return Number((await page.locator(selector).first().innerText()).replace(/[,\s]/g, ''))
}

async function sumOf(page: Page, selector: string): Promise<number> {
  const texts = await page.locator(selector).allInnerTexts()
  return texts.reduce((n, s) => n + Number(s.replace(/[,\s]/g, '')), 0)
}

test('sc-admin proposes a joint-zone change, both provinces approve in their inboxes, and both see it in force', async ({ browser }) => {
  const sc = await signedIn(browser, 'sc-admin', 'sichuan', 'zones/gaozhu')
  const before = Number((await sc.page.getByTestId('staff-sichuan').innerText()).replace(/\D/g, ''))
  await sc.page.getByTestId('propose').click()
  await sc.page.locator('#zone-staff-sichuan').fill(String(before + 1))
  await sc.page.locator('#zone-reason').fill('四川增派一名工作人员')
  await sc.page.getByTestId('submit-proposal').click()
  await expect(sc.page.getByText('变更已提出')).toBeVisible()
  await accessible(sc.page)

  // Proposing is not approving: the change is in Sichuan's inbox too, and the count in the bar says so.
  await sc.page.getByTestId('nav-inbox').click()
  const decision = sc.page.locator('[data-kind="zone"]').filter({ hasText: '川渝高竹新区' })
  await expect(decision).toHaveCount(1)
  await expect(sc.page.getByTestId('inbox-count')).not.toHaveText('0')
  await accessible(sc.page)
  await screenshot(sc.page, 'inbox')
  await decision.getByRole('button', { name: '同意', exact: true }).click()
  await sc.page.getByTestId('confirm').click()
  await expect(sc.page.getByText(/^已同意：/)).toBeVisible()
  await expect(decision).toHaveCount(0)

  // A viewer reads, never decides.
  const viewer = await signedIn(browser, 'sc-viewer', 'sichuan', 'inbox')
  await expect(viewer.page.getByText('您的角色只能查看，不能审批')).toBeVisible()
  await expect(viewer.page.getByRole('button', { name: '同意', exact: true })).toHaveCount(0)
  await expect(viewer.page.getByRole('button', { name: '不同意' })).toHaveCount(0)
  await viewer.page.goto('zones/gaozhu')
  await expect(viewer.page.getByTestId('staff-sichuan')).toBeVisible()
  await expect(viewer.page.getByTestId('propose')).toHaveCount(0)

  // Chongqing sees what Sichuan decided, and approves in its own browser.
  const cq = await signedIn(browser, 'cq-admin', 'chongqing', 'inbox')
  const theirs = cq.page.locator('[data-kind="zone"]').filter({ hasText: '川渝高竹新区' })
  await expect(theirs).toContainText('已同意')
  await expect(theirs).toContainText('sc-admin')
  await theirs.getByRole('button', { name: '同意', exact: true }).click()
  await cq.page.getByTestId('confirm').click()
  await expect(theirs).toHaveCount(0)

  for (const s of [cq, sc]) {
    await s.page.goto('zones/gaozhu')
    await expect(s.page.getByTestId('staff-sichuan')).toContainText(String(before + 1))
    await expect(s.page.getByTestId('zone-changes')).toContainText('已生效')
  }
  for (const s of [sc, viewer, cq]) await s.context.close()
})

test('joint-office-cq: every dashboard shows the numbers the lists add up to', async ({ browser }) => {
  const office = await signedIn(browser, 'joint-office-cq', 'chongqing', 'dashboards/cases')
  const page = office.page
  const token = await tokenOf(page, 'joint-office-cq', 'chongqing')

  // Cases: each case is received once by its accepting province and once by its handling province.
  type Listed = { accepting: { province: string }; handling: { province: string } }
  const cases = await every<Listed>(page, token, '/common-handling/cases')
  expect(cases.length).toBeGreaterThan(0)
  await expect(page.getByTestId('volume-table')).toBeVisible()
  for (const side of ['accepting', 'handling'] as const) {
    for (const province of ['sichuan', 'chongqing']) {
      const counted = cases.filter((c) => c[side].province === province).length
      expect(await sumOf(page, `[data-series="${side.toUpperCase()}-${province}"]`), `${side} ${province}`).toBe(counted)
    }
  }
  for (const province of ['sichuan', 'chongqing']) {
    const accepted = cases.filter((c) => c.accepting.province === province)
    expect(await figure(page, `[data-province="${province}"] [data-cell="received"]`)).toBe(accepted.length)
    expect(await figure(page, `[data-province="${province}"] [data-cell="cross"]`))
      .toBe(accepted.filter((c) => c.handling.province !== province).length)
  }
  await accessible(page)
  await screenshot(page, 'dashboard-cases')

  // Projects, two clicks from the cases dashboard: the seed's headline, 347 projects and 52.3 billion CNY.
  await page.getByTestId('tab-projects').click()
  type Project = { parkDesignations: string[]; completedInvestment: number | null }
  const projects = await every<Project>(page, token, '/projects')
  const riverside = projects.filter((p) => p.parkDesignations.includes('重庆沿江承接产业转移示范区'))
  expect(riverside.length).toBe(347)
  const completed = riverside.reduce((n, p) => n + Number(p.completedInvestment ?? 0), 0)
  expect(completed).toBe(52_300_000_000)
  const row = '[data-key="重庆沿江承接产业转移示范区"]'
  expect(await figure(page, `${row} [data-cell="projects"]`)).toBe(347)
  await expect(page.locator(`${row} [data-cell="completed"]`)).toHaveText('523.00')
  expect(await figure(page, '[data-key="total"] [data-cell="projects"]')).toBe(projects.length)
  await expect(page.getByTestId('ranking-rule')).toContainText('score')
  await accessible(page)
  await screenshot(page, 'dashboard-projects')

  // Parks: each ranked value is the park's own report for the year, and every park with one is ranked.
  await page.getByTestId('tab-parks').click()
  await expect(page.getByTestId('park-ranking-table')).toBeVisible()
  const title = await page.locator('#park-ranking-title').innerText()
  const year = /(\d{4})$/.exec(title.trim())?.[1] ?? ''
  const parks = await every<{ code: string }>(page, token, '/parks')
  let reported = 0
  for (const park of parks) {
    const answer = await page.request.get(`/api/parks/${park.code}/indicators/${year}`, { headers: { Authorization: `Bearer ${token}` } })
    if (answer.status() === 404) continue
    const value = ((await answer.json()) as { grossIndustrialOutput: number | null }).grossIndustrialOutput
    if (value === null) continue
    reported += 1
    expect(await figure(page, `[data-park="${park.code}"] [data-cell="value"]`)).toBe(Number(value))
  }
  expect(reported).toBeGreaterThan(0)
  await expect(page.locator('[data-park]')).toHaveCount(reported)
  await accessible(page)
  await screenshot(page, 'dashboard-parks')

  // Policies: the alignment counts are the topics' statuses.
  await page.getByTestId('tab-policies').click()
  const topics = await every<{ status: string }>(page, token, '/policies/alignment-topics')
  for (const status of ['ALIGNED', 'DIVERGENT', 'MISSING_ON_ONE_SIDE']) {
    expect(await figure(page, `[data-status="${status}"] [data-cell="count"]`), status)
      .toBe(topics.filter((t) => t.status === status).length)
  }
  await accessible(page)
  await screenshot(page, 'dashboard-policies')
  await office.context.close()
})

test("a Sichuan admin's dashboards never show a Chongqing-only record", async ({ browser }) => {
  const sc = await signedIn(browser, 'sc-admin', 'sichuan', 'dashboards/parks')
  await expect(sc.page.getByTestId('park-ranking-table')).toBeVisible()
  // Rongchang High-tech Zone is Chongqing's own park, in no joint zone.
  await expect(sc.page.locator('[data-park="rongchang-hightech"]')).toHaveCount(0)
  await sc.page.goto('dashboards/projects?groupBy=designation')
  await expect(sc.page.getByTestId('project-stats-table')).toBeVisible()
  await expect(sc.page.locator('[data-key="重庆沿江承接产业转移示范区"]')).toHaveCount(0)
  // Cases: what Chongqing accepted counts for Sichuan's admin only where Sichuan handles it.
  await sc.page.goto('dashboards/cases')
  await expect(sc.page.getByTestId('volume-table')).toBeVisible()
  const token = await tokenOf(sc.page, 'sc-admin', 'sichuan')
  type Listed = { accepting: { province: string }; handling: { province: string } }
  const cases = await every<Listed>(sc.page, token, '/common-handling/cases')
  expect(cases.filter((c) => c.accepting.province === 'chongqing' && c.handling.province === 'chongqing')).toEqual([])
  expect(await sumOf(sc.page, '[data-series="ACCEPTING-chongqing"]'))
    .toBe(cases.filter((c) => c.accepting.province === 'chongqing' && c.handling.province === 'sichuan').length)
  await sc.context.close()
})

test('registries, reference data and exports open for an administrator and pass axe', async ({ browser }) => {
  const cq = await signedIn(browser, 'cq-admin', 'chongqing', 'exports')
  const download = cq.page.waitForEvent('download')
  await cq.page.getByTestId('export-projects-xlsx').click()
  expect((await download).suggestedFilename()).toMatch(/^projects-\d{4}-\d{2}-\d{2}\.xlsx$/)
  await accessible(cq.page)
  await screenshot(cq.page, 'exports')
  const pages: [string, string, string | null][] = [
    ['parks', 'parks', null], ['parks/gaozhu-new-area', 'park', null], ['projects', 'projects', 'projects-table'],
    ['policies', 'policies', 'policies-table'], ['divisions', 'divisions', null], ['zones/rongchang-longchang', 'zone', null],
    ['reference/items', 'items', null], ['reference/calendar', 'calendar', null],
  ]
  for (const [path, name, detailsIn] of pages) {
    await cq.page.goto(path)
    await expect(cq.page.locator('h1').first()).toBeVisible()
    await cq.page.waitForLoadState('networkidle')
    await accessible(cq.page)
    // The joint zone's flagship park has a boundary in the demo data: drawn from its GeoJSON, no map tiles.
    if (name === 'park') await expect(cq.page.getByTestId('park-boundary').locator('path')).not.toHaveCount(0)
    await screenshot(cq.page, name)
    if (detailsIn) {
      // The first record's own page, reached as a user reaches it: by its link in the list.
      await cq.page.getByTestId(detailsIn).locator('a').first().click()
      await expect(cq.page.locator('h1').first()).toBeVisible()
      await cq.page.waitForLoadState('networkidle')
      await accessible(cq.page)
      await screenshot(cq.page, name.replace(/ies$/, 'y').replace(/s$/, ''))
    }
  }
  await cq.context.close()
})

test("an extension of a decision deadline is decided in the handling province's inbox, by its province-admin alone", async ({ browser }) => {
  // The demo data leaves some extensions waiting; the test takes one of whichever province has one.
  const probe = await browser.newPage({ baseURL: process.env.CONSOLE_URL ?? 'http://127.0.0.1:8080/console/' })
  let chosen: { admin: string; office: string; realm: Realm; number: string } | null = null
  for (const [admin, office, realm] of [['cq-admin', 'joint-office-cq', 'chongqing'], ['sc-admin', 'joint-office-sc', 'sichuan']] as const) {
    const token = await tokenOf(probe, admin, realm)
    const waiting = (await every<{ caseNumber: string; handlingProvince: string }>(probe, token, '/common-handling/extensions?status=REQUESTED'))
      .filter((e) => e.handlingProvince === realm)
    const first = waiting[0]
    if (first) {
      chosen = { admin, office, realm, number: first.caseNumber }
      break
    }
  }
  await probe.close()
  expect(chosen, 'the demo data leaves an extension waiting').not.toBeNull()
  if (!chosen) return

  // A cross-province-admin sees it (when in its zones) but has no button for it: the province-admin decides.
  const office = await signedIn(browser, chosen.office, chosen.realm, 'inbox')
  await expect(office.page.getByRole('heading', { name: '待审批事项' })).toBeVisible()
  await expect(office.page.locator('[data-kind="extension"]').getByRole('button', { name: '同意', exact: true })).toHaveCount(0)

  const admin = await signedIn(browser, chosen.admin, chosen.realm, 'inbox')
  const decision = admin.page.locator('[data-kind="extension"]').filter({ hasText: chosen.number })
  await expect(decision).toContainText('由办理地省（市）单方决定')
  await decision.getByRole('button', { name: '同意', exact: true }).click()
  await admin.page.getByTestId('confirm').click()
  await expect(decision).toHaveCount(0)
  await admin.page.goto(`cases/${chosen.number}`)
  await expect(admin.page.getByText('延期获批').first()).toBeVisible()
  for (const s of [office, admin]) await s.context.close()
})
