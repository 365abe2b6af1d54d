import { expect, test } from '@playwright/test';
import { DEMO, asClient, signIn } from './helpers';

test.use({ extraHTTPHeaders: asClient(3) });

test('a vendor admin edits the program as code: field errors, save with lint, publish', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Program' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program' })).toBeVisible();

  // The published rulebook is readable: a table of tiers per track.
  await expect(page.locator('#rules')).toBeVisible();
  await expect(page.locator('[id^="track-"] table').first()).toBeVisible();

  const editor = page.getByLabel('Program document (YAML or JSON)');
  const original = await editor.inputValue();
  expect(original).toContain('tracks:');

  // A broken document: errors name their paths, nothing is saved.
  await editor.fill('name: Broken\ncurrency: dollars\ntracks: []\n');
  await page.getByRole('button', { name: 'Save draft' }).click();
  const errors = page.locator('#program-errors');
  await expect(errors).toContainText('currency');
  await expect(errors).toContainText('targetMetric');
  await expect(editor).toHaveAttribute('aria-invalid', 'true');
  await expect(editor).toHaveValue(/currency: dollars/);

  // A design pitfall (activity-based criterion) saves, with the finding listed.
  const pitfall = original.replace(/metric: DEALS_WON/, 'metric: REGISTERED_DEALS');
  await editor.fill(pitfall);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft version \d+ saved\./)).toBeVisible();

  // The original program publishes as a new version.
  await page.getByLabel('Program document (YAML or JSON)').fill(original);
  // Publishing asks for a confirmation (tiers.spec covers refusing without it).
  await page.getByLabel('I understand partners will be measured by this version').check();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText(/Version \d+ is published\./)).toBeVisible();
  await expect(page.locator('.page-header')).toContainText(/Version \d+ · published/);
});

test('publishing is refused while the draft has lint ERRORs', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/console/program');
  const editor = page.getByLabel('Program document (YAML or JSON)');
  const original = await editor.inputValue();
  // Two tracks with one key: DUPLICATE_KEY, an ERROR.
  const broken = original.replace(/key: agency/, 'key: technology');
  expect(broken).not.toBe(original);
  await editor.fill(broken);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText(/not published: fix the/i).first()).toBeVisible();
  await expect(page.getByTestId('lint-findings').locator('[data-rule="DUPLICATE_KEY"]')).toContainText('Duplicate key');

  // Put the draft back so other tests see a clean draft.
  await page.getByLabel('Program document (YAML or JSON)').fill(original);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft version \d+ saved\./)).toBeVisible();
});
