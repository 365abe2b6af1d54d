import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { asClient, signIn } from './helpers';

/** A 1×1 PNG: a valid proof-of-performance file (the API checks the bytes, not the name). */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A small valid PDF. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** A signed-in page in its own browser context (its own client address, JavaScript on or off). */
export async function signedIn(
  browser: Browser,
  email: string,
  { client, javaScriptEnabled = true, viewport }: { client: number; javaScriptEnabled?: boolean; viewport?: { width: number; height: number } },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: asClient(client), ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** "$1,234.50" → 123450 (minor units), for comparing balances. */
export function cents(text: string | null): number {
  const m = /(-?)[^\d-]*([\d,]+)(?:\.(\d{1,2}))?/.exec(text ?? '');
  if (!m) throw new Error(`No amount in "${text}"`);
  const whole = Number(m[2].replace(/,/g, ''));
  const fraction = Number((m[3] ?? '0').padEnd(2, '0'));
  return (m[1] ? -1 : 1) * (whole * 100 + fraction);
}

/** Desktop and a 390px phone, as in screenshots.spec. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 860 },
  mobile: { width: 390, height: 844 },
} as const;

const SHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** A full-page screenshot into test/screenshots/ (for people to look at); fails if the page scrolls sideways. */
export async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForLoadState('load');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}
