import { expect, test, type Page } from '@playwright/test';
import { asClient, DEMO, unique } from './helpers';
import { api, apiLogin } from './helpers-deals';
import { cents, shoot, signedIn, TINY_PDF, TINY_PNG, VIEWPORTS } from './helpers-tiers';

test.use({ extraHTTPHeaders: asClient(160) });

async function available(page: Page, testId = 'fund-available'): Promise<number> {
  return cents(await page.getByTestId(testId).textContent());
}

async function segment(page: Page, key: 'paid' | 'committed' | 'available', scope = 'fund-balance'): Promise<number> {
  return cents(await page.getByTestId(scope).locator(`[data-segment="${key}"] dd`).textContent());
}

test('a claim sent again after a failed attempt, with the same files attached again, keeps one copy per file', async ({ browser }) => {
  const activity = `Trade show booth ${unique()}`;
  const partnerToken = await apiLogin(DEMO.partner, 240);
  const { requestMdf } = await api<{ requestMdf: { id: string } }>(
    'mutation ($input: MdfRequestInput!) { requestMdf(input: $input) { id } }',
    { input: { activity, amount: 20_000 } },
    { token: partnerToken, client: 240 },
  );
  const managerToken = await apiLogin(DEMO.manager, 240);
  await api('mutation ($id: ID!) { approveMdf(id: $id) { id } }', { id: requestMdf.id }, { token: managerToken, client: 240 });

  const partner = await signedIn(browser, DEMO.partner, { client: 241, javaScriptEnabled: false });
  const p = partner.page;
  await p.goto(`/portal/mdf/${requestMdf.id}/claim`);
  const proofs = [
    { name: 'booth.png', mimeType: 'image/png', buffer: TINY_PNG },
    { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: TINY_PDF },
  ];
  // First attempt fails (too much claimed); the files are kept.
  await p.getByLabel('Amount to claim (USD)').fill('999999');
  await p.getByLabel('Proof of performance').setInputFiles(proofs);
  await p.getByRole('button', { name: 'Send claim' }).click();
  await expect(p.getByLabel('Amount to claim (USD)')).toHaveAttribute('aria-invalid', 'true');
  await expect(p.locator('.mdf-kept li')).toHaveCount(2);

  // The partner attaches the same files again anyway.
  await p.getByLabel('Amount to claim (USD)').fill('200.00');
  await p.getByLabel('Proof of performance').setInputFiles(proofs);
  await p.getByRole('button', { name: 'Send claim' }).click();
  await expect(p.getByText('Claim sent')).toBeVisible();
  const files = p.getByTestId('mdf-attachments');
  await expect(files.getByRole('link')).toHaveCount(2);
  await expect(files.getByRole('link', { name: 'booth.png' })).toHaveCount(1);
  await expect(files.getByRole('link', { name: 'invoice.pdf' })).toHaveCount(1);
  await partner.context.close();
});

test('MDF end to end: the partner requests, the vendor approves part, the partner claims with a file, the vendor pays', async ({ browser }) => {
  test.setTimeout(90_000);
  const activity = `Partner webinar ${unique()}`;
  // The partner works without JavaScript; the vendor with it.
  const partner = await signedIn(browser, DEMO.partner, { client: 161, javaScriptEnabled: false });
  const vendor = await signedIn(browser, DEMO.manager, { client: 162 });
  const p = partner.page;
  const v = vendor.page;

  await p.goto('/portal/mdf');
  await expect(p.getByRole('heading', { level: 1, name: 'Market development funds' })).toBeVisible();
  await expect(p.getByTestId('tiers-chart-fund').getByRole('img')).toHaveAttribute('aria-label', /paid .* committed .* available/);
  const startAvailable = await available(p);
  const startPaid = await segment(p, 'paid');
  expect(startAvailable, 'the demo partner has funds this quarter').toBeGreaterThanOrEqual(120_000);

  // Errors next to the fields, nothing typed lost.
  const form = p.locator('#request');
  await form.getByLabel('Description (optional)').fill('Kept when the form comes back');
  await form.getByLabel('Amount (USD)').fill('12,00.5');
  await form.getByRole('button', { name: 'Send request' }).click();
  await expect(form.getByLabel('Activity')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Amount (USD)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Description (optional)')).toHaveValue('Kept when the form comes back');

  await form.getByLabel('Activity').fill(activity);
  await form.getByLabel('Amount (USD)').fill('1,200.00');
  await form.getByRole('button', { name: 'Send request' }).click();
  await expect(p.getByText('Request sent')).toBeVisible();
  const mine = p.getByTestId('mdf-requests').locator('li', { hasText: activity });
  await expect(mine.locator('[data-status="SUBMITTED"]')).toBeVisible();

  // The vendor approves part of it from the queue.
  await v.goto('/console/mdf');
  const queueRow = v.getByTestId('mdf-queue').locator('tr', { hasText: activity });
  await expect(queueRow.getByTestId('row-fund')).toContainText('available');
  await queueRow.getByRole('link', { name: activity }).click();
  const vendorStart = await available(v, 'vendor-fund-available');
  const approve = v.locator('#decide');
  await expect(approve.getByLabel('Amount to approve (USD)')).toHaveValue('1200.00');
  await approve.getByLabel('Amount to approve (USD)').fill('1000.00');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(v.getByText('Approved. The amount is committed from the fund')).toBeVisible();
  await expect(v.locator('.page-header [data-status]')).toHaveAttribute('data-status', 'APPROVED');
  expect(await available(v, 'vendor-fund-available')).toBe(vendorStart - 100_000);

  // The partner claims: a file is required; a file of the wrong type is refused next to the field.
  await p.goto('/portal/mdf');
  await mine.getByRole('link', { name: 'Claim' }).click();
  await expect(p.getByRole('heading', { level: 1, name: 'Claim funds' })).toBeVisible();
  await expect(p.getByLabel('Amount to claim (USD)')).toHaveValue('1000.00');
  await p.getByLabel('Results (optional)').fill('212 attendees, 31 qualified leads.');
  await p.getByRole('button', { name: 'Send claim' }).click();
  await expect(p.locator('#claim-files-error')).toContainText('Attach at least one proof');
  await expect(p.getByLabel('Results (optional)')).toHaveValue('212 attendees, 31 qualified leads.');

  await p.getByLabel('Proof of performance').setInputFiles([{ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not really an image') }]);
  await p.getByRole('button', { name: 'Send claim' }).click();
  await expect(p.locator('#claim-files-error')).toContainText('notes.png is not a PDF, PNG or JPEG file.');
  await expect(p.getByLabel('Proof of performance')).toHaveAttribute('aria-invalid', 'true');

  await p.getByLabel('Proof of performance').setInputFiles([
    { name: 'attendees.png', mimeType: 'image/png', buffer: TINY_PNG },
    { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: TINY_PDF },
  ]);
  await p.getByRole('button', { name: 'Send claim' }).click();
  await expect(p.getByText('Claim sent')).toBeVisible();
  await expect(p.locator('.page-header [data-status]')).toHaveAttribute('data-status', 'CLAIMED');
  const files = p.getByTestId('mdf-attachments');
  await expect(files.getByRole('link', { name: 'attendees.png' })).toBeVisible();
  await expect(files.getByRole('link', { name: 'invoice.pdf' })).toBeVisible();
  const fileHref = await files.getByRole('link', { name: 'attendees.png' }).getAttribute('href');
  const own = await p.request.get(fileHref!);
  expect(own.status()).toBe(200);
  expect(own.headers()['content-type']).toBe('image/png');
  expect(Buffer.from(await own.body()).equals(TINY_PNG)).toBe(true);
  // Another partner's user gets nothing; unknown ids are 404 too.
  const other = await signedIn(browser, 'lead@brightpath.example', { client: 165 });
  expect((await other.page.request.get(fileHref!)).status()).toBe(404);
  expect((await other.page.request.get('/files/00000000-0000-4000-8000-000000000000')).status()).toBe(404);
  await other.context.close();

  // The vendor sees the proof and pays less than approved: the rest returns to the fund.
  await v.goto('/console/mdf?status=CLAIMED');
  await v.getByTestId('mdf-queue').locator('tr', { hasText: activity }).getByRole('link', { name: activity }).click();
  const proof = v.getByTestId('mdf-attachments');
  await expect(proof.getByRole('link', { name: 'invoice.pdf' })).toBeVisible();
  const pdf = await v.request.get((await proof.getByRole('link', { name: 'invoice.pdf' }).getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const pay = v.locator('#pay');
  await expect(pay.getByLabel('Amount to pay (USD)')).toHaveValue('1000.00');
  await pay.getByLabel('Amount to pay (USD)').fill('800.00');
  await pay.getByRole('button', { name: 'Pay claim' }).click();
  await expect(v.getByText('Paid. Anything approved and not paid returned to the fund.')).toBeVisible();
  await expect(v.getByTestId('mdf-paid-amount')).toHaveText('$800.00');
  expect(await available(v, 'vendor-fund-available')).toBe(vendorStart - 80_000);

  // The partner's fund reflects the payment; the history tells the story.
  await p.goto('/portal/mdf');
  expect(await available(p)).toBe(startAvailable - 80_000);
  expect(await segment(p, 'paid')).toBe(startPaid + 80_000);
  await expect(mine.locator('[data-status="PAID"]')).toBeVisible();
  await mine.getByRole('link', { name: activity }).click();
  const timeline = p.getByTestId('mdf-timeline');
  await expect(timeline.locator('[data-event]')).toHaveText([/Requested/, /Approved/, /Claimed/, /Paid/]);
  await expect(timeline.locator('[data-event="paid"]')).toContainText('$200.00 returned to the fund');

  // Payments export.
  const csv = await v.request.get('/console/mdf/payments.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toBe('partner,quarter,activity,approved,paid,currency,paidAt');
  expect(text).toContain(`Northwind Integrations,`);
  expect(text).toMatch(new RegExp(`${activity},1000\\.00,800\\.00,USD,`));

  await partner.context.close();
  await vendor.context.close();
});

test('MDF: insufficient funds and invalid states are explained; rejections carry a reason; allocations can be adjusted', async ({ browser }) => {
  test.setTimeout(60_000);
  const partner = await signedIn(browser, DEMO.rep, { client: 163 });
  const vendor = await signedIn(browser, DEMO.admin, { client: 164, javaScriptEnabled: false });
  const p = partner.page;
  const v = vendor.page;
  const activity = `Trade show ${unique()}`;

  // Ask for the whole allocation: more than is still available.
  await p.goto('/portal/mdf');
  const allocated = cents(await p.getByTestId('fund-balance').locator('.mdf-fund-head .muted').textContent());
  await p.locator('#request').getByLabel('Activity').fill(activity);
  await p.locator('#request').getByLabel('Amount (USD)').fill((allocated / 100).toFixed(2));
  await p.locator('#request').getByRole('button', { name: 'Send request' }).click();
  await expect(p.getByText('Request sent')).toBeVisible();
  const availableNow = await available(p);
  test.skip(availableNow >= allocated, 'nothing is committed or paid in this quarter, so the request fits');

  await v.goto('/console/mdf');
  await v.getByTestId('mdf-queue').locator('tr', { hasText: activity }).getByRole('link', { name: activity }).click();
  const url = v.url();
  await v.locator('#decide').getByRole('button', { name: 'Approve' }).click();
  await expect(v.getByText(/Not enough funds in \d{4}-Q\d/)).toBeVisible();
  await expect(v.getByText(/Only \$[\d,]+\.\d\d is available/)).toBeVisible();

  // Adjust the allocation: a reason is required; raising it makes room.
  const fund = v.locator('#fund');
  await fund.getByText('Adjust the allocation').click();
  const current = cents(await fund.getByLabel(/New allocation for/).inputValue());
  await fund.getByRole('button', { name: 'Change allocation' }).click();
  await expect(v.locator('#fund').getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');
  await v.locator('#fund').getByLabel(/New allocation for/).fill(((current + 10_000) / 100).toFixed(2));
  await v.locator('#fund').getByLabel('Reason').fill('Co-marketing budget top-up');
  await v.locator('#fund').getByRole('button', { name: 'Change allocation' }).click();
  await expect(v.getByText('Allocation changed.')).toBeVisible();
  expect(cents(await v.getByTestId('vendor-fund-balance').locator('.mdf-fund-head .muted').textContent())).toBe(current + 10_000);

  // Reject with a reason (required).
  await v.locator('#decide').getByRole('button', { name: 'Reject request' }).click();
  await expect(v.locator('#decide').getByLabel('Reason for rejecting')).toHaveAttribute('aria-invalid', 'true');
  await v.locator('#decide').getByLabel('Reason for rejecting').fill('Trade shows are out of scope this quarter.');
  await v.locator('#decide').getByRole('button', { name: 'Reject request' }).click();
  await expect(v.getByText('Rejected. The partner sees your reason.')).toBeVisible();

  // A decision on a request that moved on: INVALID_STATE, explained.
  // (Sent as the page would: the web refuses posts without its own Origin.)
  const approveAgain = await v.request.post(url, { form: { intent: 'approve', amount: '1.00' }, headers: { Origin: new URL(v.url()).origin } });
  expect(approveAgain.status()).toBe(409);
  expect(await approveAgain.text()).toContain('This request has moved on');

  // Put the allocation back.
  await v.locator('#fund').getByText('Adjust the allocation').click();
  await v.locator('#fund').getByLabel(/New allocation for/).fill((current / 100).toFixed(2));
  await v.locator('#fund').getByLabel('Reason').fill('Back to the tier allocation');
  await v.locator('#fund').getByRole('button', { name: 'Change allocation' }).click();
  await expect(v.getByText('Allocation changed.')).toBeVisible();

  await p.goto('/portal/mdf');
  const row = p.getByTestId('mdf-requests').locator('li', { hasText: activity });
  await expect(row.locator('[data-status="REJECTED"]')).toBeVisible();
  await row.getByRole('link', { name: activity }).click();
  await expect(p.getByText('Trade shows are out of scope this quarter.').first()).toBeVisible();

  await partner.context.close();
  await vendor.context.close();
});

for (const viewport of ['desktop', 'mobile'] as const) {
  for (const js of [true, false]) {
    const suffix = `${viewport}-${js ? 'js' : 'nojs'}`;
    test(`screenshots of the MDF pages ${suffix}`, async ({ browser }) => {
      test.setTimeout(60_000);
      const client = 190 + (viewport === 'mobile' ? 2 : 0) + (js ? 0 : 1);
      // Brightpath's demo data has a paid, an approved and a waiting request.
      const partner = await signedIn(browser, 'lead@brightpath.example', { client, javaScriptEnabled: js, viewport: VIEWPORTS[viewport] });
      const p = partner.page;
      await p.goto('/portal/mdf');
      await shoot(p, `mdf-partner-${suffix}`);
      await p.locator('#request').getByRole('button', { name: 'Send request' }).click();
      await expect(p.locator('#request').getByLabel('Activity')).toHaveAttribute('aria-invalid', 'true');
      await shoot(p, `mdf-partner-request-errors-${suffix}`);
      const paid = p.getByTestId('mdf-requests').locator('li[data-status="PAID"]').first();
      if (await paid.count()) {
        await paid.locator('.row-link').click();
        await expect(p.getByTestId('mdf-timeline')).toBeVisible();
        await shoot(p, `mdf-partner-request-paid-${suffix}`);
        await p.goto('/portal/mdf');
      }
      const approved = p.getByTestId('mdf-requests').locator('li[data-status="APPROVED"]').first();
      if (await approved.count()) {
        await approved.getByRole('link', { name: 'Claim' }).click();
        await expect(p.getByRole('heading', { level: 1, name: 'Claim funds' })).toBeVisible();
        await shoot(p, `mdf-partner-claim-${suffix}`);
        await p.getByLabel('Amount to claim (USD)').fill('999999');
        await p.getByRole('button', { name: 'Send claim' }).click();
        await expect(p.getByLabel('Amount to claim (USD)')).toHaveAttribute('aria-invalid', 'true');
        await shoot(p, `mdf-partner-claim-errors-${suffix}`);
      }
      await partner.context.close();

      const vendor = await signedIn(browser, DEMO.manager, { client: client + 5, javaScriptEnabled: js, viewport: VIEWPORTS[viewport] });
      const v = vendor.page;
      await v.goto('/console/mdf');
      await shoot(v, `mdf-queue-${suffix}`);
      const waiting = v.getByTestId('mdf-queue').locator('tr').filter({ has: v.locator('[data-status="SUBMITTED"]') }).first();
      if (await waiting.count()) {
        await waiting.locator('.row-link').click();
        await expect(v.locator('#decide')).toBeVisible();
        await shoot(v, `mdf-vendor-request-${suffix}`);
      }
      await v.goto('/console/mdf?status=PAID');
      const done = v.getByTestId('mdf-queue').locator('tr').filter({ has: v.locator('[data-status="PAID"]') }).first();
      if (await done.count()) {
        await done.locator('.row-link').click();
        await expect(v.getByTestId('mdf-timeline')).toBeVisible();
        await shoot(v, `mdf-vendor-paid-${suffix}`);
      }
      await vendor.context.close();
    });
  }
}
