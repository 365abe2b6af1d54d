import { expect, test } from '@playwright/test';
import { DEMO, asClient, signIn, unique } from './helpers';

test.use({ extraHTTPHeaders: asClient(4) });

test('a vendor admin offboards a partner with a reason, and the audit log records it', async ({ page }) => {
  const name = `Offboard Me ${unique()}`;
  await signIn(page, DEMO.admin);
  await page.goto('/console/partners/new');
  await page.getByLabel('Company name').fill(name);
  await page.getByLabel('Track').selectOption({ index: 1 });
  await page.getByLabel('Partner manager (optional)').selectOption('me');
  await page.getByRole('button', { name: 'Create partner' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('#overview')).toContainText('Avery Admin');

  const offboard = page.locator('#offboard');
  await offboard.getByRole('button', { name: `Offboard ${name}` }).click();
  await expect(offboard.getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');

  await offboard.getByLabel('Reason').fill('Contract ended by mutual agreement.');
  await offboard.getByRole('button', { name: `Offboard ${name}` }).click();
  await expect(page.getByText(`${name} is offboarded.`)).toBeVisible();
  await expect(page.locator('.page-header [data-status]')).toHaveText('Offboarded');
  await expect(page.locator('#offboard')).toHaveCount(0);
  await expect(page.locator('#invite')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Contract ended by mutual agreement.' }).first()).toBeVisible();
});

test('a partner manager sees partner details but no offboard form', async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.locator('table .row-link').first().click();
  await expect(page.locator('#overview')).toBeVisible();
  await expect(page.locator('#offboard')).toHaveCount(0);
});
