// What the browser tests do again and again: sign in at a province through Keycloak's page, file a case at the window,
// act on a case, and hold a page to WCAG 2.1 AA with axe.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'

export const PROVINCE_BUTTON = { sichuan: '四川', chongqing: '重庆' } as const

/** A fresh browser context (its own cookies: its own Keycloak session) signed in as `user`, landing on `path`. */
export async function signedIn(browser: Browser, user: string, realm: 'sichuan' | 'chongqing', path = 'queue'):
Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(path)
  await page.getByRole('button', { name: PROVINCE_BUTTON[realm] }).click()
  await page.locator('#username').fill(user)
  await page.locator('#password').fill(user)
  await page.locator('#kc-login').click()
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible()
  return { context, page }
}

/** Picks the option with `text` from an Element Plus select, typing `search` into it first. */
export async function choose(page: Page, selector: string, search: string, text: string | RegExp): Promise<void> {
  await page.locator(selector).click()
  await page.locator(selector).fill(search)
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
}

/** Files a case at the window as the signed-in clerk; returns its number once its page shows. */
export async function intake(page: Page, idNumber: string, handlingSearch: string, handlingName: RegExp): Promise<string> {
  await page.getByRole('link', { name: '窗口收件' }).click()
  await choose(page, '#in-item', '异地就医', '异地就医')
  await page.locator('#in-name').fill('王小明')
  await page.locator('#in-id').fill(idNumber)
  await page.locator('#in-contact').fill('13800001111')
  await choose(page, '#in-handling', handlingSearch, handlingName)
  await page.getByRole('textbox', { name: '材料名称 1' }).fill('居民身份证')
  await page.getByTestId('submit').dblclick()
  await expect(page).toHaveURL(/\/cases\/CY-/)
  await expect(page.getByTestId('status')).toHaveText('已提交')
  return decodeURIComponent(page.url().split('/cases/')[1] ?? '')
}

/** Clicks an allowed action, fills its form and confirms; waits for the status it leads to. */
export async function act(page: Page, action: string, status: string, fields: Record<string, string> = {}): Promise<void> {
  await page.locator(`[data-action="${action}"]`).click()
  for (const [selector, value] of Object.entries(fields)) await page.locator(selector).fill(value)
  await page.getByTestId('confirm').click()
  await expect(page.getByTestId('status')).toHaveText(status)
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it stands. */
export async function accessible(page: Page): Promise<void> {
  // Transitions end first: a form error fading in is not yet the colour it will be.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const described = bad.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join('; ')}`)
  expect(described).toEqual([])
}

/** With CONSOLE_SCREENSHOTS=dir, a screenshot of the page for docs/console.md. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.CONSOLE_SCREENSHOTS
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}
