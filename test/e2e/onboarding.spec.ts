import { expect, test } from '@playwright/test';
import { asClient, signIn } from './helpers';

test.use({ extraHTTPHeaders: asClient(7) });

// Contoso (demo data) has not signed its agreement yet.
test('a partner user ticks off a manual onboarding step', async ({ page }) => {
  await signIn(page, 'sam@contoso.example');
  const checklist = page.locator('#onboarding');
  const manual = checklist.locator('li').filter({ has: page.getByRole('button', { name: 'Mark as done' }) }).first();
  const title = (await manual.locator('.checklist-title').textContent())?.replace(/\s*To do$/, '').trim() ?? '';
  await manual.getByRole('button', { name: 'Mark as done' }).click();
  const alert = checklist.getByRole('alert');
  const item = checklist.locator('li').filter({ hasText: title });
  await expect(alert).toHaveCount(0);
  await expect(item.locator('.badge')).toHaveText('Done');
  await expect(item.getByRole('button', { name: 'Mark as done' })).toHaveCount(0);
});
