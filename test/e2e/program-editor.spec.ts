import { expect, test } from '@playwright/test';
import { asClient, DEMO, signIn } from './helpers';
import { signedIn } from './helpers-tiers';

test.use({ extraHTTPHeaders: asClient(150) });

/**
 * The program editor: the design check as you type, YAML export and import,
 * history, and the publish confirmation (also without JavaScript). Client
 * address 150 and 155, as tiers.spec.ts.
 */

test('the program editor checks the design as you type, exports, imports and shows history', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO.admin);
  await page.goto('/console/program');
  const editor = page.getByLabel('Program document (YAML or JSON)');
  const original = await editor.inputValue();
  const lint = page.locator('#lint');

  // Live lint: an activity-based criterion shows up without saving.
  expect(original).toMatch(/metric: DEALS_WON/);
  await editor.fill(original.replace(/metric: DEALS_WON/, 'metric: REGISTERED_DEALS'));
  await expect(lint.getByTestId('lint-findings').locator('[data-rule="REWARDS_ACTIVITY"]')).toContainText('Rewards activity');
  await expect(lint).toContainText('not saved yet');
  // A broken document shows where it breaks, still without saving.
  await editor.fill('name: Broken\ncurrency: dollars\n');
  await expect(lint).toContainText('currency');
  await editor.fill(original);
  await expect(lint.getByTestId('lint-findings').locator('[data-rule="REWARDS_ACTIVITY"]')).toHaveCount(0);

  // Export: a YAML file of the program.
  const exported = await page.request.get('/console/program.yaml');
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-type']).toContain('yaml');
  expect(exported.headers()['content-disposition']).toContain('attachment');
  const yaml = await exported.text();
  expect(yaml).toContain('tracks:');

  // Import: a broken file names the line; nothing changes.
  const importCard = page.locator('#import');
  await importCard.getByLabel(/Program file/).setInputFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from('name: [unclosed\ncurrency: USD\n') });
  await importCard.getByRole('button', { name: 'Import as draft' }).click();
  await expect(page.locator('#import-errors')).toContainText(/line \d+/);
  await expect(page.getByLabel(/Program file/)).toHaveAttribute('aria-invalid', 'true');

  // Import the exported file: it becomes the draft.
  await page.locator('#import').getByLabel(/Program file/).setInputFiles({ name: 'program.yaml', mimeType: 'application/yaml', buffer: Buffer.from(yaml) });
  await page.locator('#import').getByRole('button', { name: 'Import as draft' }).click();
  await expect(page.getByText(/Draft version \d+ imported from program\.yaml\./)).toBeVisible();

  // A changed threshold in the draft shows in the history diff, amber and grouped by track.
  const changed = original.replace(/threshold: 2\b/, 'threshold: 3');
  expect(changed).not.toBe(original);
  await page.getByLabel('Program document (YAML or JSON)').fill(changed);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft version \d+ saved\./)).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Version history' })).toBeVisible();
  const diff = page.getByTestId('program-diff');
  await expect(diff.locator('[data-kind="CHANGED"]').filter({ hasText: 'threshold: 2 → 3' })).toBeVisible();
  await expect(diff.locator('h3').first()).toContainText('Track:');

  // Put the draft back.
  await page.goto('/console/program');
  await page.getByLabel('Program document (YAML or JSON)').fill(original);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft version \d+ saved\./)).toBeVisible();
});

test('publishing needs the confirmation, also without JavaScript', async ({ browser }) => {
  const admin = await signedIn(browser, DEMO.admin, { client: 155, javaScriptEnabled: false });
  const a = admin.page;
  await a.goto('/console/program');
  const editor = a.getByLabel('Program document (YAML or JSON)');
  const original = await editor.inputValue();
  await a.getByRole('button', { name: 'Publish' }).click();
  await expect(a.getByLabel('I understand partners will be measured by this version')).toHaveAttribute('aria-invalid', 'true');
  await expect(a.getByText('not published yet: confirm below').first()).toBeVisible();
  // Without JavaScript the saved draft's findings show beside the editor.
  await expect(a.locator('#lint')).toContainText(/\d+ errors?, \d+ warnings?/);
  await expect(a.getByLabel('Program document (YAML or JSON)')).toHaveValue(original);
  await a.getByLabel('I understand partners will be measured by this version').check();
  await a.getByRole('button', { name: 'Publish' }).click();
  await expect(a.getByText(/Version \d+ is published\./)).toBeVisible();
  await admin.context.close();
});
