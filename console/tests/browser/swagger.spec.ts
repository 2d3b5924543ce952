import { expect, test } from '@playwright/test'

// Swagger UI (the gateway's /swagger-ui) signs in at a province's realm with the console's public client, and "Try it
// out" on the work queue answers 200: the merged document declares the operation's security, so the token is sent.
test('Swagger UI signs in through Keycloak and tries the work queue', async ({ page, baseURL }) => {
  await page.goto(new URL('/swagger-ui/', baseURL).toString())
  await page.locator('.auth-wrapper .authorize').click()
  const sichuan = page.locator('.auth-container').filter({ has: page.locator('h4', { hasText: /^sichuan/ }) })
  await expect(sichuan).toBeVisible()
  const scope = sichuan.locator('input[type="checkbox"]').first()
  if ((await scope.count()) > 0 && !(await scope.isChecked())) await scope.check()
  const [popup] = await Promise.all([page.waitForEvent('popup'), sichuan.locator('button.authorize').click()])
  await popup.locator('#username').fill('linshui-clerk')
  await popup.locator('#password').fill('linshui-clerk')
  await popup.locator('#kc-login').click()
  await expect(sichuan.getByText('Authorized', { exact: true })).toBeVisible()
  await page.locator('.modal-ux .close-modal').click()

  const operation = page.locator('.opblock-get').filter({
    has: page.locator('.opblock-summary-path[data-path="/api/common-handling/cases"]'),
  })
  await operation.locator('.opblock-summary').first().click()
  await operation.getByRole('button', { name: 'Try it out' }).click()
  await operation.getByRole('button', { name: 'Execute' }).click()
  await expect(operation.locator('.live-responses-table tr.response .response-col_status').first()).toHaveText('200')
})
