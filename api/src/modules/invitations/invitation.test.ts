import { describe, expect, it, beforeAll } from 'vitest';
import { createHash } from 'node:crypto';
import type { Client } from '../../test/harness.js';
import { clientsByRole } from '../../test/world.js';
import { makePartner } from '../../seed/factories.js';
import { Invitation } from './invitation.entity.js';
import { INVITE, DAY_MS, t, w, admin, newEmail, firstError, fieldPaths, invite, auditFor, useInvitationApi } from './invitation.fixture.js';

/** invite: by vendor admins, by partner admins, and who may call it. */
useInvitationApi();

describe('invite (vendor admin)', () => {
  it('invites a partner admin into partner A: returns the token once and stores only its SHA-256 hash', async () => {
    const email = newEmail('alpha-admin');
    const before = Date.now();
    const inv = await invite(admin, email.toUpperCase() + ' ', 'PARTNER_ADMIN', w.partnerA.id);
    expect(inv).toMatchObject({ email, role: 'PARTNER_ADMIN', partner: { id: w.partnerA.id, name: 'Alpha Integrations' } });
    expect(inv.token).toEqual(expect.any(String));
    expect(inv.token.length).toBeGreaterThanOrEqual(32);

    const expiresAt = new Date(inv.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(before + 7 * DAY_MS - 5_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 7 * DAY_MS + 5_000);

    const row = await t.em().findOneOrFail(Invitation, { id: inv.id });
    expect(row.tokenHash).toBe(createHash('sha256').update(inv.token).digest('hex'));
    expect(row.tokenHash).not.toContain(inv.token);
    expect(row.email).toBe(email);
    expect(row.role).toBe('PARTNER_ADMIN');
    expect(row.partner?.id).toBe(w.partnerA.id);
    expect(row.invitedBy.id).toBe(w.vendorAdmin.id);
    expect(row.acceptedAt ?? null).toBeNull();

    // No column of any invitation row holds the token itself.
    const raw = await t.em().getConnection().execute('select * from invitations');
    expect(raw.length).toBeGreaterThan(0);
    expect(JSON.stringify(raw)).not.toContain(inv.token);

    const [entry] = await auditFor('user.invited', inv.id);
    expect(entry).toBeDefined();
    expect(entry.actorId).toBe(w.vendorAdmin.id);
    expect(entry.entityType).toBe('Invitation');
    expect(JSON.parse(entry.after!)).toEqual({ email, role: 'PARTNER_ADMIN', partnerId: w.partnerA.id });
    expect(entry.after).not.toContain(inv.token);
  });

  it('gives every invitation its own token', async () => {
    const a = await invite(admin, newEmail(), 'PARTNER_REP', w.partnerA.id);
    const b = await invite(admin, newEmail(), 'PARTNER_REP', w.partnerA.id);
    expect(a.token).not.toBe(b.token);
    expect(a.id).not.toBe(b.id);
  });

  it.each([
    ['VENDOR_ADMIN'],
    ['PARTNER_MANAGER'],
  ])('invites vendor staff (%s) without a partner', async (role) => {
    const inv = await invite(admin, newEmail('staff'), role);
    expect(inv.role).toBe(role);
    expect(inv.partner).toBeNull();
    const row = await t.em().findOneOrFail(Invitation, { id: inv.id });
    expect(row.partner ?? null).toBeNull();
  });

  const bad: [string, { email: string; role: string; partnerId?: string | null }, string][] = [
    ['vendor staff with a partnerId', { email: 'staff-with-partner@invited.test', role: 'PARTNER_MANAGER', partnerId: 'PARTNER_A' }, 'partnerId'],
    ['a vendor admin with a partnerId', { email: 'admin-with-partner@invited.test', role: 'VENDOR_ADMIN', partnerId: 'PARTNER_A' }, 'partnerId'],
    ['a partner admin without a partnerId', { email: 'orphan-admin@invited.test', role: 'PARTNER_ADMIN' }, 'partnerId'],
    ['a partner rep without a partnerId', { email: 'orphan-rep@invited.test', role: 'PARTNER_REP' }, 'partnerId'],
    ['a malformed email', { email: 'not-an-email', role: 'PARTNER_REP', partnerId: 'PARTNER_A' }, 'email'],
    ['an email with spaces inside', { email: 'some one@invited.test', role: 'PARTNER_REP', partnerId: 'PARTNER_A' }, 'email'],
    ['an empty email', { email: '   ', role: 'PARTNER_MANAGER' }, 'email'],
    ['an email of an existing user', { email: 'rep@beta.test', role: 'PARTNER_REP', partnerId: 'PARTNER_A' }, 'email'],
    ['an existing email in other case', { email: ' Admin@Vendor.TEST', role: 'PARTNER_MANAGER' }, 'email'],
  ];
  it.each(bad)('refuses %s (BAD_USER_INPUT) and creates nothing', async (_label, vars, field) => {
    const before = await t.em().count(Invitation, {});
    const partnerId = vars.partnerId === 'PARTNER_A' ? w.partnerA.id : vars.partnerId ?? null;
    const res = await admin.gql(INVITE, { ...vars, partnerId });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual([field]);
    expect(res.data?.invite ?? null).toBeNull();
    expect(await t.em().count(Invitation, {})).toBe(before);
  });

  it('answers NOT_FOUND for a partner that does not exist', async () => {
    const res = await admin.gql(INVITE, { email: newEmail(), role: 'PARTNER_REP', partnerId: '00000000-0000-4000-8000-000000000000' });
    expect(firstError(res).extensions.code).toBe('NOT_FOUND');
  });

  it('refuses to invite into an offboarded partner (INVALID_STATE)', async () => {
    const gone = await makePartner(t.em(), { name: 'Gone Ltd', trackKey: 'referral', tierKey: 'member', status: 'OFFBOARDED' });
    const before = await t.em().count(Invitation, {});
    expect(await admin.code(INVITE, { email: newEmail(), role: 'PARTNER_ADMIN', partnerId: gone.id })).toBe('INVALID_STATE');
    expect(await t.em().count(Invitation, {})).toBe(before);
  });
});

describe('invite (partner admin)', () => {
  let adminOfA: Client;
  beforeAll(async () => {
    adminOfA = await t.as(w.partnerAdminOfA);
  });

  it('invites a rep into its own partner, with or without the partnerId', async () => {
    const explicit = await invite(adminOfA, newEmail('rep-a'), 'PARTNER_REP', w.partnerA.id);
    expect(explicit.partner.id).toBe(w.partnerA.id);
    const implicit = await invite(adminOfA, newEmail('rep-a'), 'PARTNER_REP');
    expect(implicit.partner.id).toBe(w.partnerA.id);
    const row = await t.em().findOneOrFail(Invitation, { id: implicit.id });
    expect(row.partner?.id).toBe(w.partnerA.id);
    expect(row.invitedBy.id).toBe(w.partnerAdminOfA.id);
    expect(await auditFor('user.invited', implicit.id)).toHaveLength(1);
  });

  it('may invite another partner admin of its own partner', async () => {
    const inv = await invite(adminOfA, newEmail('admin-a'), 'PARTNER_ADMIN');
    expect(inv).toMatchObject({ role: 'PARTNER_ADMIN', partner: { id: w.partnerA.id } });
  });

  it('gets NOT_FOUND (not FORBIDDEN) for partner B or an unknown partner', async () => {
    const before = await t.em().count(Invitation, {});
    expect(await adminOfA.code(INVITE, { email: newEmail(), role: 'PARTNER_REP', partnerId: w.partnerB.id })).toBe('NOT_FOUND');
    expect(await adminOfA.code(INVITE, { email: newEmail(), role: 'PARTNER_REP', partnerId: '00000000-0000-4000-8000-000000000000' })).toBe(
      'NOT_FOUND',
    );
    expect(await t.em().count(Invitation, {})).toBe(before);
  });

  it.each([['VENDOR_ADMIN'], ['PARTNER_MANAGER']])('may not invite vendor staff (%s): FORBIDDEN', async (role) => {
    const before = await t.em().count(Invitation, {});
    expect(await adminOfA.code(INVITE, { email: newEmail(), role, partnerId: null })).toBe('FORBIDDEN');
    expect(await adminOfA.code(INVITE, { email: newEmail(), role, partnerId: w.partnerA.id })).toBe('FORBIDDEN');
    expect(await t.em().count(Invitation, {})).toBe(before);
  });
});

describe('invite: who may call it', () => {
  it.each([
    ['PARTNER_REP', 'PARTNER_REP'],
    ['PARTNER_MANAGER', 'PARTNER_REP'],
    ['PARTNER_MANAGER', 'PARTNER_MANAGER'],
  ] as const)('%s inviting a %s: FORBIDDEN', async (caller, role) => {
    const clients = await clientsByRole(t, w);
    const before = await t.em().count(Invitation, {});
    expect(await clients[caller].code(INVITE, { email: newEmail(), role, partnerId: role === 'PARTNER_REP' ? w.partnerA.id : null })).toBe(
      'FORBIDDEN',
    );
    expect(await t.em().count(Invitation, {})).toBe(before);
  });

  it('anonymous: UNAUTHENTICATED', async () => {
    expect(await t.anon.code(INVITE, { email: newEmail(), role: 'PARTNER_REP', partnerId: w.partnerA.id })).toBe('UNAUTHENTICATED');
  });
});
