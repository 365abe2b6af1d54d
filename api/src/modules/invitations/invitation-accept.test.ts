import { describe, expect, it } from 'vitest';
import { makePartner } from '../../seed/factories.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import { Invitation } from './invitation.entity.js';
import { ACCEPT, PREVIEW, ME, LOGIN, PASSWORD, t, w, admin, newEmail, firstError, fieldPaths, invite, userCount, auditFor, useInvitationApi } from './invitation.fixture.js';

/** acceptInvitation and invitationPreview. */
useInvitationApi();

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
