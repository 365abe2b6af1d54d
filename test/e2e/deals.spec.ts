import { expect, test } from '@playwright/test';
import { DEMO, unique } from './helpers';
import { api, apiLogin, dateInDays, freshDomain, registerDealViaApi, shoot, shownDate, signedInPage } from './helpers-deals';

/**
 * Deal registration: register (without JavaScript), review with conflicts
 * side by side, approve / reject, protection, close, earnings, CSV export,
 * direct-account import. Client addresses 60-99 belong to this spec.
 */

test('a partner registers a deal without JavaScript, a vendor approves it, the partner sees it protected', async ({ browser }) => {
  const id = unique();
  const customer = `Umbrella Health ${id}`;
  const domain = freshDomain('umbrella-health', id);

  // The partner admin, JavaScript off.
  const partner = await signedInPage(browser, DEMO.partner, { client: 60, js: false });
  let page = partner.page;
  await page.goto('/portal/deals');
  await page.getByRole('link', { name: 'Register a deal' }).click();
  await expect(page).toHaveURL(/\/portal\/deals\/new$/);
  await page.getByLabel('Customer name').fill(customer);
  await page.getByLabel('Customer domain').fill(`https://www.${domain}/`);
  await page.getByLabel('Amount (USD)').fill('70k');
  await page.getByLabel('Expected close date').fill(dateInDays(45));
  await page.getByLabel(/^Sourced/).check();
  await page.getByLabel('Notes (optional)').fill('Met the CFO at the trade show.');
  await page.getByRole('button', { name: 'Register deal' }).click();

  // A bad amount: the error is next to the field, nothing typed is lost.
  const amount = page.getByLabel('Amount (USD)');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-amount-error')).toContainText('Enter a number like 70000.00');
  await expect(amount).toHaveValue('70k');
  await expect(page.getByLabel('Customer name')).toHaveValue(customer);
  await expect(page.getByLabel('Expected close date')).toHaveValue(dateInDays(45));
  await expect(page.getByLabel(/^Sourced/)).toBeChecked();
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('Met the CFO at the trade show.');

  // A domain the API would refuse is caught with the rest, next to its field.
  await amount.fill('70,000.00');
  await page.getByLabel('Customer domain').fill('localhost');
  await page.getByRole('button', { name: 'Register deal' }).click();
  await expect(page.getByLabel('Customer domain')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-customerDomain-error')).toContainText('web domain');
  await expect(page.getByLabel('Amount (USD)')).toHaveValue('70,000.00');
  await expect(page.getByLabel('Amount (USD)')).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Customer domain').fill(`https://www.${domain}/`);
  await page.getByRole('button', { name: 'Register deal' }).click();
  await expect(page).toHaveURL(/\/portal\/deals\/[^/]+\?registered=1$/);
  const dealUrl = new URL(page.url()).pathname;
  const dealId = dealUrl.split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(customer);
  await expect(page.getByText('Deal registered')).toBeVisible();
  await expect(page.locator('.page-header [data-status]')).toHaveText('Submitted');
  await expect(page.getByText(`${domain} · $70,000.00`)).toBeVisible();
  await expect(page.getByText('Review due')).toBeVisible();

  // A partner manager finds it in the queue (with its SLA) and approves it.
  const vendor = await signedInPage(browser, DEMO.manager, { client: 61 });
  await vendor.page.goto('/console/deals');
  const row = vendor.page.locator('[data-testid=review-queue] tbody tr', { hasText: customer });
  await expect(row).toContainText('Northwind Integrations');
  await expect(row).toContainText(/\d+ (day|hour)s? .*left|hours? left/);
  await row.getByRole('link', { name: customer }).click();
  await expect(vendor.page).toHaveURL(new RegExp(`/console/deals/${dealId}$`));
  await expect(vendor.page.locator('#conflicts')).toContainText('No other partner’s open registration');
  await vendor.page.getByRole('button', { name: 'Approve' }).click();
  const protectedUntil = shownDate(Date.now() + 90 * 86_400_000);
  await expect(vendor.page.getByRole('status')).toContainText(`Approved. Northwind Integrations is protected until ${protectedUntil}`);
  await expect(vendor.page.locator('.page-header [data-status]')).toHaveText('Approved');
  await vendor.close();

  // Back to the partner (still without JavaScript): approved, with the protection end date.
  await page.goto(dealUrl);
  await expect(page.locator('.page-header [data-status]')).toHaveText('Approved');
  await expect(page.getByTestId('protection-ends')).toHaveText(protectedUntil);
  await expect(page.locator('.alert-title', { hasText: `Protected until ${protectedUntil}` })).toBeVisible();
  await expect(page.getByTestId('deal-history')).toContainText('Approved');
  await page.goto('/portal/deals?status=APPROVED');
  const listed = page.locator('[data-testid=deals-table] tbody tr', { hasText: customer });
  await expect(listed).toContainText('Approved');
  await expect(listed).toContainText(`Until ${protectedUntil}`);
  await expect(listed).toContainText(/days? .*left/);
  page = partner.page;
  await partner.close();
});

test('the registration form reports every problem in one pass (no second round of errors)', async ({ browser }) => {
  const partner = await signedInPage(browser, DEMO.partner, { client: 239, js: false });
  const page = partner.page;
  await page.goto('/portal/deals/new');
  await page.getByLabel('Customer name').fill('Soylent Corp');
  // Each of these used to wait for the API, after the amount was fixed.
  await page.getByLabel('Customer domain').fill('soylent');
  await page.getByLabel('Amount (USD)').fill('fifty');
  await page.getByLabel('Expected close date').fill(dateInDays(6 * 366));
  await page.getByLabel(/^Sourced/).check();
  await page.getByRole('button', { name: 'Register deal' }).click();
  await expect(page.getByText('3 fields need your attention')).toBeVisible();
  for (const label of ['Customer domain', 'Amount (USD)', 'Expected close date']) {
    await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.locator('#field-expectedCloseDate-error')).toContainText('more than five years away');
  await expect(page.getByLabel('Customer name')).not.toHaveAttribute('aria-invalid', 'true');
  await partner.close();
});

test('reviewers compare conflicts side by side; rejecting needs a reason; the partner never sees the conflict', async ({ browser }) => {
  const id = unique();
  const customer = `Globex Holdings ${id}`;

  // Brightpath (another partner) has an open registration for globex.com in the demo data.
  const partner = await signedInPage(browser, DEMO.partner, { client: 62 });
  await partner.page.goto('/portal/deals/new');
  await partner.page.getByLabel('Customer name').fill(customer);
  await partner.page.getByLabel('Customer domain').fill('globex.com');
  await partner.page.getByLabel('Amount (USD)').fill('12500.50');
  await partner.page.getByLabel('Expected close date').fill(dateInDays(30));
  await partner.page.getByLabel(/^Co-sold/).check();
  await partner.page.getByRole('button', { name: 'Register deal' }).click();
  await expect(partner.page).toHaveURL(/\/portal\/deals\/[^/?]+\?registered=1$/);
  const dealPath = new URL(partner.page.url()).pathname;
  const dealId = dealPath.split('/').pop()!;

  const admin = await signedInPage(browser, DEMO.admin, { client: 63 });
  await admin.page.goto(`/console/deals/${dealId}`);
  const conflicts = admin.page.locator('#conflicts');
  await expect(conflicts.getByRole('heading', { name: /Conflicts \(\d+\)/ })).toBeVisible();
  const sameDomain = conflicts.getByTestId('conflict').filter({ hasText: 'Same domain' }).filter({ hasText: 'Brightpath Agency' });
  await expect(sameDomain).toHaveCount(1);
  const table = sameDomain.locator('table');
  await expect(table.locator('thead')).toContainText('This registration');
  await expect(table.locator('thead')).toContainText('Conflicting registration');
  const partnerRow = table.locator('tbody tr', { hasText: 'Partner' });
  await expect(partnerRow.locator('td').nth(0)).toHaveText('Northwind Integrations');
  await expect(partnerRow.locator('td').nth(1)).toHaveText('Brightpath Agency');
  const domainRow = table.locator('tbody tr', { hasText: 'Domain' });
  await expect(domainRow.locator('td')).toHaveText(['globex.com', 'globex.com']);
  await expect(table.locator('tbody tr', { hasText: 'Amount' }).locator('td').nth(0)).toHaveText('$12,500.50');

  // Reject: the reason is required.
  await admin.page.getByRole('button', { name: 'Reject' }).click();
  await expect(admin.page.getByLabel('Reason for rejecting')).toHaveAttribute('aria-invalid', 'true');
  await expect(admin.page.locator('#reject-reason-error')).toContainText('Say why');
  await admin.page.getByLabel('Reason for rejecting').fill('Brightpath registered Globex first.');
  await admin.page.getByRole('button', { name: 'Reject' }).click();
  await expect(admin.page.getByRole('status')).toContainText('Rejected');
  await expect(admin.page.locator('.page-header [data-status]')).toHaveText('Rejected');
  await admin.close();

  await partner.page.goto(dealPath);
  await expect(partner.page.locator('.page-header [data-status]')).toHaveText('Rejected');
  await expect(partner.page.getByRole('alert')).toContainText('Reason: Brightpath registered Globex first.');
  await expect(partner.page.locator('body')).not.toContainText('Brightpath Agency');
  await expect(partner.page.locator('body')).not.toContainText(/conflict/i);
  await partner.close();
});

test('when two reviewers decide at once, the second is told someone else got there first', async ({ browser }) => {
  const id = unique();
  const customer = `Soylent ${id}`;
  const token = await apiLogin(DEMO.rep, 64);
  const dealId = await registerDealViaApi(token, 64, { customerName: customer, customerDomain: freshDomain('soylent', id), amount: 3_000_000 });

  const admin = await signedInPage(browser, DEMO.admin, { client: 65 });
  const manager = await signedInPage(browser, DEMO.manager, { client: 66 });
  await admin.page.goto(`/console/deals/${dealId}`);
  await manager.page.goto(`/console/deals/${dealId}`);

  await admin.page.getByRole('button', { name: 'Approve' }).click();
  await expect(admin.page.locator('.page-header [data-status]')).toHaveText('Approved');

  await manager.page.getByLabel('Reason for rejecting').fill('Duplicate of a direct deal.');
  await manager.page.getByRole('button', { name: 'Reject' }).click();
  const warning = manager.page.getByRole('status').filter({ hasText: 'Someone else got there first' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('approved');
  await expect(manager.page.locator('.page-header [data-status]')).toHaveText('Approved');
  await expect(manager.page.getByRole('button', { name: 'Reject' })).toHaveCount(0);
  await admin.close();
  await manager.close();
});

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
