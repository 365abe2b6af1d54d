import { expect, test } from '@playwright/test';
import { asClient, DEMO, signIn } from './helpers';

// With JavaScript on, the track links at the bottom of the track form navigate
// in the page. The form must then show (and save) the new track, not keep the
// previous track's selects and text areas.
test.use({ javaScriptEnabled: true, extraHTTPHeaders: asClient(234) });

test('moving between tracks in the page and saving without changes leaves the draft unchanged', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/console/program/tracks/agency');
  await expect(page.locator('[name="key"]')).toHaveValue('agency');

  // A baseline: the agency track saved as loaded, then the draft as code.
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft version \d+ saved\./)).toBeVisible();
  const code = page.getByLabel('Program document (YAML or JSON)');
  await page.goto('/console/program');
  const before = await code.inputValue();
  expect(before).toContain('key: technology');

  // In-page navigation from one track to another, then save what is shown.
  await page.goto('/console/program/tracks/agency');
  await page.getByRole('navigation', { name: 'Tracks of the draft' }).getByRole('link', { name: 'Technology partners' }).click();
  await expect(page).toHaveURL(/\/console\/program\/tracks\/technology$/);
  await expect(page.locator('[name="key"]')).toHaveValue('technology');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Track: Technology partners');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft version \d+ saved\./)).toBeVisible();

  // The draft is exactly what it was: no difference at all.
  await page.goto('/console/program');
  expect(await code.inputValue()).toBe(before);
});
