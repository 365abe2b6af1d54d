import { expect, test } from '@playwright/test';
import { DEMO, unique } from './helpers';
import { apiLogin, dateInDays, freshDomain, registerDealViaApi, shownDate, signedInPage } from './helpers-deals';

/**
 * Deal registration: register (without JavaScript), review with conflicts
 * side by side, approve / reject, protection. Closing is in deal-close.spec.ts,
 * CSV export and direct accounts in direct-accounts.spec.ts. Client addresses
 * 60-99 and 230-239 belong to these three specs.
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
