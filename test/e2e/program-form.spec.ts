import { expect, test } from '@playwright/test';
import { asClient, DEMO, signIn } from './helpers';

// The track form editor must work with JavaScript off: add/remove rows and
// save are plain form posts.
test.use({ javaScriptEnabled: false, extraHTTPHeaders: asClient(207) });

test('a vendor admin adds a benefit to a tier with the track form (no JavaScript) and saves the draft', async ({ page }) => {
  await signIn(page, DEMO.admin);

  // From the program page to the form editor of the technology track.
  await page.goto('/console/program');
  await page.getByRole('link', { name: 'Edit tracks with forms' }).click();
  await expect(page).toHaveURL(/\/console\/program\/tracks\/technology$/);
  await expect(page.locator('[name="key"]')).toHaveValue('technology');
  // Money in currency units, not minor units.
  await expect(page.locator('[name="tiers[1].criteria[0].threshold"]')).toHaveValue('250000.00');

  const entryTier = page.getByTestId('tier-0');
  const before = await entryTier.locator('[data-testid^="tier-0-benefit-"]').count();
  await page.locator('[name="tiers[0].name"]').fill('Registered partner');
  await entryTier.getByRole('button', { name: 'Add benefit' }).click();

  // The form comes back with one more (empty) row, and what was typed kept.
  const row = page.getByTestId(`tier-0-benefit-${before}`);
  await expect(row).toBeVisible();
  await expect(page.locator('[name="tiers[0].name"]')).toHaveValue('Registered partner');
  await row.getByLabel('Benefit', { exact: true }).selectOption('PRIORITY_SUPPORT');
  await row.getByLabel('Value', { exact: true }).fill('1');

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft version \d+ saved\./)).toBeVisible();
  await expect(page.getByTestId('track-findings')).toBeVisible();
  await expect(page.locator(`[name="tiers[0].benefits[${before}].kind"]`)).toHaveValue('PRIORITY_SUPPORT');

  // The saved draft, as code on the program page.
  await page.getByRole('link', { name: 'See the draft on the program page' }).click();
  const code = page.getByLabel('Program document (YAML or JSON)');
  await expect(code).toHaveValue(/name: Registered partner/);
  await expect(code).toHaveValue(/kind: PRIORITY_SUPPORT\s+value: 1/);

  // Put the draft back for other tests: remove the row and the rename.
  await page.goto('/console/program/tracks/technology');
  await page.locator('[name="tiers[0].name"]').fill('Registered');
  await page.getByRole('button', { name: `Remove benefit ${before + 1} of tier 1 (Registered partner)` }).click();
  await expect(page.getByTestId(`tier-0-benefit-${before}`)).toHaveCount(0);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft version \d+ saved\./)).toBeVisible();
  await expect(page.locator('[name="tiers[0].name"]')).toHaveValue('Registered');
});

test('the form puts problems next to their fields and keeps what was typed', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/console/program/tracks/technology');
  await page.locator('[name="tiers[1].criteria[0].threshold"]').fill('12.345');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  const threshold = page.locator('[name="tiers[1].criteria[0].threshold"]');
  await expect(threshold).toHaveValue('12.345');
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Use at most 2 decimals.')).toBeVisible();
});
