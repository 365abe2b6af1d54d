import { expect, test } from '@playwright/test';
import { DEMO, unique } from './helpers';
import { apiLogin, freshDomain, registerDealViaApi, shoot, signedInPage } from './helpers-deals';

/**
 * Vendor staff's registrations CSV export and the direct-account import
 * (preview first, without JavaScript). Client addresses from the deals
 * range (60-99), as deals.spec.ts.
 */

test('vendor staff export the registrations as CSV', async ({ browser }) => {
  const admin = await signedInPage(browser, DEMO.admin, { client: 69 });
  await admin.page.goto('/console/deals');
  const [download] = await Promise.all([admin.page.waitForEvent('download'), admin.page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^registrations-submitted-\d{4}-\d{2}-\d{2}\.csv$/);
  const all = await admin.page.request.get('/console/deals.csv');
  expect(all.status()).toBe(200);
  expect(all.headers()['content-type']).toContain('text/csv');
  const text = await all.text();
  expect(text.split('\r\n')[0]).toBe(
    'id,status,customer_name,customer_domain,partner,partner_id,amount,currency,attribution,expected_close_date,registered_at,review_due_at,decided_at,protection_ends_at,rejection_reason,submitted_by',
  );
  expect(text).toContain('Acme Analytics Inc.,acme-analytics.com,Northwind Integrations');
  expect(text).toContain(',80000.00,USD,');
  await admin.close();

  const partner = await signedInPage(browser, DEMO.partner, { client: 70 });
  const denied = await partner.page.request.get('/console/deals.csv');
  expect(denied.status()).toBe(403);
  await partner.close();
});

test('vendor staff import direct accounts from a CSV file (preview first, without JavaScript), and they flag conflicts', async ({ browser }) => {
  const id = unique();
  const domainA = freshDomain('wonka', id);
  const domainB = freshDomain('tyrell', id);
  const admin = await signedInPage(browser, DEMO.admin, { client: 71, js: false });
  const page = admin.page;
  await page.goto('/console/direct-accounts');

  // A file with a bad line: the preview lists it, and nothing can be imported.
  await page.getByLabel('CSV file').setInputFiles({
    name: 'accounts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`domain,name,owner\n${domainA},Wonka Industries,Jordan Sales\nnot a domain,Broken Co,\n`),
  });
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByTestId('import-errors')).toContainText('3');
  await expect(page.getByTestId('import-errors')).toContainText('"not a domain" is not a web domain.');
  await expect(page.getByRole('button', { name: /^Import \d+ accounts?$/ })).toHaveCount(0);
  // The file was loaded into the text box, to fix it there.
  const text = page.getByLabel('Or paste CSV');
  await expect(text).toHaveValue(/Broken Co/);
  await text.fill(`domain,name,owner\n${domainA},Wonka Industries,Jordan Sales\n${domainB},Tyrell Corporation,\n`);
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByTestId('import-preview')).toContainText(domainA);
  await expect(page.getByTestId('import-preview')).toContainText('Tyrell Corporation');
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await page.getByRole('button', { name: 'Import 2 accounts' }).click();
  await expect(page.getByText('2 new accounts, 0 updated.')).toBeVisible();
  await page.goto(`/console/direct-accounts`);
  await expect(page.getByTestId('direct-accounts')).toContainText(domainA);

  // A partner registers Wonka: the reviewer sees the direct account beside it.
  const token = await apiLogin(DEMO.partner, 72);
  const dealId = await registerDealViaApi(token, 72, { customerName: 'Wonka Industries', customerDomain: domainA, amount: 1_000_000 });
  await page.goto(`/console/deals/${dealId}`);
  const conflict = page.getByTestId('conflict').filter({ hasText: 'Direct account' });
  await expect(conflict).toContainText('Wonka Industries is a direct account owned by Jordan Sales.');
  await expect(conflict).toContainText('Our direct sales team');
  await admin.close();
});

for (const viewport of ['desktop', 'mobile'] as const) {
  for (const js of [true, false]) {
    const suffix = `${viewport}-${js ? 'js' : 'nojs'}`;
    test(`deal pages screenshots ${suffix}`, async ({ browser }) => {
      test.setTimeout(90_000);
      const n = 73 + (viewport === 'mobile' ? 2 : 0) + (js ? 0 : 1) * 4;
      const partner = await signedInPage(browser, DEMO.partner, { client: n, js, viewport });
      const p = partner.page;
      await p.goto('/portal/deals');
      await shoot(p, `deals-list-${suffix}`);
      await p.goto('/portal/deals/new');
      await shoot(p, `deals-new-${suffix}`);
      await p.getByLabel('Amount (USD)').fill('12.345');
      await p.getByRole('button', { name: 'Register deal' }).click();
      await expect(p.getByLabel('Customer name')).toHaveAttribute('aria-invalid', 'true');
      await shoot(p, `deals-new-errors-${suffix}`);
      await p.goto('/portal/deals?status=APPROVED');
      await p.locator('[data-testid=deals-table] .row-link').first().click();
      await expect(p.locator('#history')).toBeVisible();
      await shoot(p, `deals-detail-approved-${suffix}`);
      // The close step two (then "Change": the demo deal stays open).
      await p.getByRole('form', { name: 'Close as won' }).getByRole('button', { name: 'Close as won' }).click();
      await expect(p.getByTestId('close-confirm')).toBeVisible();
      await shoot(p, `deals-close-confirm-${suffix}`);
      await p.getByTestId('close-confirm').getByRole('button', { name: 'Change' }).click();
      await expect(p.getByRole('form', { name: 'Close as won' })).toBeVisible();
      await p.goto('/portal/earnings');
      await shoot(p, `earnings-${suffix}`);
      await partner.close();

      const admin = await signedInPage(browser, DEMO.admin, { client: n + 1, js, viewport });
      const a = admin.page;
      await a.goto('/console/deals');
      await shoot(a, `console-deals-queue-${suffix}`);
      await a.goto('/console/deals?view=APPROVED');
      await shoot(a, `console-deals-approved-${suffix}`);
      await a.goto('/console/deals');
      await a.locator('[data-testid=review-queue] tbody tr', { hasText: 'Globex Corp' }).first().getByRole('link').click();
      await expect(a.locator('#conflicts')).toBeVisible();
      await shoot(a, `console-deal-conflicts-${suffix}`);
      await a.goto('/console/direct-accounts');
      await a.getByLabel('Or paste CSV').fill('domain,name,owner\nacme.com,Acme,Jo\nbad domain,Bad,\n');
      await a.getByRole('button', { name: 'Preview import' }).click();
      await expect(a.getByTestId('import-errors')).toBeVisible();
      await shoot(a, `console-direct-accounts-preview-${suffix}`);
      await admin.close();
    });
  }
}
