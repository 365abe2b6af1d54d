import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartner, makeUser } from '../../seed/factories.js';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { clientOf, clientsByRole, makeWorld, refusedTo, type World } from '../../test/world.js';
import { Certification, CertificationPath } from '../certifications/certification.entity.js';
import { Deal } from '../deals/deal.entity.js';
import { User } from '../users/user.entity.js';

const SCOREBOARD = `query($from: DateTime!, $to: DateTime!) { scoreboard(from: $from, to: $to) {
  sourcedPipeline influencedPipeline sourcedRevenueWon registeredDeals approvedDeals activeReps60d certifiedPartners registeredToApprovedBps
  byTrack { trackKey trackName partners sourcedPipeline influencedPipeline sourcedRevenueWon registeredDeals approvedDeals }
  tierDistribution { trackKey tierKey tierName rank partners }
  inactivePartners { id name status }
  overrides { id name tierOverride { reason } }
} }`;
const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id } }`;
const APPROVE = `mutation($id: ID!) { approveDeal(id: $id) { id status } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectDeal(id: $id, reason: $reason) { id status } }`;
const CLOSE = `mutation($id: ID!, $won: Boolean!, $amount: SafeInt) { closeDeal(id: $id, won: $won, amount: $amount) { id status } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const SAVE_PATH = `mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id modules { id } } }`;
const ENROLL = `mutation($pathId: ID!) { enroll(pathId: $pathId) { id status } }`;
const COMPLETE = `mutation($certificationId: ID!, $moduleId: ID!) { completeModule(certificationId: $certificationId, moduleId: $moduleId) { id status } }`;
const OVERRIDE = `mutation($partnerId: ID!, $tierKey: String!, $reason: String!) { overrideTier(partnerId: $partnerId, tierKey: $tierKey, reason: $reason) { id } }`;

const DAY = 24 * 3600 * 1000;
const PASSWORD = 'correct-horse-battery';
type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';

let t: TestApi;
let w: World;
let as: Record<Role, Client>;
let admin: Client;
let repOfB: Client;
let started: Date;
let seq = 0;

beforeAll(async () => {
  t = await startTestApi();
  w = await makeWorld(t);
  as = await clientsByRole(t, w);
  admin = as.VENDOR_ADMIN;
  repOfB = await t.as(w.repOfB);
  started = new Date(Date.now() - 60_000);
});
afterAll(() => t.close());

function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}

/** The scoreboard from `from` to one minute from now (covers everything done in this file so far). */
const board = async (from: Date = started, to: Date = new Date(Date.now() + 60_000), client: Client = admin) =>
  (await client.ok(SCOREBOARD, { from: from.toISOString(), to: to.toISOString() })).scoreboard;

async function register(client: Client, amount: number, attribution: 'SOURCED' | 'INFLUENCED' | 'CO_SOLD'): Promise<string> {
  const n = ++seq;
  const input = { customerName: `Score Customer ${n}`, customerDomain: `score-customer-${n}.com`, amount, expectedCloseDate: new Date(Date.now() + 30 * DAY).toISOString(), attribution };
  return (await client.ok(REGISTER, { input })).registerDeal.id;
}
const approve = (id: string) => admin.ok(APPROVE, { id });
const track = (b: any, key: string) => b.byTrack.find((x: any) => x.trackKey === key);
/** The deal totals of a period with no deals in it. */
const NO_DEALS = { sourcedPipeline: 0, influencedPipeline: 0, sourcedRevenueWon: 0, registeredDeals: 0, approvedDeals: 0, registeredToApprovedBps: null };
const ids = (partners: { id: string }[]) => partners.map((p) => p.id).sort();

describe('access and period', () => {
  it.each(refusedTo('PARTNER_ADMIN', 'PARTNER_REP'))('%s: %s', async (who, code) => {
    const client = clientOf(t, as, who);
    expect(await client.code(SCOREBOARD, { from: started.toISOString(), to: new Date().toISOString() })).toBe(code);
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s reads it', async (role) => {
    const b = await board(started, new Date(Date.now() + 60_000), as[role]);
    expect(b.byTrack.map((x: any) => x.trackKey)).toEqual(['technology', 'agency', 'referral']);
  });

  it.each([
    ['from equal to to', 0],
    ['from after to', -DAY],
    ['a period over five years', 6 * 366 * DAY],
  ])('%s is BAD_USER_INPUT', async (_label, length) => {
    const from = new Date();
    const res = await admin.gql(SCOREBOARD, { from: from.toISOString(), to: new Date(from.getTime() + length).toISOString() });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('an empty period: zeros, no rate, no candidates, no overrides', async () => {
    expect(await board()).toMatchObject({
      ...NO_DEALS,
      activeReps60d: 0,
      certifiedPartners: 0,
      inactivePartners: [],
      overrides: [],
    });
  });
});

describe('tier distribution', () => {
  it('counts partners per tier of every track, offboarded ones excluded', async () => {
    await makePartner(t.em(), { name: 'Gone Agency', trackKey: 'agency', tierKey: 'elite', status: 'OFFBOARDED' });
    await makePartner(t.em(), { name: 'Premier Tech', trackKey: 'technology', tierKey: 'premier' });
    const b = await board();
    expect(b.tierDistribution).toEqual([
      { trackKey: 'technology', tierKey: 'registered', tierName: 'Registered', rank: 0, partners: 1 },
      { trackKey: 'technology', tierKey: 'premier', tierName: 'Premier', rank: 1, partners: 1 },
      { trackKey: 'agency', tierKey: 'select', tierName: 'Select', rank: 0, partners: 1 },
      { trackKey: 'agency', tierKey: 'elite', tierName: 'Elite', rank: 1, partners: 0 },
      { trackKey: 'referral', tierKey: 'member', tierName: 'Member', rank: 0, partners: 0 },
      { trackKey: 'referral', tierKey: 'preferred', tierName: 'Preferred', rank: 1, partners: 0 },
    ]);
    expect(b.byTrack.map((x: any) => [x.trackKey, x.trackName, x.partners])).toEqual([
      ['technology', 'Technology partners', 2],
      ['agency', 'Agencies', 1],
      ['referral', 'Referral partners', 0],
    ]);
  });
});

describe('pipeline and registrations', () => {
  it('counts approved registrations in the period whatever their later status; sums won sourced revenue; splits by track', async () => {
    // Partner A (technology).
    const won = await register(as.PARTNER_REP, 1_000_000, 'SOURCED');
    await approve(won);
    await admin.ok(CLOSE, { id: won, won: true, amount: 900_000 });
    const lost = await register(as.PARTNER_ADMIN, 2_000_000, 'SOURCED');
    await approve(lost);
    await admin.ok(CLOSE, { id: lost, won: false });
    const rejected = await register(as.PARTNER_REP, 500_000, 'SOURCED');
    await admin.ok(REJECT, { id: rejected, reason: 'Existing customer' });
    const influencedA = await register(as.PARTNER_REP, 250_000, 'INFLUENCED');
    await approve(influencedA);
    // Partner B (agency).
    const influencedB = await register(repOfB, 300_000, 'INFLUENCED');
    await approve(influencedB);
    const coSold = await register(repOfB, 400_000, 'CO_SOLD');
    await approve(coSold);
    await admin.ok(CLOSE, { id: coSold, won: true });
    await register(repOfB, 700_000, 'SOURCED'); // submitted only

    const expected = {
      sourcedPipeline: 3_000_000, // won + lost; the rejected one never counts
      influencedPipeline: 950_000, // influenced and co-sold
      sourcedRevenueWon: 900_000, // the won amount, sourced only
      registeredDeals: 7,
      approvedDeals: 5,
      registeredToApprovedBps: 7142, // floor(5 / 7 * 10000)
    };
    const b = await board();
    expect(b).toMatchObject(expected);
    expect(track(b, 'technology')).toMatchObject({ sourcedPipeline: 3_000_000, influencedPipeline: 250_000, sourcedRevenueWon: 900_000, registeredDeals: 4, approvedDeals: 3 });
    expect(track(b, 'agency')).toMatchObject({ sourcedPipeline: 0, influencedPipeline: 700_000, sourcedRevenueWon: 0, registeredDeals: 3, approvedDeals: 2 });
    expect(track(b, 'referral')).toMatchObject({ sourcedPipeline: 0, influencedPipeline: 0, sourcedRevenueWon: 0, registeredDeals: 0, approvedDeals: 0 });

    // An approved registration that later expires still counts.
    await t.em().nativeUpdate(Deal, { id: influencedA }, { status: 'EXPIRED' });
    expect(await board()).toMatchObject(expected);

    // None of it falls in an earlier period.
    expect(await board(new Date(started.getTime() - 10 * DAY), new Date(started.getTime() - DAY))).toMatchObject(NO_DEALS);
  });

  it('uses the approval time for pipeline, in [from, to): the start is included, the end is not', async () => {
    const id = await register(as.PARTNER_REP, 123_000, 'SOURCED');
    await approve(id);
    const at = new Date('2024-06-15T12:00:00.000Z');
    await t.em().nativeUpdate(Deal, { id }, { decidedAt: at });

    const atStart = await board(at, new Date(at.getTime() + DAY));
    expect(atStart).toMatchObject({ sourcedPipeline: 123_000, approvedDeals: 1, registeredDeals: 0, registeredToApprovedBps: null });
    expect(track(atStart, 'technology')).toMatchObject({ sourcedPipeline: 123_000, approvedDeals: 1 });
    expect(await board(new Date(at.getTime() - DAY), at)).toMatchObject({ sourcedPipeline: 0, approvedDeals: 0 });
    // Registered now, approved long ago: counted as registered in this period, not as approved.
    expect(await board()).toMatchObject({ registeredDeals: 8, approvedDeals: 5, sourcedPipeline: 3_000_000 });
  });
});

describe('active reps', () => {
  it('counts partner users who signed in within 60 days (via login), not vendor staff', async () => {
    expect((await board()).activeReps60d).toBe(0);
    await t.anon.ok(LOGIN, { email: 'rep@alpha.test', password: PASSWORD });
    expect((await board()).activeReps60d).toBe(1);
    await t.anon.ok(LOGIN, { email: 'admin@vendor.test', password: PASSWORD });
    await t.anon.ok(LOGIN, { email: 'manager@vendor.test', password: PASSWORD });
    expect((await board()).activeReps60d).toBe(1);
    await t.anon.ok(LOGIN, { email: 'admin@beta.test', password: PASSWORD });
    expect((await board()).activeReps60d).toBe(2);
    // Signed in 61 days ago: no longer active.
    await t.em().nativeUpdate(User, { id: w.partnerAdminOfB.id }, { lastSignInAt: new Date(Date.now() - 61 * DAY) });
    expect((await board()).activeReps60d).toBe(1);
    // 59 days ago still counts.
    await t.em().nativeUpdate(User, { id: w.partnerAdminOfB.id }, { lastSignInAt: new Date(Date.now() - 59 * DAY) });
    expect((await board()).activeReps60d).toBe(2);
  });
});

describe('certified partners', () => {
  it('counts partners with at least one unexpired certification', async () => {
    const { saveCertificationPath: path } = await admin.ok(SAVE_PATH, {
      input: { key: 'sales-basics', name: 'Sales basics', trackKey: null, validityDays: 365, passingScore: 80, modules: [{ title: 'Selling our product', kind: 'COURSE', content: 'Read this.' }] },
    });
    expect((await board()).certifiedPartners).toBe(0);

    // A rep of A certifies through the API.
    const { enroll } = await as.PARTNER_REP.ok(ENROLL, { pathId: path.id });
    const { completeModule } = await as.PARTNER_REP.ok(COMPLETE, { certificationId: enroll.id, moduleId: path.modules[0].id });
    expect(completeModule.status).toBe('CERTIFIED');
    expect((await board()).certifiedPartners).toBe(1);

    // A second certified user of A: still one partner.
    const em = t.em();
    const pathRef = em.getReference(CertificationPath, path.id);
    em.create(Certification, { user: em.getReference(User, w.partnerAdminOfA.id), path: pathRef, createdAt: new Date(), certifiedAt: new Date(Date.now() - DAY), expiresAt: new Date(Date.now() + 100 * DAY), round: 1 });
    // B's only certification has expired: B does not count.
    em.create(Certification, { user: em.getReference(User, w.repOfB.id), path: pathRef, createdAt: new Date(Date.now() - 400 * DAY), certifiedAt: new Date(Date.now() - 400 * DAY), expiresAt: new Date(Date.now() - 35 * DAY), round: 1 });
    await em.flush();
    expect((await board()).certifiedPartners).toBe(1);

    // An unexpired one for B's admin: two partners.
    const em2 = t.em();
    em2.create(Certification, { user: em2.getReference(User, w.partnerAdminOfB.id), path: em2.getReference(CertificationPath, path.id), createdAt: new Date(), certifiedAt: new Date(), expiresAt: new Date(Date.now() + 10 * DAY), round: 1 });
    await em2.flush();
    expect((await board()).certifiedPartners).toBe(2);
  });
});

describe('inactive partners', () => {
  it('lists ACTIVE partners with no registration in the last 90 days', async () => {
    const em = t.em();
    const idle = await makePartner(em, { name: 'Idle Active', trackKey: 'referral', tierKey: 'member', status: 'ACTIVE' });
    const stale = await makePartner(em, { name: 'Stale Active', trackKey: 'referral', tierKey: 'member', status: 'ACTIVE' });
    const busy = await makePartner(em, { name: 'Busy Active', trackKey: 'referral', tierKey: 'member', status: 'ACTIVE' });
    await makePartner(em, { name: 'Idle Offboarded', trackKey: 'referral', tierKey: 'member', status: 'OFFBOARDED' });
    await makePartner(em, { name: 'Idle Onboarding', trackKey: 'referral', tierKey: 'member' });

    const staleDeal = await register(await t.as(await makeUser(t.em(), { role: 'PARTNER_REP', partner: stale })), 100_000, 'SOURCED');
    const busyDeal = await register(await t.as(await makeUser(t.em(), { role: 'PARTNER_REP', partner: busy })), 100_000, 'SOURCED');
    await t.em().nativeUpdate(Deal, { id: staleDeal }, { createdAt: new Date(Date.now() - 91 * DAY) });
    await t.em().nativeUpdate(Deal, { id: busyDeal }, { createdAt: new Date(Date.now() - 89 * DAY) });

    const b = await board();
    expect(ids(b.inactivePartners)).toEqual(ids([idle, stale]));
    expect(b.inactivePartners.every((p: any) => p.status === 'ACTIVE')).toBe(true);
    // Partners A and B are still onboarding: never candidates.
    expect(ids(b.inactivePartners)).not.toContain(w.partnerA.id);
  });
});

describe('overrides', () => {
  it('lists partners whose tier was set by hand', async () => {
    expect((await board()).overrides).toEqual([]);
    await as.PARTNER_MANAGER.ok(OVERRIDE, { partnerId: w.partnerB.id, tierKey: 'elite', reason: 'Launch partner for the EMEA region' });
    const b = await board();
    expect(b.overrides).toEqual([{ id: w.partnerB.id, name: 'Beta Agency', tierOverride: { reason: 'Launch partner for the EMEA region' } }]);
    expect(b.tierDistribution.find((x: any) => x.tierKey === 'elite').partners).toBe(1);
    expect(b.tierDistribution.find((x: any) => x.tierKey === 'select').partners).toBe(0);
  });
});
