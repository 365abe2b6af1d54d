import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { asClient, DEMO, signIn, unique } from './helpers';

/**
 * Screenshots of the key pages (test/screenshots/, not committed), desktop and
 * a 390px phone, JavaScript on and off, for people to look at. The test also
 * checks that no page scrolls sideways on a phone.
 */
const dir = fileURLToPath(new URL('../screenshots/', import.meta.url));
mkdirSync(dir, { recursive: true });

const VIEWPORTS = {
  desktop: { width: 1280, height: 860 },
  mobile: { width: 390, height: 844 },
} as const;

let clients = 0;

async function newSignedInPage(browser: Browser, email: string | null, viewport: keyof typeof VIEWPORTS, javaScriptEnabled: boolean) {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    javaScriptEnabled,
    deviceScaleFactor: 1,
    extraHTTPHeaders: asClient(20 + clients++),
  });
  const page = await context.newPage();
  if (email) {
    await signIn(page, email);
  }
  return { context, page };
}

async function shoot(page: Page, name: string) {
  // What the user sees first (scroll position as the browser left it) ...
  await page.screenshot({ path: `${dir}${name}-viewport.png` });
  // ... and the whole page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${dir}${name}.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const viewport of ['desktop', 'mobile'] as const) {
  for (const js of [true, false]) {
    const suffix = `${viewport}-${js ? 'js' : 'nojs'}`;

    test(`screenshots ${suffix}`, async ({ browser }) => {
      test.setTimeout(60_000);
      {
        const { context, page } = await newSignedInPage(browser, null, viewport, js);
        await page.goto('/login');
        await shoot(page, `login-${suffix}`);
        await page.getByLabel('Email').fill('nobody@tierwise.test');
        await page.getByLabel('Password').fill('wrong-password');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect(page.getByRole('alert')).toBeVisible();
        await shoot(page, `login-error-${suffix}`);
        await page.goto('/no-such-page');
        await shoot(page, `404-${suffix}`);
        await page.goto('/invite/not-a-real-token');
        await shoot(page, `invite-invalid-${suffix}`);
        await context.close();
      }
      {
        const { context, page } = await newSignedInPage(browser, DEMO.partner, viewport, js);
        await shoot(page, `partner-home-${suffix}`);
        await page.goto('/portal/team');
        await page.getByLabel('Email').fill(`rep-${unique()}@example.test`);
        await page.getByRole('button', { name: 'Create invitation' }).click();
        await expect(page.getByTestId('invite-link')).toBeVisible();
        await shoot(page, `partner-team-invited-${suffix}`);
        const link = await page.getByTestId('invite-link').inputValue();
        await page.goto('/console/partners');
        await shoot(page, `403-${suffix}`);
        await context.close();

        const visitor = await newSignedInPage(browser, null, viewport, js);
        await visitor.page.goto(link);
        await visitor.page.getByRole('button', { name: 'Accept invitation' }).click();
        await expect(visitor.page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
        await shoot(visitor.page, `invite-accept-errors-${suffix}`);
        await visitor.context.close();
      }
      {
        const { context, page } = await newSignedInPage(browser, DEMO.admin, viewport, js);
        await shoot(page, `console-partners-${suffix}`);
        await page.locator('table .row-link').first().click();
        await expect(page.locator('#overview')).toBeVisible();
        await shoot(page, `console-partner-detail-${suffix}`);
        await page.goto('/console/partners/new');
        await page.getByRole('button', { name: 'Create partner' }).click();
        await expect(page.getByLabel('Company name')).toHaveAttribute('aria-invalid', 'true');
        await shoot(page, `console-partner-new-errors-${suffix}`);
        await page.goto('/console/program');
        await shoot(page, `console-program-${suffix}`);
        await page.getByLabel('Program document (YAML or JSON)').fill('name: ""\ncurrency: dollars\ntracks: []\n');
        await page.getByRole('button', { name: 'Save draft' }).click();
        await expect(page.locator('#program-errors')).toBeVisible();
        await shoot(page, `console-program-errors-${suffix}`);
        await page.goto('/console/invite');
        await shoot(page, `console-invite-${suffix}`);
        await page.goto('/console/audit');
        await page.locator('details summary').first().click();
        await shoot(page, `console-audit-${suffix}`);
        await context.close();
      }
    });
  }
}
