import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { t, useWorld, w } from '../../test/use-world.js';
import { runJob, JOBS } from '../../jobs/scheduler.js';
import { SessionStore } from './sessions.js';
import { Session } from './session.entity.js';
import { makeUser } from '../../seed/factories.js';
import { User } from '../users/user.entity.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { email role partner { id } } } }`;
const ME = `{ me { email role } }`;
const PASSWORD = 'correct-horse-battery';

useWorld();

describe('login', () => {
  it('returns a token, sets an httpOnly SameSite=Lax cookie, and either authenticates later requests', async () => {
    const res = await t.anon.gql(LOGIN, { email: 'ADMIN@alpha.test ', password: PASSWORD });
    expect(res.errors).toBeUndefined();
    const { token, user } = res.data!.login;
    expect(user).toEqual({ email: 'admin@alpha.test', role: 'PARTNER_ADMIN', partner: { id: w.partnerA.id } });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^tierwise_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    expect((await t.client({ authorization: `Bearer ${token}` }).ok(ME)).me.email).toBe('admin@alpha.test');
    expect((await t.client({ cookie: `tierwise_session=${token}` }).ok(ME)).me.email).toBe('admin@alpha.test');
  });

  it('starts a new session at every login', async () => {
    const a = await t.anon.ok(LOGIN, { email: 'rep@alpha.test', password: PASSWORD });
    const b = await t.anon.ok(LOGIN, { email: 'rep@alpha.test', password: PASSWORD });
    expect(a.login.token).not.toBe(b.login.token);
  });

  it('refuses a wrong password or an unknown email alike (UNAUTHENTICATED)', async () => {
    const wrong = await t.anon.gql(LOGIN, { email: 'rep@beta.test', password: 'not-the-password' });
    const unknown = await t.anon.gql(LOGIN, { email: 'nobody@beta.test', password: 'not-the-password' });
    expect(wrong.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('rejects an over-long password before hashing (BAD_USER_INPUT) and a malformed email', async () => {
    const res = await t.anon.gql(LOGIN, { email: 'rep@beta.test', password: 'x'.repeat(257) });
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toEqual([expect.objectContaining({ path: 'password' })]);
    expect(await t.anon.code(LOGIN, { email: 'not-an-email', password: PASSWORD })).toBe('BAD_USER_INPUT');
  });

  it('limits attempts per email: the 11th within 15 minutes is RATE_LIMITED, even with the right password', async () => {
    const victim = await makeUser(t.em(), { role: 'PARTNER_REP', email: 'victim@alpha.test', partner: w.partnerA });
    const from = (i: number) => t.client({ 'x-forwarded-for': `203.0.113.${i}` });
    for (let i = 0; i < 10; i++)
      expect(await from(i).code(LOGIN, { email: victim.email, password: `guess-number-${i}` })).toBe('UNAUTHENTICATED');
    expect(await from(99).code(LOGIN, { email: victim.email, password: PASSWORD })).toBe('RATE_LIMITED');
  });

  it('limits attempts per IP address across emails', async () => {
    const attacker = t.client({ 'x-forwarded-for': '198.51.100.7' });
    for (let i = 0; i < 50; i++)
      expect(await attacker.code(LOGIN, { email: `user${i}@spray.test`, password: 'guess-number-x' })).toBe('UNAUTHENTICATED');
    expect(await attacker.code(LOGIN, { email: 'rep@alpha.test', password: PASSWORD })).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect((await t.client({ 'x-forwarded-for': '198.51.100.8' }).ok(LOGIN, { email: 'rep@alpha.test', password: PASSWORD })).login.token).toBeTruthy();
  });

  it('runs each aliased login of one request (each is an attempt of its own)', async () => {
    const res = await t.anon.gql(`mutation {
      a: login(email: "admin@alpha.test", password: "${PASSWORD}") { token }
      b: login(email: "admin@alpha.test", password: "${PASSWORD}") { token }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.a.token).not.toBe(res.data!.b.token);
  });
});

describe('sessions', () => {
  it('me is null without a session or with a made-up token', async () => {
    expect((await t.anon.ok(ME)).me).toBeNull();
    expect((await t.client({ authorization: 'Bearer made-up-token' }).ok(ME)).me).toBeNull();
  });

  it('logout ends the session and clears the cookie', async () => {
    const { login } = await t.anon.ok(LOGIN, { email: 'admin@beta.test', password: PASSWORD });
    const client = t.client({ authorization: `Bearer ${login.token}` });
    const res = await client.gql('mutation { logout }');
    expect(res.data!.logout).toBe(true);
    expect(res.headers.get('set-cookie')).toMatch(/tierwise_session=;.*Max-Age=0/i);
    expect((await client.ok(ME)).me).toBeNull();
  });

  it('ends a session past its idle timeout', async () => {
    const client = await t.as(w.repOfB);
    const em = t.em();
    await em.nativeUpdate(Session, { userId: w.repOfB.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await client.ok(ME)).me).toBeNull();
  });

  it('ends a session past its absolute lifetime, however active', async () => {
    const client = await t.as(w.partnerAdminOfB);
    expect((await client.ok(ME)).me).not.toBeNull();
    const em = t.em();
    const longAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    await em.nativeUpdate(Session, { userId: w.partnerAdminOfB.id }, { createdAt: longAgo });
    expect((await client.ok(ME)).me).toBeNull();
    expect(await t.em().count(Session, { userId: w.partnerAdminOfB.id })).toBe(0);
  });

  it('stores only the SHA-256 of each token: no stored value equals a token handed out', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) tokens.push((await t.anon.ok(LOGIN, { email: 'rep@alpha.test', password: PASSWORD })).login.token);
    tokens.push(((await t.api.services.sessions.create(w.repOfA.id)).token));
    for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/); // 160 random bits, base32
    const rows = await t.em().getConnection().execute<Record<string, unknown>[]>('select * from sessions');
    const stored = rows.flatMap((row) => Object.values(row).map((v) => (v instanceof Date ? v.toISOString() : String(v))));
    for (const token of tokens) {
      expect(stored.some((value) => value.includes(token))).toBe(false);
      expect(rows.map((r) => r.id)).toContain(createHash('sha256').update(token).digest('hex'));
    }
  });

  it('pushes the idle expiry forward once half of it has passed, and sends cookie clients the cookie again', async () => {
    const { login } = await t.anon.ok(LOGIN, { email: 'admin@alpha.test', password: PASSWORD });
    const id = createHash('sha256').update(login.token).digest('hex');
    const soon = new Date(Date.now() + 3600 * 1000);
    await t.em().nativeUpdate(Session, { id }, { expiresAt: soon });
    const res = await t.client({ cookie: `tierwise_session=${login.token}` }).gql(ME);
    expect(res.data!.me.email).toBe('admin@alpha.test');
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`^tierwise_session=${login.token};`));
    const after = await t.em().findOneOrFail(Session, { id });
    expect(after.expiresAt.getTime()).toBeGreaterThan(Date.now() + 71 * 3600 * 1000);
    // A fresh session is left as it is: no write, no cookie.
    const quiet = await t.client({ cookie: `tierwise_session=${login.token}` }).gql(ME);
    expect(quiet.headers.get('set-cookie')).toBeNull();
  });

  it('names the cookie __Host-tierwise_session and marks it Secure in production, and reads only that name there', () => {
    const store = new SessionStore(t.api.services.orm, { ...t.api.services.env, isProduction: true });
    expect(store.cookie('abc')).toBe('__Host-tierwise_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure');
    expect(store.blankCookie()).toMatch(/^__Host-tierwise_session=; Max-Age=0; .*Secure$/);
    expect(store.readCookieToken('tierwise_session=a; __Host-tierwise_session=b')).toBe('b');
    expect(store.readCookieToken('tierwise_session=a')).toBeNull();
  });

  it('deletes expired sessions on schedule', async () => {
    const { session } = await t.api.services.sessions.create(w.repOfB.id);
    await t.em().nativeUpdate(Session, { id: session.id }, { expiresAt: new Date(Date.now() - 1000) });
    await runJob(t.api.services.orm, JOBS.find((j) => j.name === 'delete-expired-sessions')!);
    expect(await t.em().count(Session, { id: session.id })).toBe(0);
  });

  it('ends the sessions of a disabled user', async () => {
    const user = await makeUser(t.em(), { role: 'PARTNER_REP', partner: w.partnerB });
    const client = await t.as(user);
    await t.em().nativeUpdate(User, { id: user.id }, { disabledAt: new Date() });
    expect((await client.ok(ME)).me).toBeNull();
  });
});

describe('errors', () => {
  it('answers a malformed query with BAD_USER_INPUT and a 4xx, never a 5xx', async () => {
    const res = await t.anon.gql('{ me { notAField } }');
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const broken = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
  });

  it('refuses queries that are too deep or too aliased (BAD_USER_INPUT, 4xx)', async () => {
    const deep = `{ me { ${'partner { manager { '.repeat(6)}id${' } }'.repeat(6)} } }`;
    const res = await t.anon.gql(deep);
    expect(res.status).toBeLessThan(500);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const aliased = await t.anon.gql(`{ ${Array.from({ length: 25 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(aliased.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('asks for a session where one is needed (UNAUTHENTICATED)', async () => {
    expect(await t.anon.code('{ myPartner { id } }')).toBe('UNAUTHENTICATED');
  });

  it('reports health', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
