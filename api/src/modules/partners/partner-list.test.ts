import { describe, expect, it, beforeAll } from 'vitest';
import { clientOf, refusedTo } from '../../test/world.js';
import type { Client } from '../../test/harness.js';
import { makePartner } from '../../seed/factories.js';
import { Partner } from './partner.entity.js';
import { LIST, t, clients, firstError, fieldPaths, partnerCount, cursorOf, usePartnerApi } from './partner.fixture.js';

/** The partner list: keyset pages by name. */
usePartnerApi();

describe('partners (list)', () => {
  beforeAll(async () => {
    const em = t.em();
    for (let i = 1; i <= 25; i++) await makePartner(em, { name: `Page Partner ${String(i).padStart(2, '0')}`, trackKey: 'referral', tierKey: 'member' });
    // Equal names: the cursor must still tell them apart.
    for (let i = 0; i < 3; i++) await makePartner(em, { name: 'Twin Partner', trackKey: 'agency', tierKey: 'select' });
    await makePartner(em, { name: 'Offboarded Partner', trackKey: 'agency', tierKey: 'select', status: 'OFFBOARDED' });
  });

  async function pageThrough(client: Client, first: number) {
    const seen: { id: string; name: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    let totalCount = -1;
    for (;;) {
      const { partners }: { partners: any } = await client.ok(LIST, { first, after });
      pages++;
      totalCount = partners.totalCount;
      expect(partners.edges.length).toBeLessThanOrEqual(first);
      seen.push(...partners.edges.map((e: any) => e.node));
      if (partners.edges.length) expect(partners.pageInfo.endCursor).toBe(partners.edges.at(-1).cursor);
      if (!partners.pageInfo.hasNextPage) break;
      expect(partners.edges).toHaveLength(first);
      after = partners.pageInfo.endCursor;
      expect(pages).toBeLessThan(100);
    }
    return { seen, pages, totalCount };
  }

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s pages through every partner exactly once, sorted by name', async (role) => {
    const total = await partnerCount();
    expect(total).toBeGreaterThanOrEqual(31);
    const { seen, pages, totalCount } = await pageThrough(clients[role], 10);
    expect(totalCount).toBe(total);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((p) => p.id)).size).toBe(total);
    const all = await t.em().find(Partner, {});
    expect(new Set(seen.map((p) => p.id))).toEqual(new Set(all.map((p) => p.id)));
    expect(pages).toBe(Math.ceil(total / 10));
    const names = seen.map((p) => p.name);
    for (let i = 1; i < names.length; i++) expect(names[i - 1] <= names[i], `${names[i - 1]} before ${names[i]}`).toBe(true);
    expect(names.filter((n) => n === 'Twin Partner')).toHaveLength(3);
    expect(names).toContain('Offboarded Partner');
  });

  it('pages of one cover the three partners of equal name', async () => {
    const { seen, totalCount } = await pageThrough(clients.VENDOR_ADMIN, 1);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen.map((p) => p.id)).size).toBe(totalCount);
  });

  it('one page of 100 holds them all; the default page is 20', async () => {
    const total = await partnerCount();
    const all = (await clients.VENDOR_ADMIN.ok(LIST, { first: 100 })).partners;
    expect(all.edges).toHaveLength(total);
    expect(all.pageInfo.hasNextPage).toBe(false);
    const byDefault = (await clients.VENDOR_ADMIN.ok(`{ partners { edges { node { id } } pageInfo { hasNextPage } } }`)).partners;
    expect(byDefault.edges).toHaveLength(20);
    expect(byDefault.pageInfo.hasNextPage).toBe(true);
    expect(byDefault.edges.map((e: any) => e.node.id)).toEqual(all.edges.slice(0, 20).map((e: any) => e.node.id));
  });

  it('after the last cursor there is an empty page', async () => {
    const total = await partnerCount();
    const all = (await clients.VENDOR_ADMIN.ok(LIST, { first: 100 })).partners;
    const rest = (await clients.VENDOR_ADMIN.ok(LIST, { first: 10, after: all.pageInfo.endCursor })).partners;
    expect(rest.edges).toEqual([]);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(rest.totalCount).toBe(total);
  });

  it.each([0, -1, 101, 1000])('first: %s is BAD_USER_INPUT on first', async (first) => {
    const res = await clients.VENDOR_ADMIN.gql(LIST, { first });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['first']);
  });

  it.each([
    ['garbage', 'garbage'],
    ['not base64', '!!!%%%'],
    ['an object', cursorOf({ name: 'x' })],
    ['one value', cursorOf(['Alpha'])],
    ['three values', cursorOf(['Alpha', 'x', 'y'])],
    ['a nested value', cursorOf([['Alpha'], 'x'])],
  ])('a cursor that is %s is BAD_USER_INPUT on after', async (_label, after) => {
    const res = await clients.VENDOR_ADMIN.gql(LIST, { first: 10, after });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['after']);
  });

  it('a well-formed cursor of the wrong types is refused as BAD_USER_INPUT, never an internal error', async () => {
    const res = await clients.VENDOR_ADMIN.gql(LIST, { first: 10, after: cursorOf([1, 2]) });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
  });

  it.each(refusedTo('PARTNER_ADMIN', 'PARTNER_REP'))('%s may not list partners: %s', async (who, code) => {
    const client = clientOf(t, clients, who);
    expect(await client.code(LIST, { first: 10 })).toBe(code);
  });
});
