import { expect, test } from '@playwright/test'
import { accessible, act, intake, screenshot, signedIn } from './console'

// A walk-in applicant at Linshui's window for an item handled in Yubei (docs/console.md, "The journey"), through the
// real gateway, services and Keycloak: each clerk sees and does exactly what the platform allows it.
const APPLICANT_ID = '511623199001011238'

test('a case from the window in Linshui to a decision in Yubei and back to delivery', async ({ browser }) => {
  const linshui = await signedIn(browser, 'linshui-clerk', 'sichuan')
  await expect(linshui.page.getByRole('heading', { name: '工作队列' })).toBeVisible()
  await expect(linshui.page.getByTestId('queue')).toBeVisible()
  await accessible(linshui.page)
  await screenshot(linshui.page, 'queue')

  const number = await intake(linshui.page, APPLICANT_ID, '渝北', /渝北区/)
  await accessible(linshui.page)
  // Its clerks find it by the applicant's whole name.
  await linshui.page.goto(`queue?applicant=${encodeURIComponent('王小明')}`)
  await expect(linshui.page.getByRole('link', { name: number })).toBeVisible()
  await linshui.page.getByRole('link', { name: number }).click()
  await act(linshui.page, 'ACCEPT', '已受理')
  await act(linshui.page, 'FORWARD', '已流转')
  await screenshot(linshui.page, 'case')

  // Yubei's clerk finds it in its queue, takes the handling side, reviews and approves.
  const yubei = await signedIn(browser, 'yubei-clerk', 'chongqing', `queue?q=${number}`)
  await yubei.page.getByRole('link', { name: number }).click()
  await yubei.page.locator('[data-take="HANDLING"]').click()
  await expect(yubei.page.getByTestId('assignee-HANDLING')).toHaveText('yubei-clerk')
  await act(yubei.page, 'START_REVIEW', '审查中')
  await act(yubei.page, 'APPROVE', '准予许可', { '#act-ref': '渝北医保备〔2026〕1号' })
  await accessible(yubei.page)

  // Back in Linshui (a reload: tokens live in memory, Keycloak's session signs the tab in again), delivery.
  await linshui.page.reload()
  await expect(linshui.page.getByTestId('status')).toHaveText('准予许可')
  await act(linshui.page, 'DELIVER', '已送达')
  await expect(linshui.page.getByTestId('verification')).toHaveText('完整性校验通过')

  // Longchang, Sichuan too but another district: nothing, not even that the case exists.
  const longchang = await signedIn(browser, 'longchang-clerk', 'sichuan', `cases/${number}`)
  await expect(longchang.page.getByText('没有这个案件，或您无权查看。')).toBeVisible()
  await longchang.page.goto(`queue?q=${number}`)
  await expect(longchang.page.getByText('没有符合条件的案件')).toBeVisible()

  // A viewer of the province reads it masked and has nothing to press.
  const viewer = await signedIn(browser, 'sc-viewer', 'sichuan', `cases/${number}`)
  await expect(viewer.page.getByTestId('masked')).toBeVisible()
  await expect(viewer.page.getByTestId('id-number')).toContainText('*')
  await expect(viewer.page.getByTestId('actions').getByRole('button')).toHaveCount(0)
  await accessible(viewer.page)
  // And the name finds nothing for it: a search must not confirm a case it sees masked.
  await viewer.page.goto(`queue?applicant=${encodeURIComponent('王小明')}`)
  await expect(viewer.page.getByText('没有符合条件的案件')).toBeVisible()

  for (const s of [linshui, yubei, longchang, viewer]) await s.context.close()
})

test('a stale page is told to reload instead of overwriting a colleague', async ({ browser }) => {
  const first = await signedIn(browser, 'linshui-clerk', 'sichuan')
  const number = await intake(first.page, APPLICANT_ID, '渝北', /渝北区/)
  const second = await signedIn(browser, 'linshui-clerk', 'sichuan', `cases/${number}`)
  await expect(second.page.getByTestId('status')).toHaveText('已提交')
  await act(first.page, 'ACCEPT', '已受理')
  await second.page.locator('[data-action="ACCEPT"]').click()
  await second.page.getByTestId('confirm').click()
  await expect(second.page.getByRole('alert').filter({ hasText: '案件已被他人修改' })).toBeVisible()
  await expect(second.page.getByTestId('status')).toHaveText('已提交')
  await second.page.getByRole('button', { name: '刷新' }).click()
  await expect(second.page.getByTestId('status')).toHaveText('已受理')
  await first.context.close()
  await second.context.close()
})

test('a mistyped ID number is refused before anything is sent', async ({ browser }) => {
  const clerk = await signedIn(browser, 'linshui-clerk', 'sichuan', 'intake')
  await clerk.page.locator('#in-id').fill('511623199001011239')
  await expect(clerk.page.getByText('校验码不正确，请核对号码')).toBeVisible()
  const sent: string[] = []
  clerk.page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/api/common-handling/cases')) sent.push(r.url())
  })
  await clerk.page.getByTestId('submit').click()
  await expect(clerk.page).toHaveURL(/\/intake$/)
  expect(sent).toEqual([])
  await accessible(clerk.page)
  await screenshot(clerk.page, 'intake')
  await clerk.page.getByRole('link', { name: '我的' }).click()
  await expect(clerk.page.getByRole('heading', { name: '我的' })).toBeVisible()
  await expect(clerk.page.locator('#main').getByText('511623')).toBeVisible()
  await expect(clerk.page.locator('#main').getByText('区县窗口人员')).toBeVisible()
  await accessible(clerk.page)
  await screenshot(clerk.page, 'me')
  await clerk.context.close()
})

test('the intake form is reached and filled with the keyboard alone', async ({ browser }) => {
  const clerk = await signedIn(browser, 'linshui-clerk', 'sichuan', 'intake')
  await expect(clerk.page.getByRole('heading', { name: '窗口收件' })).toBeVisible()
  const reached: string[] = []
  for (let i = 0; i < 80 && !reached.includes('submit'); i++) {
    await clerk.page.keyboard.press('Tab')
    reached.push(await clerk.page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null
      return active?.id || active?.dataset.testid || ''
    }))
  }
  for (const control of ['in-item', 'in-name', 'in-id', 'in-contact', 'in-window', 'in-handling', 'submit']) {
    expect(reached).toContain(control)
  }
  await clerk.context.close()
})
