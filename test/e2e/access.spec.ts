import { expect, test } from '@playwright/test';
import { DEMO, asClient, signIn } from './helpers';

test.use({ extraHTTPHeaders: asClient(1) });

test('a rep sees no vendor console links and is denied the console', async ({ page }) => {
  await signIn(page, DEMO.rep);
  await expect(page).toHaveURL(/\/portal$/);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Home', 'Deals', 'Certifications', 'MDF', 'Earnings', 'How tiers work', 'Team']);
  await expect(page.locator('a[href^="/console"]')).toHaveCount(0);

  for (const path of ['/console', '/console/partners', '/console/program', '/console/audit', '/console/invite', '/console/deals', '/console/mdf', '/portal/profile']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No access');
    await expect(page.locator('a[href^="/console"]')).toHaveCount(0);
  }
});

test('a partner manager sees the console without admin-only links', async ({ page }) => {
  await signIn(page, DEMO.manager);
  await expect(page).toHaveURL(/\/console\/partners$/);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Partners', 'Registrations', 'MDF', 'Program', 'Tier review', 'Certifications', 'Scoreboard', 'Direct accounts', 'Audit log']);
  const response = await page.goto('/console/invite');
  expect(response?.status()).toBe(403);
  await page.goto('/console/program');
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
});

test('vendor staff are kept out of the partner portal, and unknown pages are a 404', async ({ page }) => {
  await signIn(page, DEMO.admin);
  expect((await page.goto('/portal'))?.status()).toBe(403);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
