import { expect, test, type APIRequestContext } from '@playwright/test';
import { asClient, DEMO, DEMO_PASSWORD, signIn, unique } from './helpers';

test.use({ extraHTTPHeaders: asClient(8) });

const API_URL = `http://127.0.0.1:${process.env.E2E_API_PORT ?? '4100'}`;

async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await request.post(`${API_URL}/graphql`, {
    data: { query, variables },
    headers: { ...asClient(9), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

test('the partners list pages with Next page and First page', async ({ page, request }) => {
  // Setup straight through the API: enough partners for a second page.
  const { login } = await gql<{ login: { token: string } }>(
    request,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: DEMO.admin, p: DEMO_PASSWORD },
  );
  const { program, partners } = await gql<{ program: { tracks: { key: string }[] }; partners: { totalCount: number } }>(
    request,
    '{ program { tracks { key } } partners(first: 1) { totalCount } }',
    {},
    login.token,
  );
  const batch = unique();
  for (let i = partners.totalCount; i < 23; i++) {
    await gql(
      request,
      'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
      { input: { name: `Paging ${batch} ${String(i).padStart(2, '0')}`, trackKey: program.tracks[0].key } },
      login.token,
    );
  }

  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/console\/partners$/);
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(20);
  const firstPageNames = await page.locator('tbody .row-link').allTextContents();

  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/console\/partners\?after=/);
  const secondPageNames = await page.locator('tbody .row-link').allTextContents();
  expect(secondPageNames.length).toBeGreaterThan(0);
  expect(secondPageNames.filter((n) => firstPageNames.includes(n))).toEqual([]);

  await page.getByRole('link', { name: 'First page' }).click();
  await expect(page).toHaveURL(/\/console\/partners\??$/);
  await expect(page.locator('tbody .row-link').first()).toHaveText(firstPageNames[0]);
});
