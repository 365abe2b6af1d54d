import { expect, test, type Page } from '@playwright/test';
import { asClient, DEMO, signIn } from './helpers';

/**
 * Web hygiene: cross-site posts are refused (logout included), and every page
 * carries a Content-Security-Policy that the app itself never trips over.
 */

const EVIL = 'http://evil.test';

/** A page on another site whose form posts to `action` (Chromium sends Origin: http://evil.test). */
async function crossSiteForm(page: Page, action: string) {
  await page.route(`${EVIL}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Win a prize</title><form method="post" action="${action}"><input type="hidden" name="intent" value="x"><button>Claim your prize</button></form>`,
    }),
  );
  await page.goto(`${EVIL}/prize`);
}

for (const js of [true, false]) {
  test.describe(`JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js, extraHTTPHeaders: asClient(js ? 230 : 231) });

    test('a cross-site POST to /logout is refused and the user stays signed in', async ({ page, baseURL }) => {
      await signIn(page, DEMO.partner);
      await crossSiteForm(page, `${baseURL}/logout`);
      const [response] = await Promise.all([page.waitForResponse(`${baseURL}/logout`), page.getByRole('button', { name: 'Claim your prize' }).click()]);
      expect(response.status()).toBe(403);
      await expect(page.getByRole('heading', { name: 'Request refused' })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('sent from another site');
      // Still signed in.
      await page.goto('/portal');
      await expect(page).toHaveURL(/\/portal$/);
    });

    test('GET /logout does not sign out; the Sign out button (a same-site POST) does', async ({ page }) => {
      await signIn(page, DEMO.partner);
      await page.goto('/logout');
      await page.goto('/portal');
      await expect(page).toHaveURL(/\/portal$/);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/login$/);
      await page.goto('/portal');
      await expect(page).toHaveURL(/\/login\?redirectTo=%2Fportal$/);
    });
  });
}

test.describe('Origin check on every action', () => {
  test.use({ extraHTTPHeaders: asClient(232) });

  test('a cross-site form post to another action is refused before it runs', async ({ page, baseURL }) => {
    await signIn(page, DEMO.partner);
    await crossSiteForm(page, `${baseURL}/portal/deals/new`);
    const [response] = await Promise.all([
      page.waitForResponse(`${baseURL}/portal/deals/new`),
      page.getByRole('button', { name: 'Claim your prize' }).click(),
    ]);
    expect(response.status()).toBe(403);
  });

  test('a POST without an Origin, or with a foreign one, gets 403 with a message; with our own Origin it goes through', async ({ page, baseURL }) => {
    await signIn(page, DEMO.partner);
    const missing = await page.request.post('/logout', { form: {}, headers: { Accept: 'text/html' }, maxRedirects: 0 });
    expect(missing.status()).toBe(403);
    expect(await missing.text()).toContain('did not say which site it came from');
    const foreign = await page.request.post('/logout', { form: {}, headers: { Origin: EVIL, Accept: 'text/html' }, maxRedirects: 0 });
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).toContain('sent from another site');
    await page.goto('/portal');
    await expect(page).toHaveURL(/\/portal$/);

    const own = await page.request.post('/logout', { form: {}, headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
    expect(own.status()).toBe(302);
    expect(own.headers().location).toBe('/login');
  });
});

test.describe('Content-Security-Policy', () => {
  test.use({ extraHTTPHeaders: asClient(233) });

  test('every page carries the policy, with a new script nonce each time', async ({ page }) => {
    const first = await page.goto('/login');
    const policy = first!.headers()['content-security-policy'];
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "style-src 'self'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    const second = await page.goto('/login');
    expect(second!.headers()['content-security-policy']).not.toBe(policy);
  });

  test('pages work with JavaScript under the policy: no violations, no console errors', async ({ page }) => {
    test.setTimeout(60_000);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });

    await signIn(page, DEMO.partner);
    // Hydrated: links navigate in the page (the marker survives), not by reload.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    for (const link of ['Deals', 'Certifications', 'Earnings', 'Home']) {
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).first().click();
      await expect(page.locator('h1')).toBeVisible();
    }
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    for (const path of ['/portal/deals/new', '/portal/mdf', '/portal/tiers', '/portal/team']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
    }
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);

    await signIn(page, DEMO.admin);
    for (const path of ['/console/program', '/console/program/tracks/technology', '/console/scoreboard', '/console/deals', '/console/reviews']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
    }
    expect(problems).toEqual([]);
  });
});
