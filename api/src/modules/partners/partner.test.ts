import { describe, expect, it } from 'vitest';
import { clientOf, refusedTo } from '../../test/world.js';
import { makeUser } from '../../seed/factories.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { User } from '../users/user.entity.js';
import { Partner } from './partner.entity.js';
import { CREATE, PARTNER, MY_PARTNER, UNKNOWN_ID, ROLES, t, w, clients, firstError, fieldPaths, partnerCount, usePartnerApi } from './partner.fixture.js';

/** Creating partners and reading one: createPartner, partner(id), myPartner. */
usePartnerApi();

describe('createPartner', () => {
  it.each([
    ['VENDOR_ADMIN', 'technology', 'registered'],
    ['PARTNER_MANAGER', 'agency', 'select'],
    ['VENDOR_ADMIN', 'referral', 'member'],
  ] as const)('%s creates a %s partner: ONBOARDING, at the entry tier %s, audited', async (role, trackKey, entryTier) => {
    const name = `New ${trackKey} partner`;
    const { createPartner } = await clients[role].ok(CREATE, { input: { name: `  ${name} `, trackKey, domain: 'new-partner.example' } });
    expect(createPartner).toMatchObject({
      name,
      domain: 'new-partner.example',
      status: 'ONBOARDING',
      track: { key: trackKey },
      tier: { key: entryTier, rank: 0 },
      manager: null,
    });
    const row = await t.em().findOneOrFail(Partner, { id: createPartner.id });
    expect(row).toMatchObject({ name, status: 'ONBOARDING', trackKey, tierKey: entryTier });

    const entries = await t.em().find(AuditEntry, { action: 'partner.created', entityId: createPartner.id });
    expect(entries).toHaveLength(1);
    const actor = role === 'VENDOR_ADMIN' ? w.vendorAdmin : w.partnerManager;
    expect(entries[0]).toMatchObject({ actorId: actor.id, entityType: 'Partner' });
    expect(JSON.parse(entries[0].after!)).toMatchObject({ name, trackKey, tierKey: entryTier, programVersion: 1 });
  });

  it('assigns a vendor staff member as manager', async () => {
    const { createPartner } = await clients.VENDOR_ADMIN.ok(CREATE, {
      input: { name: 'Managed Partner', trackKey: 'agency', managerId: w.partnerManager.id },
    });
    expect(createPartner.manager).toEqual({ id: w.partnerManager.id, email: 'manager@vendor.test' });
    expect((await t.em().findOneOrFail(Partner, { id: createPartner.id })).manager?.id).toBe(w.partnerManager.id);
  });

  it.each([
    ['https://www.Example.com/path', 'example.com'],
    ['http://shop.Example.co.uk/?q=1#top', 'shop.example.co.uk'],
    ['  EXAMPLE.org. ', 'example.org'],
    ['www.example.net', 'example.net'],
    ['', null],
    ['   ', null],
  ])('normalises the domain %j to %j', async (domain, expected) => {
    const { createPartner } = await clients.VENDOR_ADMIN.ok(CREATE, { input: { name: 'Domain Partner', trackKey: 'referral', domain } });
    expect(createPartner.domain).toBe(expected);
    expect((await t.em().findOneOrFail(Partner, { id: createPartner.id })).domain ?? null).toBe(expected);
  });

  it.each(refusedTo('PARTNER_ADMIN', 'PARTNER_REP'))('%s may not create a partner: %s', async (who, code) => {
    const before = await partnerCount();
    const client = clientOf(t, clients, who);
    expect(await client.code(CREATE, { input: { name: 'Sneaky Partner', trackKey: 'agency' } })).toBe(code);
    expect(await partnerCount()).toBe(before);
  });

  const invalid: [string, string, Record<string, unknown>][] = [
    ['an unknown track', 'input.trackKey', { trackKey: 'reseller' }],
    ['an empty track key', 'input.trackKey', { trackKey: '' }],
    ['a domain with a space', 'input.domain', { domain: 'exa mple.com' }],
    ['a domain without a dot', 'input.domain', { domain: 'localhost' }],
    ['a domain with a bad label', 'input.domain', { domain: '-bad-.com' }],
    ['an email as domain', 'input.domain', { domain: 'someone@example.com' }],
    ['a partner user as manager', 'input.managerId', { managerId: 'PARTNER_ADMIN_OF_A' }],
    ['an unknown manager', 'input.managerId', { managerId: UNKNOWN_ID }],
    ['a blank name', 'input.name', { name: '   ' }],
    ['a 121-character name', 'input.name', { name: 'N'.repeat(121) }],
  ];
  it.each(invalid)('refuses %s (BAD_USER_INPUT on %s) and creates nothing', async (_label, path, change) => {
    const input: Record<string, unknown> = { name: 'Invalid Partner', trackKey: 'agency', ...change };
    if (input.managerId === 'PARTNER_ADMIN_OF_A') input.managerId = w.partnerAdminOfA.id;
    const before = await partnerCount();
    const res = await clients.VENDOR_ADMIN.gql(CREATE, { input });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual([path]);
    expect(await partnerCount()).toBe(before);
  });

  it('refuses a disabled staff member as manager (BAD_USER_INPUT on input.managerId)', async () => {
    const former = await makeUser(t.em(), { role: 'PARTNER_MANAGER', email: 'former@vendor.test' });
    await t.em().nativeUpdate(User, { id: former.id }, { disabledAt: new Date() });
    const res = await clients.VENDOR_ADMIN.gql(CREATE, { input: { name: 'Orphan Partner', trackKey: 'agency', managerId: former.id } });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['input.managerId']);
  });
});

describe('partner(id)', () => {
  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s sees any partner', async (role) => {
    for (const p of [w.partnerA, w.partnerB]) {
      const { partner } = await clients[role].ok(PARTNER, { id: p.id });
      expect(partner).toMatchObject({ id: p.id, name: p.name, status: 'ONBOARDING' });
    }
    expect((await clients[role].ok(PARTNER, { id: w.partnerB.id })).partner).toMatchObject({ track: { key: 'agency' }, tier: { key: 'select', rank: 0 } });
  });

  it.each(['PARTNER_ADMIN', 'PARTNER_REP'] as const)('%s of A sees A, and gets NOT_FOUND (not FORBIDDEN) for B', async (role) => {
    const { partner } = await clients[role].ok(PARTNER, { id: w.partnerA.id });
    expect(partner).toMatchObject({ id: w.partnerA.id, name: 'Alpha Integrations', track: { key: 'technology' }, tier: { key: 'registered' } });
    const res = await clients[role].gql(PARTNER, { id: w.partnerB.id });
    expect(firstError(res).extensions.code).toBe('NOT_FOUND');
    expect(res.data?.partner ?? null).toBeNull();
  });

  it('B sees only B', async () => {
    const adminOfB = await t.as(w.partnerAdminOfB);
    expect((await adminOfB.ok(PARTNER, { id: w.partnerB.id })).partner.id).toBe(w.partnerB.id);
    expect(await adminOfB.code(PARTNER, { id: w.partnerA.id })).toBe('NOT_FOUND');
  });

  it.each(ROLES)('an unknown id is NOT_FOUND for %s, answered like another partner\'s', async (role) => {
    const unknown = await clients[role].gql(PARTNER, { id: UNKNOWN_ID });
    expect(firstError(unknown).extensions.code).toBe('NOT_FOUND');
    if (role === 'PARTNER_ADMIN' || role === 'PARTNER_REP') {
      const other = await clients[role].gql(PARTNER, { id: w.partnerB.id });
      expect(firstError(other).message).toBe(firstError(unknown).message);
    }
  });

  it('asks for a session (UNAUTHENTICATED)', async () => {
    expect(await t.anon.code(PARTNER, { id: w.partnerA.id })).toBe('UNAUTHENTICATED');
  });
});

describe('myPartner', () => {
  it('partner users get their own partner', async () => {
    expect((await clients.PARTNER_ADMIN.ok(MY_PARTNER)).myPartner).toMatchObject({ id: w.partnerA.id, track: { key: 'technology' } });
    expect((await clients.PARTNER_REP.ok(MY_PARTNER)).myPartner.id).toBe(w.partnerA.id);
    expect((await (await t.as(w.repOfB)).ok(MY_PARTNER)).myPartner.id).toBe(w.partnerB.id);
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s gets null', async (role) => {
    expect((await clients[role].ok(MY_PARTNER)).myPartner).toBeNull();
  });

  it('anonymous: UNAUTHENTICATED', async () => {
    expect(await t.anon.code(MY_PARTNER)).toBe('UNAUTHENTICATED');
  });
});
