import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { clientsByRole, makeWorld, type World } from '../../test/world.js';
import { makePartner } from '../../seed/factories.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import { Invitation } from './invitation.entity.js';

const INVITE = `mutation($email: String!, $role: Role!, $partnerId: ID) {
  invite(email: $email, role: $role, partnerId: $partnerId) { id email role token expiresAt partner { id name } }
}`;
const ACCEPT = `mutation($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, name: $name, password: $password) { token user { id email name role partner { id } } }
}`;
const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { email role partnerName expiresAt } }`;
const ME = `{ me { id email name role partner { id } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

const PASSWORD = 'a-long-enough-password';
const DAY_MS = 24 * 3600 * 1000;

let t: TestApi;
let w: World;
let admin: Client;
let seq = 0;
/** A fresh address per call, so tests do not collide on "already has an account". */
const newEmail = (prefix = 'invitee') => `${prefix}-${++seq}@invited.test`;

beforeAll(async () => {
  t = await startTestApi();
  w = await makeWorld(t);
  admin = await t.as(w.vendorAdmin);
});
afterAll(() => t.close());

function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}

function fieldPaths(res: GqlResponse): string[] {
  return (firstError(res).extensions.fields ?? []).map((f) => f.path);
}

async function invite(client: Client, email: string, role: string, partnerId?: string | null) {
  return (await client.ok(INVITE, { email, role, partnerId: partnerId ?? null })).invite;
}

const userCount = (email: string) => t.em().count(User, { email });
const auditFor = (action: string, entityId: string) => t.em().find(AuditEntry, { action, entityId });

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

describe('acceptInvitation', () => {
  it('creates the user in partner A with the invited role, signs them in, and audits user.joined', async () => {
    const email = newEmail('joiner');
    const inv = await invite(admin, email, 'PARTNER_ADMIN', w.partnerA.id);
    const res = await t.anon.gql(ACCEPT, { token: inv.token, name: '  Ada Joiner ', password: PASSWORD });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.acceptInvitation;
    expect(payload.user).toMatchObject({ email, name: 'Ada Joiner', role: 'PARTNER_ADMIN', partner: { id: w.partnerA.id } });
    expect(payload.token).toEqual(expect.any(String));
    expect(res.headers.get('set-cookie')).toMatch(/^tierwise_session=/);

    // The token works as a Bearer token.
    const me = (await t.client({ authorization: `Bearer ${payload.token}` }).ok(ME)).me;
    expect(me).toEqual({ id: payload.user.id, email, name: 'Ada Joiner', role: 'PARTNER_ADMIN', partner: { id: w.partnerA.id } });

    const user = await t.em().findOneOrFail(User, { email });
    expect(user.partner?.id).toBe(w.partnerA.id);
    expect(user.role).toBe('PARTNER_ADMIN');
    expect(user.passwordHash).not.toContain(PASSWORD);

    const row = await t.em().findOneOrFail(Invitation, { id: inv.id });
    expect(row.acceptedAt).toBeInstanceOf(Date);

    const [joined] = await auditFor('user.joined', user.id);
    expect(joined).toBeDefined();
    expect(joined.actorId).toBe(user.id);
    expect(JSON.parse(joined.after!)).toMatchObject({ email, role: 'PARTNER_ADMIN', partnerId: w.partnerA.id, invitationId: inv.id });
    expect(joined.after).not.toContain(PASSWORD);

    // And the password signs in.
    expect((await t.anon.ok(LOGIN, { email, password: PASSWORD })).login.token).toBeTruthy();
  });

  it('creates vendor staff without a partner', async () => {
    const email = newEmail('staff-joiner');
    const inv = await invite(admin, email, 'PARTNER_MANAGER');
    const { acceptInvitation } = await t.anon.ok(ACCEPT, { token: inv.token, name: 'Mo Manager', password: PASSWORD });
    expect(acceptInvitation.user).toMatchObject({ email, role: 'PARTNER_MANAGER', partner: null });
  });

  it('is one-time: a second accept is BAD_USER_INPUT on token and creates no second user', async () => {
    const email = newEmail('once');
    const inv = await invite(admin, email, 'PARTNER_REP', w.partnerA.id);
    await t.anon.ok(ACCEPT, { token: inv.token, name: 'First', password: PASSWORD });
    const again = await t.anon.gql(ACCEPT, { token: inv.token, name: 'Second', password: PASSWORD });
    expect(firstError(again).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(again)).toEqual(['token']);
    expect(await userCount(email)).toBe(1);
    expect((await t.em().findOneOrFail(User, { email })).name).toBe('First');

    // The token itself is spent, not only the email taken: even once the email is free again it stays refused.
    await t.em().nativeUpdate(User, { email }, { email: `renamed-${email}` });
    const third = await t.anon.gql(ACCEPT, { token: inv.token, name: 'Third', password: PASSWORD });
    expect(firstError(third).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(third)).toEqual(['token']);
    expect(await userCount(email)).toBe(0);
  });

  it('of concurrent accepts of one token, exactly one succeeds (three rounds of three)', async () => {
    for (let round = 0; round < 3; round++) {
      const email = newEmail('race');
      const inv = await invite(admin, email, 'PARTNER_REP', w.partnerA.id);
      const results = await Promise.all(
        [1, 2, 3].map((i) => t.anon.gql(ACCEPT, { token: inv.token, name: `Racer ${i}`, password: PASSWORD })),
      );
      const ok = results.filter((r) => !r.errors?.length);
      const failed = results.filter((r) => r.errors?.length);
      expect(ok).toHaveLength(1);
      expect(failed.map((r) => r.errors![0].extensions.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
      expect(await userCount(email)).toBe(1);
      const user = await t.em().findOneOrFail(User, { email });
      expect(user.id).toBe(ok[0].data!.acceptInvitation.user.id);
      expect(await t.em().count(AuditEntry, { action: 'user.joined', entityId: user.id })).toBe(1);
    }
  });

  it('refuses an expired invitation (BAD_USER_INPUT on token) and creates no user', async () => {
    const email = newEmail('late');
    const inv = await invite(admin, email, 'PARTNER_REP', w.partnerA.id);
    await t.em().nativeUpdate(Invitation, { id: inv.id }, { expiresAt: new Date(Date.now() - 1000) });
    const res = await t.anon.gql(ACCEPT, { token: inv.token, name: 'Late Larry', password: PASSWORD });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['token']);
    expect(await userCount(email)).toBe(0);
  });

  it.each([
    ['an unknown token', 'made-up-token'],
    ['an empty token', ''],
    ['an over-long token', 'x'.repeat(500)],
  ])('refuses %s (BAD_USER_INPUT on token)', async (_label, token) => {
    const res = await t.anon.gql(ACCEPT, { token, name: 'Nobody', password: PASSWORD });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['token']);
  });

  const badInput: [string, { name: string; password: string }, string][] = [
    ['a 9-character password', { name: 'Short Pass', password: '123456789' }, 'password'],
    ['an empty password', { name: 'No Pass', password: '' }, 'password'],
    ['a 257-character password', { name: 'Long Pass', password: 'p'.repeat(257) }, 'password'],
    ['an empty name', { name: '', password: PASSWORD }, 'name'],
    ['a blank name', { name: '    ', password: PASSWORD }, 'name'],
    ['a 121-character name', { name: 'n'.repeat(121), password: PASSWORD }, 'name'],
  ];
  it.each(badInput)('refuses %s (BAD_USER_INPUT), creates nothing, and leaves the invitation usable', async (_label, vars, field) => {
    const email = newEmail('careful');
    const inv = await invite(admin, email, 'PARTNER_REP', w.partnerA.id);
    const res = await t.anon.gql(ACCEPT, { token: inv.token, ...vars });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual([field]);
    expect(await userCount(email)).toBe(0);
    expect((await t.em().findOneOrFail(Invitation, { id: inv.id })).acceptedAt ?? null).toBeNull();
    expect(await t.em().count(AuditEntry, { action: 'user.joined', after: { $like: `%${inv.id}%` } })).toBe(0);
    // Still usable.
    expect((await t.anon.ok(PREVIEW, { token: inv.token })).invitationPreview).toMatchObject({ email });
    const { acceptInvitation } = await t.anon.ok(ACCEPT, { token: inv.token, name: 'Careful Carla', password: PASSWORD });
    expect(acceptInvitation.user.email).toBe(email);
  });

  it('accepts passwords of exactly 10 and 256 characters', async () => {
    for (const password of ['0123456789', 'q'.repeat(256)]) {
      const email = newEmail('edge');
      const inv = await invite(admin, email, 'PARTNER_REP', w.partnerA.id);
      const { acceptInvitation } = await t.anon.ok(ACCEPT, { token: inv.token, name: 'Edge Case', password });
      expect(acceptInvitation.user.email).toBe(email);
      expect((await t.anon.ok(LOGIN, { email, password })).login.token).toBeTruthy();
    }
  });

  it('of two invitations for one email, the second accept fails once the first made the account', async () => {
    const email = newEmail('twice');
    const first = await invite(admin, email, 'PARTNER_REP', w.partnerA.id);
    const second = await invite(admin, email, 'PARTNER_ADMIN', w.partnerA.id);
    await t.anon.ok(ACCEPT, { token: first.token, name: 'Twice Invited', password: PASSWORD });
    const res = await t.anon.gql(ACCEPT, { token: second.token, name: 'Twice Invited', password: PASSWORD });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(await userCount(email)).toBe(1);
    expect((await t.em().findOneOrFail(User, { email })).role).toBe('PARTNER_REP');
  });

  it('refuses an invitation to a partner offboarded since (INVALID_STATE), creating no user', async () => {
    const later = await makePartner(t.em(), { name: 'Soon Gone', trackKey: 'referral', tierKey: 'member' });
    const email = newEmail('void');
    const inv = await invite(admin, email, 'PARTNER_ADMIN', later.id);
    await t.em().nativeUpdate(Partner, { id: later.id }, { status: 'OFFBOARDED', offboardedAt: new Date() });
    expect(await t.anon.code(ACCEPT, { token: inv.token, name: 'Void Vera', password: PASSWORD })).toBe('INVALID_STATE');
    expect(await userCount(email)).toBe(0);
  });
});

describe('invitationPreview', () => {
  it('shows email, role, partner name and expiry of a valid invitation, to anyone holding the token', async () => {
    const email = newEmail('preview');
    const inv = await invite(admin, email, 'PARTNER_REP', w.partnerB.id);
    const { invitationPreview } = await t.anon.ok(PREVIEW, { token: inv.token });
    expect(invitationPreview).toEqual({ email, role: 'PARTNER_REP', partnerName: 'Beta Agency', expiresAt: inv.expiresAt });
  });

  it('shows no partner name for vendor staff', async () => {
    const inv = await invite(admin, newEmail('preview-staff'), 'PARTNER_MANAGER');
    expect((await t.anon.ok(PREVIEW, { token: inv.token })).invitationPreview).toMatchObject({ role: 'PARTNER_MANAGER', partnerName: null });
  });

  it('is null for an unknown, empty, used or expired token', async () => {
    const used = await invite(admin, newEmail('used'), 'PARTNER_REP', w.partnerA.id);
    await t.anon.ok(ACCEPT, { token: used.token, name: 'Used Ursula', password: PASSWORD });
    const expired = await invite(admin, newEmail('expired'), 'PARTNER_REP', w.partnerA.id);
    await t.em().nativeUpdate(Invitation, { id: expired.id }, { expiresAt: new Date(Date.now() - 1000) });

    for (const token of ['made-up-token', '', used.token, expired.token])
      expect((await t.anon.ok(PREVIEW, { token })).invitationPreview, `token ${token}`).toBeNull();
  });

  it('is null for an invitation to a partner offboarded since (accepting it is refused)', async () => {
    const later = await makePartner(t.em(), { name: 'Also Gone', trackKey: 'referral', tierKey: 'member' });
    const inv = await invite(admin, newEmail('preview-void'), 'PARTNER_REP', later.id);
    expect((await t.anon.ok(PREVIEW, { token: inv.token })).invitationPreview).not.toBeNull();
    await t.em().nativeUpdate(Partner, { id: later.id }, { status: 'OFFBOARDED', offboardedAt: new Date() });
    expect(await t.anon.code(ACCEPT, { token: inv.token, name: 'Void Victor', password: PASSWORD })).toBe('INVALID_STATE');
    expect((await t.anon.ok(PREVIEW, { token: inv.token })).invitationPreview).toBeNull();
  });
});
