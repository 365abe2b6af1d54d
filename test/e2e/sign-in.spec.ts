import { expect, test } from '@playwright/test';
import { DEMO, asClient, signIn } from './helpers';

test.use({ extraHTTPHeaders: asClient(5) });

async function expectPartnerHome(page: import('@playwright/test').Page) {
  await expect(page).toHaveURL(/\/portal$/);
  const partnerName = (await page.locator('.account-role').textContent())?.split('·')[1]?.trim();
  expect(partnerName, 'the signed-in user shows their partner').toBeTruthy();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(partnerName!);
  const tier = page.locator('#tier');
  await expect(tier.getByRole('heading', { name: 'Your tier' })).toBeVisible();
  await expect(tier.locator('.tier-badge')).not.toBeEmpty();
  await expect(page.locator('#onboarding')).toBeVisible();
}

test('a partner signs in with JavaScript on and sees their home', async ({ page }) => {
  await signIn(page, DEMO.partner);
  await expectPartnerHome(page);
  // Scripts really ran (hydrated): navigating client-side keeps the document.
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  await page.getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a partner signs in and sees their home', async ({ page }) => {
    await signIn(page, DEMO.partner);
    await expectPartnerHome(page);
  });

  test('wrong credentials show an error next to the form', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(DEMO.partner);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('alert')).toContainText(/do not match|too many attempts/i);
    await expect(page.getByLabel('Email')).toHaveValue(DEMO.partner);
  });

  test('repeated wrong passwords are throttled with a clear message', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: asClient(6) });
    const page = await context.newPage();
    await page.goto('/login');
    let throttled = false;
    for (let attempt = 0; attempt < 60 && !throttled; attempt++) {
      await page.getByLabel('Email').fill('throttle-me@tierwise.test');
      await page.getByLabel('Password').fill(`wrong-password-${attempt}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      throttled = (await page.getByRole('alert').textContent())?.includes('Too many attempts, try again later.') ?? false;
    }
    expect(throttled).toBe(true);
    await context.close();
  });

  test('signing out ends the session', async ({ page }) => {
    await signIn(page, DEMO.partner);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/portal');
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fportal$/);
  });
});

test('a signed-out visit returns to the page after signing in', async ({ page }) => {
  await page.goto('/console/audit');
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fconsole%2Faudit$/);
  await page.getByLabel('Email').fill(DEMO.admin);
  await page.getByLabel('Password').fill('tierwise-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/console\/audit$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
});
