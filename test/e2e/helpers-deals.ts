import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Browser, type Page } from '@playwright/test';
import { asClient, DEMO_PASSWORD, signIn } from './helpers';

/** Helpers of the deal registration and enablement specs. */

export const API_URL = `http://127.0.0.1:${process.env.E2E_API_PORT ?? '4100'}`;

export const VIEWPORTS = {
  desktop: { width: 1280, height: 860 },
  mobile: { width: 390, height: 844 },
} as const;

/** A new browser context (own client address, JavaScript on or off) signed in as `email`. */
export async function signedInPage(
  browser: Browser,
  email: string | null,
  { client, js = true, viewport = 'desktop' }: { client: number; js?: boolean; viewport?: keyof typeof VIEWPORTS },
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    javaScriptEnabled: js,
    deviceScaleFactor: 1,
    extraHTTPHeaders: asClient(client),
  });
  const page = await context.newPage();
  if (email) await signIn(page, email);
  return { page, close: () => context.close() };
}

/** A GraphQL call straight to the API (set-up only; the pages are what the specs test). */
export async function api<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  { token, client }: { token?: string; client: number },
): Promise<T> {
  const response = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...asClient(client),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`API: ${body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`);
  return body.data as T;
}

export async function apiLogin(email: string, client: number, password = DEMO_PASSWORD): Promise<string> {
  const data = await api<{ login: { token: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
    { client },
  );
  return data.login.token;
}

/** yyyy-mm-dd, `days` from today (UTC). */
export function dateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The date as the web shows it ("12 Mar 2027", UTC). */
export function shownDate(date: Date | number): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Registers a deal through the API as a partner user; returns its id. */
export async function registerDealViaApi(
  token: string,
  client: number,
  input: { customerName: string; customerDomain: string; amount: number; attribution?: string; days?: number },
): Promise<string> {
  const data = await api<{ registerDeal: { id: string } }>(
    'mutation ($input: RegisterDealInput!) { registerDeal(input: $input) { id } }',
    {
      input: {
        customerName: input.customerName,
        customerDomain: input.customerDomain,
        amount: input.amount,
        attribution: input.attribution ?? 'SOURCED',
        expectedCloseDate: `${dateInDays(input.days ?? 60)}T00:00:00.000Z`,
      },
    },
    { token, client },
  );
  return data.registerDeal.id;
}

const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));
mkdirSync(screenshotDir, { recursive: true });

/** Viewport and full-page screenshots into test/screenshots/; fails when the page scrolls sideways. */
export async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${screenshotDir}${name}-viewport.png` });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** A customer domain nobody has registered: a-z and digits, under .com. */
export function freshDomain(prefix: string, id: string): string {
  return `${prefix}-${id}.com`.toLowerCase().replace(/[^a-z0-9.-]/g, '');
}
