import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { clientsByRole, makeWorld } from '../../test/world.js';
import { DirectAccount } from './direct-account.entity.js';

const IMPORT = `mutation($csv: String!, $dryRun: Boolean) { importDirectAccounts(csv: $csv, dryRun: $dryRun) {
  dryRun created updated accounts { domain name owner } errors { line message } } }`;
const LIST = `query($first: Int, $after: String) { directAccounts(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { domain name owner } } } }`;

let t: TestApi;
let as: Awaited<ReturnType<typeof clientsByRole>>;

beforeAll(async () => {
  t = await startTestApi();
  as = await clientsByRole(t, await makeWorld(t));
});
afterAll(() => t.close());

describe('importDirectAccounts', () => {
  it.each(['PARTNER_ADMIN', 'PARTNER_REP'] as const)('is FORBIDDEN to %s (import and list)', async (role) => {
    expect(await as[role].code(IMPORT, { csv: 'domain,name\nacme.com,Acme' })).toBe('FORBIDDEN');
    expect(await as[role].code(LIST, {})).toBe('FORBIDDEN');
  });

  it('asks anonymous callers to sign in', async () => {
    expect(await t.anon.code(IMPORT, { csv: 'domain,name\nacme.com,Acme' })).toBe('UNAUTHENTICATED');
  });

  it('previews without writing, normalising domains', async () => {
    const { importDirectAccounts } = await as.PARTNER_MANAGER.ok(IMPORT, { csv: 'Name,Domain,Owner\n"Acme, Inc.",https://www.acme.com/x,Dana\n', dryRun: true });
    expect(importDirectAccounts).toEqual({ dryRun: true, created: 1, updated: 0, accounts: [{ domain: 'acme.com', name: 'Acme, Inc.', owner: 'Dana' }], errors: [] });
    expect(await t.em().count(DirectAccount, {})).toBe(0);
  });

  it('reports every bad line and imports nothing from a file with errors', async () => {
    const csv = ['domain,name', 'acme.com,Acme', 'not a domain,Nope', 'globex.com,', 'acme.com,Acme again'].join('\n');
    const { importDirectAccounts } = await as.VENDOR_ADMIN.ok(IMPORT, { csv });
    expect(importDirectAccounts.dryRun).toBe(true);
    expect(importDirectAccounts.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5]);
    expect(await t.em().count(DirectAccount, {})).toBe(0);
    expect((await as.VENDOR_ADMIN.ok(IMPORT, { csv: 'customer\nacme.com' })).importDirectAccounts.errors).toEqual([
      { line: 1, message: expect.stringContaining('"domain" and "name"') },
    ]);
  });

  it('imports, then updates on a second import, audited; the list pages by domain', async () => {
    const first = (await as.VENDOR_ADMIN.ok(IMPORT, { csv: 'domain,name,owner\nacme.com,Acme,Dana\nglobex.com,Globex,\ninitech.com,Initech,Bill' })).importDirectAccounts;
    expect(first).toMatchObject({ dryRun: false, created: 3, updated: 0, errors: [] });
    const second = (await as.PARTNER_MANAGER.ok(IMPORT, { csv: 'domain,name,owner\nacme.com,Acme Corp,Dana\numbrella.com,Umbrella,' })).importDirectAccounts;
    expect(second).toMatchObject({ created: 1, updated: 1 });
    expect(await t.em().count(AuditEntry, { action: 'direct_accounts.imported' })).toBe(2);
    const page1 = (await as.PARTNER_MANAGER.ok(LIST, { first: 2 })).directAccounts;
    expect(page1.totalCount).toBe(4);
    expect(page1.edges.map((e: { node: { domain: string } }) => e.node.domain)).toEqual(['acme.com', 'globex.com']);
    const page2 = (await as.PARTNER_MANAGER.ok(LIST, { first: 2, after: page1.pageInfo.endCursor })).directAccounts;
    expect(page2.edges.map((e: { node: { domain: string } }) => e.node.domain)).toEqual(['initech.com', 'umbrella.com']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(page1.edges[0].node).toEqual({ domain: 'acme.com', name: 'Acme Corp', owner: 'Dana' });
  });

  it('refuses a file over 2 MB as bad input', async () => {
    const big = `domain,name\n${'x'.repeat(2 * 1024 * 1024)}`;
    const res = await as.VENDOR_ADMIN.gql(IMPORT, { csv: big });
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toEqual([{ path: 'csv', message: 'The file is larger than 2 MB.' }]);
  });
});
