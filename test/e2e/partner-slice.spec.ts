import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, asClient, signIn, unique } from './helpers';

test.use({ extraHTTPHeaders: asClient(2) });

/** Console errors and uncaught exceptions of a page (hydration problems show here). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

async function fullSlice(page: Page, browser: Browser, javaScriptEnabled: boolean) {
  const id = unique();
  const partnerName = `Acme Cloud ${id}`;
  const inviteeEmail = `lead-${id}@acme-${id}.example`;

  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/console\/partners$/);

  await page.getByRole('link', { name: 'New partner' }).click();
  await page.getByLabel('Company name').fill(partnerName);
  await page.getByLabel('Domain (optional)').fill(`acme-${id}.example`);
  const track = page.getByLabel('Track');
  const firstTrack = track.locator('option:not([disabled])').first();
  const trackLabel = (await firstTrack.textContent()) ?? '';
  const entryTier = /starts at ([^)]+)\)/.exec(trackLabel)?.[1];
  expect(entryTier, 'the track option names its entry tier').toBeTruthy();
  await track.selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Create partner' }).click();

  await expect(page).toHaveURL(/\/console\/partners\/[^/?]+\?created=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(partnerName);
  await expect(page.getByText('Partner created')).toBeVisible();

  const invite = page.locator('#invite');
  await invite.getByLabel('Email').fill(inviteeEmail);
  await invite.getByLabel('Role').selectOption('PARTNER_ADMIN');
  await invite.getByRole('button', { name: 'Create invitation' }).click();
  const linkField = page.getByTestId('invite-link');
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/.+/);

  // The link is shown once: loading the page again does not show it.
  await page.goto(page.url());
  await expect(page.getByTestId('invite-link')).toHaveCount(0);

  const invitee = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: asClient(12) });
  const newPage = await invitee.newPage();
  await newPage.goto(link);
  await expect(newPage.getByText(inviteeEmail)).toBeVisible();
  await expect(newPage.getByRole('heading', { level: 1 })).toContainText(partnerName);
  await newPage.getByLabel('Your name').fill('Lee Lead');
  await newPage.getByLabel('Choose a password').fill('short');
  await newPage.getByLabel('Confirm password').fill('short');
  await newPage.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(newPage.getByLabel('Choose a password')).toHaveAttribute('aria-invalid', 'true');
  await expect(newPage.getByLabel('Your name')).toHaveValue('Lee Lead');

  await newPage.getByLabel('Choose a password').fill('a-long-enough-password');
  await newPage.getByLabel('Confirm password').fill('a-long-enough-password');
  await newPage.getByRole('button', { name: 'Accept invitation' }).click();

  await expect(newPage).toHaveURL(/\/portal$/);
  await expect(newPage.getByRole('heading', { level: 1 })).toHaveText(partnerName);
  await expect(newPage.locator('#tier .tier-badge')).toHaveText(entryTier!);
  await expect(newPage.locator('.account-name')).toHaveText('Lee Lead');

  // The invitation cannot be used twice.
  await newPage.goto(link);
  await expect(newPage.getByRole('heading', { level: 1 })).toHaveText('This invitation is not valid');
  await invitee.close();

  // The new partner is in the console list with its entry tier.
  await page.goto('/console/partners');
  const row = page.getByRole('row').filter({ hasText: partnerName });
  await expect(row).toContainText(entryTier!);
  await expect(row).toContainText('Onboarding');
}

test('full slice with JavaScript: create a partner, invite its admin, who accepts and lands on the partner home', async ({ page, browser }) => {
  const errors = collectErrors(page);
  await fullSlice(page, browser, true);
  expect(errors, 'no console errors (e.g. hydration mismatches)').toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('full slice: create a partner, invite its admin, who accepts and lands on the partner home', async ({ page, browser }) => {
    await fullSlice(page, browser, false);
  });
});
