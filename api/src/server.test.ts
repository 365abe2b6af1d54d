import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, onPostgres, testEnv } from './test/harness.js';
import { startApi, type RunningApi } from './server.js';
import { User } from './modules/users/user.entity.js';
import { Partner } from './modules/partners/partner.entity.js';
import { ProgramVersion } from './modules/program/program-version.entity.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function freshDb() {
  const db = await createTestDatabase();
  cleanups.push(db.drop);
  return db.url;
}

async function start(url: string, env: Record<string, string> = {}): Promise<RunningApi> {
  const api = await startApi(testEnv(url, env), { port: 0 });
  cleanups.push(api.close);
  return api;
}

const gql = async (api: RunningApi, query: string, variables = {}) => {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
};

describe('start-up', () => {
  it('seeds the demo only into an empty database, with the documented sign-ins', async () => {
    const url = await freshDb();
    const first = await start(url, { DEMO_DATA: '1' });
    expect(first.seededDemo).toBe(true);
    const em = first.services.orm.em.fork();
    const emails = (await em.find(User, {}, { orderBy: { email: 'asc' } })).map((u) => [u.email, u.role]);
    expect(emails).toEqual(
      expect.arrayContaining([
        ['admin@tierwise.test', 'VENDOR_ADMIN'],
        ['manager@tierwise.test', 'PARTNER_MANAGER'],
        ['partner@tierwise.test', 'PARTNER_ADMIN'],
        ['rep@tierwise.test', 'PARTNER_REP'],
      ]),
    );
    // The demo partner sits one tier below the top of its track.
    const demoAdmin = await em.findOneOrFail(User, { email: 'partner@tierwise.test' }, { populate: ['partner'] });
    const partner = demoAdmin.partner!.getEntity() as Partner;
    const program = await em.findOneOrFail(ProgramVersion, { status: 'PUBLISHED' });
    const track = program.document.tracks.find((t) => t.key === partner.trackKey)!;
    expect(track.tiers.findIndex((t) => t.key === partner.tierKey)).toBe(track.tiers.length - 2);
    expect(program.document.tracks.map((t) => t.incentiveModel).sort()).toEqual(['CO_SELL_CREDIT', 'REFERRAL_FEE', 'RESALE_MARGIN']);

    const login = await gql(first, 'mutation { login(email: "rep@tierwise.test", password: "tierwise-demo") { user { role } } }');
    expect(login.body.data.login.user.role).toBe('PARTNER_REP');
    await first.close();
    cleanups.splice(cleanups.indexOf(first.close), 1);

    const again = await start(url, { DEMO_DATA: '1' });
    expect(again.seededDemo).toBe(false);
    expect(await again.services.orm.em.fork().count(User, {})).toBe(emails.length);
  });

  it('seeds nothing without DEMO_DATA', async () => {
    const api = await start(await freshDb());
    expect(await api.services.orm.em.fork().count(User, {})).toBe(0);
    expect((await gql(api, '{ program { version } }')).body.data.program).toBeNull();
  });

  it('creates the bootstrap admin when no user exists, and only then', async () => {
    const url = await freshDb();
    const api = await start(url, { BOOTSTRAP_ADMIN_EMAIL: 'Owner@Vendor.test', BOOTSTRAP_ADMIN_PASSWORD: 'a-long-enough-secret' });
    const login = await gql(api, 'mutation { login(email: "owner@vendor.test", password: "a-long-enough-secret") { user { role } } }');
    expect(login.body.data.login.user.role).toBe('VENDOR_ADMIN');
    const other = await start(url, { BOOTSTRAP_ADMIN_EMAIL: 'second@vendor.test', BOOTSTRAP_ADMIN_PASSWORD: 'a-long-enough-secret' });
    expect(await other.services.orm.em.fork().count(User, {})).toBe(1);
  });

  it.runIf(onPostgres)('lets several API processes start at once on one PostgreSQL database', async () => {
    const url = await freshDb();
    const apis = await Promise.all([1, 2, 3].map(() => start(url, { DEMO_DATA: '1' })));
    expect(apis.filter((a) => a.seededDemo)).toHaveLength(1);
    const em = apis[0].services.orm.em.fork();
    expect(await em.count(User, { email: 'admin@tierwise.test' })).toBe(1);
    expect(await em.count(ProgramVersion, {})).toBe(1);
    for (const api of apis) expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});

describe('production mode', () => {
  it('hides stack traces and introspection', async () => {
    const api = await start(await freshDb(), { NODE_ENV: 'production' });
    const bad = await gql(api, '{ partners { totalCount } }');
    expect(bad.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(bad.body)).not.toMatch(/stacktrace|at .*\.js/);
    const malformed = await gql(api, '{ nope }');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).not.toMatch(/stacktrace/);
    const introspection = await gql(api, '{ __schema { types { name } } }');
    expect(introspection.body.errors?.length).toBeGreaterThan(0);
  });

  it('marks the session cookie Secure', async () => {
    const api = await start(await freshDb(), { NODE_ENV: 'production', BOOTSTRAP_ADMIN_EMAIL: 'owner@vendor.test', BOOTSTRAP_ADMIN_PASSWORD: 'a-long-enough-secret' });
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "owner@vendor.test", password: "a-long-enough-secret") { token } }' }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-tierwise_session=[a-z2-7]{32}; .*; Secure/i);
  });
});

describe('migrations', () => {
  it('leave the database exactly as the entities describe it (an empty schema diff)', async () => {
    const api = await start(await freshDb());
    const diff = await api.services.orm.schema.getUpdateSchemaSQL({ wrap: false });
    // SQLite's schema reader does not see check constraints, so it always asks to add them again.
    const statements = diff.split('\n').filter((line) => line.trim() && !/add constraint \S+ check\(/.test(line));
    expect(statements).toEqual([]);
  });
});
