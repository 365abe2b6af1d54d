import { expect, test, type Page } from '@playwright/test';
import { asClient, DEMO, signIn } from './helpers';

/**
 * No programmer's words in the interface: no raw enum names (CERTIFIED_REPS,
 * RESALE_MARGIN_BPS) and no basis points, on any page people read. Code the
 * user edits on purpose (the program as YAML, the audit log's raw JSON) is
 * left out: textareas, <pre> and <code>.
 */
test.use({ javaScriptEnabled: false, extraHTTPHeaders: asClient(242) });

const ENUM = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;
const BPS = /\b(?:bps|basis points?)\b/gi;

async function jargonOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  if (process.env.JARGON_DEBUG) console.log('visited', path);
  const text = await page.evaluate(() => {
    const root = document.querySelector('main') ?? document.body;
    const clone = root.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('textarea, pre, code, script, style, [data-raw]')) el.remove();
    // innerText needs layout: measure the clone in the page, then drop it.
    clone.style.position = 'absolute';
    clone.style.left = '-99999px';
    document.body.appendChild(clone);
    const options = [...clone.querySelectorAll('option')].map((o) => o.textContent ?? '');
    const visible = clone.innerText;
    clone.remove();
    return `${visible}\n${options.join('\n')}`;
  });
  return [...new Set([...(text.match(ENUM) ?? []), ...(text.match(BPS) ?? [])])].map((w) => `${path}: ${w}`);
}

async function firstLink(page: Page, path: string, selector: string): Promise<string | null> {
  await page.goto(path);
  return page.locator(selector).evaluateAll((links) => links[0]?.getAttribute('href') ?? null);
}

test('partner pages speak plainly', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO.partner);
  const found: string[] = [];
  const deal = await firstLink(page, '/portal/deals', 'main a[href^="/portal/deals/"]:not([href$="/new"])');
  const mdf = await firstLink(page, '/portal/mdf', 'main a[href^="/portal/mdf/"]:not([href$="/claim"])');
  for (const path of ['/portal', '/portal/deals', '/portal/deals/new', '/portal/earnings', '/portal/mdf', '/portal/tiers', '/portal/team', '/portal/certifications', '/portal/profile', deal, mdf]) {
    if (path) found.push(...(await jargonOn(page, path)));
  }
  expect(found).toEqual([]);
});

test('console pages speak plainly', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.admin);
  const found: string[] = [];
  const partner = await firstLink(page, '/console/partners', 'main a[href^="/console/partners/"]:not([href$="/new"])');
  const deal = await firstLink(page, '/console/deals?status=APPROVED&status=WON', 'main a[href^="/console/deals/"]');
  const mdf = await firstLink(page, '/console/mdf', 'main a[href^="/console/mdf/"]:not([href$=".csv"])');
  const paths = [
    '/console/partners',
    '/console/deals',
    '/console/mdf',
    '/console/program',
    '/console/program/history',
    '/console/program/tracks/technology',
    '/console/program/tracks/agency',
    '/console/reviews',
    '/console/scoreboard',
    '/console/certifications',
    '/console/direct-accounts',
    '/console/invite',
    partner,
    partner ? `${partner}/enablement` : null,
    deal,
    mdf,
  ];
  for (const path of paths) if (path) found.push(...(await jargonOn(page, path)));
  expect(found).toEqual([]);
});
