import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { asClient, DEMO, signIn } from './helpers';
import { shoot, signedIn, VIEWPORTS } from './helpers-tiers';

test.use({ extraHTTPHeaders: asClient(150) });

const NORTHWIND = 'Northwind Integrations';

test('the demo partner sees its progress bars, what it gains and the rulebook', async ({ page }) => {
  await signIn(page, DEMO.partner);
  await expect(page).toHaveURL(/\/portal$/);

  const progress = page.getByTestId('progress-to-next-tier');
  const bars = progress.getByRole('progressbar');
  expect(await bars.count()).toBeGreaterThanOrEqual(1);
  // Every bar has its numbers as text and a value within its maximum.
  for (const bar of await bars.all()) {
    const max = Number(await bar.getAttribute('max'));
    const value = Number(await bar.getAttribute('value'));
    expect(max).toBeGreaterThan(0);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(max);
    await expect(bar).toHaveAttribute('aria-valuetext', /of .*\(\d+%\)/);
  }
  // Money criteria in the program currency, counts as counts.
  await expect(progress.locator('[data-metric="SOURCED_PIPELINE"] .progress-numbers')).toContainText(/\$[\d,]+\.\d\d of \$[\d,]+\.\d\d/);
  await expect(progress.locator('[data-metric="CERTIFIED_REPS"] .progress-numbers')).toContainText(/^\d+ of \d+/);

  const tierCard = page.locator('#tier');
  await expect(tierCard.getByRole('heading', { name: /What you gain at/ })).toBeVisible();
  await expect(tierCard.locator('.tiers-benefits li').first()).toBeVisible();
  await expect(tierCard.locator('[data-kind="DEAL_PROTECTION_DAYS"]')).toHaveText(/\d+-day deal protection/);
  await expect(page.getByTestId('next-review')).toContainText(/Next tier review: \d{1,2} \w{3} \d{4}/);

  // Onboarding to-dos link to where they are done.
  const todo = page.locator('#onboarding li.is-todo').filter({ hasText: /certif/i });
  if (await todo.count()) await expect(todo.first().getByRole('link', { name: 'Go to certifications' })).toHaveAttribute('href', '/portal/certifications');

  // The rulebook: every tier side by side, the current one marked.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'How tiers work' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How tiers work' })).toBeVisible();
  const ladder = page.getByTestId('tier-ladder');
  expect(await ladder.locator('> li').count()).toBeGreaterThanOrEqual(2);
  await expect(ladder.locator('li[aria-current="true"]')).toHaveCount(1);
  await expect(ladder.locator('li[aria-current="true"]')).toContainText('Your tier');
  await expect(ladder).toContainText(/Sourced pipeline ≥ \$[\d,]+\.\d\d over \d+ days/);
  await expect(page.getByTestId('rulebook-next-review')).toBeVisible();
});

test('a vendor admin overrides a tier, previews and applies a review, and the partner sees the change', async ({ browser }) => {
  test.setTimeout(60_000);
  const admin = await signedIn(browser, DEMO.admin, { client: 151 });
  const partner = await signedIn(browser, DEMO.partner, { client: 152 });
  const a = admin.page;
  const p = partner.page;

  // What the rule gives Northwind now: the "to" tier of its preview row (holds show with ?show=all).
  await a.goto('/console/reviews?show=all');
  const previewRow = a.getByTestId('review-preview').locator(`tr[data-partner="${NORTHWIND}"]`);
  await expect(previewRow).toBeVisible();
  const ruleTier = ((await previewRow.locator('td').nth(2).locator('.tier-badge').last().textContent()) ?? '').trim();
  expect(ruleTier).not.toBe('');

  // Override Northwind to another tier, without a pin: an exception until the next review.
  await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' }).click();
  await a.getByRole('link', { name: NORTHWIND }).click();
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(NORTHWIND);
  const override = a.locator('#override');
  const tierSelect = override.getByLabel('Tier');
  const options = (await tierSelect.locator('option').allTextContents()).map((t) => t.replace(' (current)', '').trim());
  const target = options.find((t) => t !== ruleTier);
  expect(target, 'the track has another tier').toBeTruthy();
  const targetValue = await tierSelect.locator('option').nth(options.indexOf(target!)).getAttribute('value');
  await tierSelect.selectOption(targetValue!);
  await override.getByRole('button', { name: 'Set tier' }).click();
  await expect(override.getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');
  await expect(tierSelect).toHaveValue(targetValue!);

  const reason = `Strategic launch partner (${Date.now()})`;
  await override.getByLabel('Reason').fill(reason);
  await override.getByRole('button', { name: 'Set tier' }).click();
  await expect(a.getByText(`${NORTHWIND} is now at ${target}, set by hand.`)).toBeVisible();
  const callout = a.getByTestId('tier-override');
  await expect(callout).toContainText(reason);
  await expect(callout).toContainText('Avery Admin');
  await expect(callout).toContainText('No: the next tier review applies the rule again.');

  // The partners list marks the exception.
  await a.goto('/console/partners');
  await expect(a.getByRole('row').filter({ hasText: NORTHWIND }).getByText('Override')).toBeVisible();

  // The partner sees its new tier, the override news, and (above the rule) the at-risk warning.
  await p.goto('/portal');
  await expect(p.locator('#tier .tier-badge')).toHaveText(target!);
  await expect(p.getByTestId('notifications')).toContainText(`Your tier is now ${target}`);
  const ruleRank = options.indexOf(ruleTier);
  const targetRank = options.indexOf(target!);
  if (targetRank > ruleRank) {
    const risk = p.getByTestId('at-risk');
    await expect(risk).toContainText(`Your ${target} tier is at risk`);
    await expect(risk.locator('.tiers-checks li').first()).toBeVisible();
  }

  // The preview shows the move back, marked as an override.
  await a.goto('/console/reviews');
  const row = a.getByTestId('review-preview').locator(`tr[data-partner="${NORTHWIND}"]`);
  await expect(row).toHaveAttribute('data-move', targetRank > ruleRank ? 'DEMOTE' : 'PROMOTE');
  await expect(row).toContainText('Set by hand');
  await expect(a.getByTestId('move-counts')).toContainText(targetRank > ruleRank ? /[1-9]\d* demote/ : /[1-9]\d* promote/);

  // Applying needs the confirmation.
  await a.getByRole('button', { name: 'Apply review' }).click();
  await expect(a.getByLabel(/I have checked the preview/)).toHaveAttribute('aria-invalid', 'true');
  await a.getByLabel(/I have checked the preview/).check();
  await a.getByRole('button', { name: 'Apply review' }).click();
  await expect(a).toHaveURL(/\/console\/reviews\?applied=/);
  await expect(a.getByText(/Review applied: \d+ promoted, \d+ demoted/)).toBeVisible();
  await expect(a.getByTestId('applied-changes-table').locator(`li[data-partner="${NORTHWIND}"]`)).toContainText(ruleTier);
  await expect(a.locator('#past .rev-history-item').first()).toContainText('by Avery Admin');

  // The review placed Northwind by the rule again, ended the override, and told the partner.
  await p.reload();
  await expect(p.locator('#tier .tier-badge')).toHaveText(ruleTier);
  await expect(p.getByTestId('notifications')).toContainText(`from ${target} to ${ruleTier}`);
  await a.goto('/console/partners');
  await expect(a.getByRole('row').filter({ hasText: NORTHWIND }).getByText('Override')).toHaveCount(0);

  await admin.context.close();
  await partner.context.close();
});

test('tier review and override forms work without JavaScript; a manager previews but cannot apply', async ({ browser }) => {
  const manager = await signedIn(browser, DEMO.manager, { client: 153, javaScriptEnabled: false });
  await manager.page.goto('/console/reviews');
  await manager.page.getByRole('link', { name: /Show all \d+ partners/ }).click();
  await expect(manager.page.getByTestId('review-preview')).toBeVisible();
  await expect(manager.page.getByRole('button', { name: 'Apply review' })).toHaveCount(0);
  await manager.context.close();

  const admin = await signedIn(browser, DEMO.admin, { client: 154, javaScriptEnabled: false });
  const a = admin.page;
  await a.goto('/console/reviews');
  await a.getByRole('button', { name: 'Apply review' }).click();
  await expect(a.getByText('Tick the box to confirm')).toBeVisible();

  await a.goto('/console/partners');
  await a.getByRole('link', { name: NORTHWIND }).click();
  const override = a.locator('#override');
  await override.getByLabel('Pin until (optional)').fill('2001-01-01');
  await override.getByLabel('Reason').fill('Typed and kept');
  await override.getByRole('button', { name: 'Set tier' }).click();
  await expect(override.getByLabel('Pin until (optional)')).toHaveAttribute('aria-invalid', 'true');
  await expect(override.getByText('The pin must end in the future.')).toBeVisible();
  await expect(override.getByLabel('Reason')).toHaveValue('Typed and kept');
  await expect(a.getByRole('link', { name: 'Enablement' })).toHaveAttribute('href', /\/console\/partners\/[^/]+\/enablement$/);
  await expect(a.getByRole('link', { name: 'MDF', exact: true }).last()).toHaveAttribute('href', /\/console\/mdf\?partnerId=/);
  await admin.context.close();
});

test('the scoreboard shows numbers and charts for a period and exports CSV', async ({ browser }) => {
  const manager = await signedIn(browser, DEMO.manager, { client: 156, javaScriptEnabled: false });
  const m = manager.page;
  await m.goto('/console/scoreboard');
  await expect(m.getByRole('heading', { level: 1, name: 'Scoreboard' })).toBeVisible();
  await expect(m.getByTestId('scoreboard-stats')).toContainText('Sourced pipeline');
  // The share is of the partner pipeline (sourced + influenced), named so; no share of a total pipeline the portal does not know.
  const share = m.getByTestId('scoreboard-stats').locator('.sb-stat', { hasText: 'Sourced share of partner pipeline' });
  await expect(share.locator('.sb-stat-value')).toHaveText(/^(\d{1,3}%|—)$/);
  await expect(share).toContainText('not a share of your total pipeline');
  await expect(m.getByTestId('scoreboard-stats')).not.toContainText('Partner-sourced share');
  // Charts are server-rendered SVG with accessible titles.
  const chart = m.getByTestId('tiers-chart-pipeline').getByRole('img', { name: 'Pipeline per track' });
  await expect(chart).toBeVisible();
  expect(await m.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(4);

  // A bad period is reported; a good one is kept in the form and the CSV link.
  await m.getByLabel('From').fill('2026-06-30');
  await m.getByLabel('To (inclusive)').fill('2026-01-01');
  await m.getByRole('button', { name: 'Show' }).click();
  await expect(m.getByText('The end must be on or after the start.')).toBeVisible();
  await m.getByLabel('From').fill('2025-01-01');
  await m.getByLabel('To (inclusive)').fill('2029-12-31');
  await m.getByRole('button', { name: 'Show' }).click();
  await expect(m).toHaveURL(/from=2025-01-01&to=2029-12-31/);
  await expect(m.getByLabel('From')).toHaveValue('2025-01-01');
  const href = await m.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
  expect(href).toBe('/console/scoreboard.csv?from=2025-01-01&to=2029-12-31');

  const csv = await m.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split(/\r\n/);
  expect(lines[0]).toBe('from,to,track,partners,registered_deals,approved_deals,registered_to_approved_pct,sourced_pipeline,influenced_pipeline,sourced_revenue_won,currency');
  expect(lines.at(-1)).toMatch(/^2025-01-01,2029-12-31,All tracks,/);
  await manager.context.close();
});

for (const viewport of ['desktop', 'mobile'] as const) {
  for (const js of [true, false]) {
    const suffix = `${viewport}-${js ? 'js' : 'nojs'}`;
    test(`screenshots of the tier pages ${suffix}`, async ({ browser }) => {
      test.setTimeout(60_000);
      const client = 170 + (viewport === 'mobile' ? 2 : 0) + (js ? 0 : 1);
      const partner = await signedIn(browser, DEMO.partner, { client, javaScriptEnabled: js, viewport: VIEWPORTS[viewport] });
      await shoot(partner.page, `tiers-partner-home-${suffix}`);
      await partner.page.goto('/portal/tiers');
      await shoot(partner.page, `tiers-rulebook-${suffix}`);
      await partner.context.close();

      const admin = await signedIn(browser, DEMO.admin, { client: client + 10, javaScriptEnabled: js, viewport: VIEWPORTS[viewport] });
      const a = admin.page;
      await a.goto('/console/partners');
      await shoot(a, `tiers-console-partners-${suffix}`);
      await a.getByRole('link', { name: NORTHWIND }).click();
      await expect(a.getByRole('heading', { level: 1 })).toHaveText(NORTHWIND);
      await shoot(a, `tiers-partner-detail-${suffix}`);
      await a.locator('#override').getByRole('button', { name: 'Set tier' }).click();
      await expect(a.locator('#override').getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');
      await shoot(a, `tiers-partner-override-errors-${suffix}`);
      await a.goto('/console/reviews');
      await shoot(a, `tiers-reviews-${suffix}`);
      await a.goto('/console/scoreboard');
      await shoot(a, `tiers-scoreboard-${suffix}`);
      await a.goto('/console/program');
      await shoot(a, `tiers-program-${suffix}`);
      if (js) {
        const editor = a.getByLabel('Program document (YAML or JSON)');
        const original = await editor.inputValue();
        await editor.fill(original.replace(/metric: DEALS_WON/, 'metric: REGISTERED_DEALS'));
        await expect(a.locator('#lint').getByTestId('lint-findings').locator('[data-rule="REWARDS_ACTIVITY"]')).toBeVisible();
        await a.locator('#editor').scrollIntoViewIfNeeded();
        await a.screenshot({ path: fileURLToPath(new URL(`../screenshots/tiers-program-live-lint-${suffix}-viewport.png`, import.meta.url)) });
        await editor.fill(original);
      }
      await a.goto('/console/program/history');
      await shoot(a, `tiers-program-history-${suffix}`);
      await admin.context.close();
    });
  }
}
