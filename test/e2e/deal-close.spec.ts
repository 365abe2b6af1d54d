import { expect, test } from '@playwright/test';
import { DEMO, unique } from './helpers';
import { api, apiLogin, freshDomain, registerDealViaApi, signedInPage } from './helpers-deals';

/**
 * Closing a registration: won with amount and date, or lost, after a
 * confirmation, with JavaScript on and off. Client addresses from the deals
 * range (60-99, 230-239), as deals.spec.ts.
 */

for (const js of [false, true]) {
  test(`a partner closes an approved deal as won with its amount and date, after confirming (JavaScript ${js ? 'on' : 'off'})`, async ({ browser }) => {
    const client = js ? 235 : 67;
    const id = unique();
    const customer = `Cyberdyne ${id}`;
    const repToken = await apiLogin(DEMO.rep, client);
    const dealId = await registerDealViaApi(repToken, client, { customerName: customer, customerDomain: freshDomain('cyberdyne', id), amount: 6_000_000 });
    const managerToken = await apiLogin(DEMO.manager, client);
    await api('mutation ($id: ID!) { approveDeal(id: $id) { id } }', { id: dealId }, { token: managerToken, client });

    const partner = await signedInPage(browser, DEMO.rep, { client: client + 1, js });
    const page = partner.page;
    await page.goto(`/portal/deals/${dealId}`);
    const won = page.getByRole('form', { name: 'Close as won' });
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    // Defaults: the registered amount, today.
    await expect(won.getByLabel('Won amount (USD)')).toHaveValue('60000.00');
    await expect(won.getByLabel('Close date')).toHaveValue(today);

    // Every problem in one pass (registered today: yesterday is too early).
    await won.getByLabel('Won amount (USD)').fill('fifty');
    await won.getByLabel('Close date').fill(yesterday);
    await won.getByRole('button', { name: 'Close as won' }).click();
    await expect(won.getByLabel('Won amount (USD)')).toHaveAttribute('aria-invalid', 'true');
    await expect(won.getByLabel('Close date')).toHaveAttribute('aria-invalid', 'true');
    await expect(won.getByText('The close date cannot be before the registration.')).toBeVisible();

    // Step one checks; step two shows what will be recorded. Nothing is saved yet.
    await won.getByLabel('Won amount (USD)').fill('50000');
    await won.getByLabel('Close date').fill(today);
    await won.getByRole('button', { name: 'Close as won' }).click();
    const confirm = page.getByTestId('close-confirm');
    await expect(confirm.getByRole('heading', { name: 'Close this deal as won?' })).toBeVisible();
    await expect(confirm).toContainText('$50,000.00');
    const shown = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${today}T00:00:00Z`));
    await expect(confirm).toContainText(shown);
    if (js) await expect(confirm.getByRole('heading', { name: 'Close this deal as won?' })).toBeFocused();
    await expect(page.locator('.page-header [data-status]')).toHaveText('Approved');

    // "Change" goes back to the form with what was typed.
    await confirm.getByRole('button', { name: 'Change' }).click();
    await expect(won.getByLabel('Won amount (USD)')).toHaveValue('50000');
    await won.getByRole('button', { name: 'Close as won' }).click();
    await page.getByTestId('close-confirm').getByRole('button', { name: 'Yes, close as won' }).click();
    await expect(page.getByText('Closed as won. Congratulations!')).toBeVisible();
    await expect(page.locator('.page-header [data-status]')).toHaveText('Won');
    await expect(page.getByText('for $50,000.00')).toBeVisible();

    // Technology partners at Registered earn a 3% co-sell credit: 3% of the won 50,000.00, not the registered 60,000.00.
    await page.goto('/portal/earnings');
    const row = page.locator('[data-testid=earnings-table] tbody tr', { hasText: customer });
    await expect(row).toContainText('Co-sell credit');
    await expect(row).toContainText('Registered');
    await expect(row).toContainText('$1,500.00');
    await expect(page.getByTestId('earnings-total')).toHaveText(/\$[\d,]+\.\d\d/);
    await partner.close();
  });
}

test('closing as lost asks for confirmation too, with the close date (JavaScript off)', async ({ browser }) => {
  const id = unique();
  const repToken = await apiLogin(DEMO.rep, 237);
  const dealId = await registerDealViaApi(repToken, 237, { customerName: `Tyrell ${id}`, customerDomain: freshDomain('tyrell', id), amount: 1_000_000 });
  const managerToken = await apiLogin(DEMO.manager, 237);
  await api('mutation ($id: ID!) { approveDeal(id: $id) { id } }', { id: dealId }, { token: managerToken, client: 237 });
  const vendor = await signedInPage(browser, DEMO.manager, { client: 238, js: false });
  await vendor.page.goto(`/console/deals/${dealId}`);
  const lost = vendor.page.getByRole('form', { name: 'Close as lost' });
  await lost.getByRole('button', { name: 'Close as lost' }).click();
  const confirm = vendor.page.getByTestId('close-confirm');
  await expect(confirm.getByRole('heading', { name: 'Close this deal as lost?' })).toBeVisible();
  await expect(vendor.page.locator('.page-header [data-status]')).toHaveText('Approved');
  await confirm.getByRole('button', { name: 'Yes, close as lost' }).click();
  await expect(vendor.page.getByText('Closed as lost.')).toBeVisible();
  await expect(vendor.page.locator('.page-header [data-status]')).toHaveText('Lost');
  await vendor.close();
});
