import { DEMO_PROGRAM, type ProgramDoc } from '@tierwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartner, makeUser } from '../../seed/factories.js';
import { startTestApi, type Client, type TestApi } from '../../test/harness.js';
import { clientsByRole, makeWorld, type World } from '../../test/world.js';
import { Certification } from '../certifications/certification.entity.js';
import { Deal } from '../deals/deal.entity.js';
import { expireProtectedDeals } from '../deals/expire-deals.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';

/**
 * Tier metrics as partners and vendor staff see them: Partner.progress
 * measures each criterion of the held and the next tier over its own window.
 */

const DAY = 24 * 3600 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** The demo program with criteria on every metric, and short windows to test them. */
const METRICS_PROGRAM: ProgramDoc = (() => {
  const doc = structuredClone(DEMO_PROGRAM);
  const technology = doc.tracks.find((x) => x.key === 'technology')!;
  technology.tiers[1].criteria = [
    { metric: 'SOURCED_PIPELINE', threshold: 1_000_000, windowDays: 30 },
    { metric: 'SOURCED_REVENUE_WON', threshold: 500_000, windowDays: 30 },
    { metric: 'DEALS_WON', threshold: 2, windowDays: 30 },
    { metric: 'REGISTERED_DEALS', threshold: 3, windowDays: 30 },
    { metric: 'CERTIFIED_REPS', threshold: 2 },
    { metric: 'ONBOARDING_COMPLETE', threshold: 1 },
  ];
  const agency = doc.tracks.find((x) => x.key === 'agency')!;
  agency.tiers[1].criteria = [
    { metric: 'SOURCED_PIPELINE', threshold: 1_000, windowDays: 90 },
    { metric: 'SOURCED_REVENUE_WON', threshold: 1_000, windowDays: 90 },
    // Default window: 365 days.
    { metric: 'DEALS_WON', threshold: 1 },
  ];
  return doc;
})();

const PROGRESS_FIELDS = `progress { currentTier { key } nextTier { key } toNextTier { metric current required met } atRisk }`;
const MY_PROGRESS = `{ myPartner { id ${PROGRESS_FIELDS} } }`;
const PARTNER_PROGRESS = `query($id: ID!) { partner(id: $id) { id ${PROGRESS_FIELDS} } }`;
const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id amount } }`;
const APPROVE = `mutation($id: ID!) { approveDeal(id: $id) { id status } }`;
const REJECT = `mutation($id: ID!) { rejectDeal(id: $id, reason: "Not a fit") { id status } }`;
const CLOSE = `mutation($id: ID!, $won: Boolean!, $amount: SafeInt) { closeDeal(id: $id, won: $won, amount: $amount) { id status } }`;
const SAVE_PATH = `mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id } }`;
const ENROLL = `mutation($pathId: ID!) { enroll(pathId: $pathId) { id } }`;
const COMPLETE_MODULE = `mutation($c: ID!) { completeModule(certificationId: $c, moduleId: "lesson") { id status } }`;
const TICK = `mutation { completeOnboardingStep(stepKey: "sign-agreement") { completedAt } }`;
const UPDATE_PROFILE = `mutation($input: PartnerProfileInput!) { updatePartnerProfile(input: $input) { id } }`;

type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';
type Progress = { currentTier: { key: string } | null; nextTier: { key: string } | null; toNextTier: { metric: string; current: number; required: number; met: boolean }[]; atRisk: boolean };

let t: TestApi;
let w: World;
let as: Record<Role, Client>;
let pathIds: string[];
let seq = 0;

beforeAll(async () => {
  t = await startTestApi();
  w = await makeWorld(t, METRICS_PROGRAM);
  as = await clientsByRole(t, w);
  pathIds = [];
  for (const key of ['first-path', 'second-path'])
    pathIds.push(
      (
        await as.VENDOR_ADMIN.ok(SAVE_PATH, {
          input: { key, name: key, trackKey: null, validityDays: 365, passingScore: 80, modules: [{ title: 'Lesson', kind: 'COURSE', content: 'Read me' }] },
        })
      ).saveCertificationPath.id,
    );
});
afterAll(() => t.close());

async function freshPartner(trackKey: 'technology' | 'agency' = 'technology') {
  const n = ++seq;
  const partner = await makePartner(t.em(), { name: `Metrics ${trackKey} ${n}`, trackKey, tierKey: trackKey === 'technology' ? 'registered' : 'select' });
  const rep = await makeUser(t.em(), { role: 'PARTNER_REP', partner, email: `rep${n}@metrics.test` });
  return { partner, rep, client: await t.as(rep) };
}

async function progressOf(client: Client): Promise<Progress> {
  return (await client.ok(MY_PROGRESS)).myPartner.progress;
}
/** The partner's progress as its own user sees it; vendor staff must see exactly the same. */
async function metrics(client: Client, partnerId: string): Promise<Record<string, { current: number; required: number; met: boolean }>> {
  const own = await progressOf(client);
  const vendor = (await as.PARTNER_MANAGER.ok(PARTNER_PROGRESS, { id: partnerId })).partner.progress;
  expect(vendor).toEqual(own);
  return Object.fromEntries(own.toNextTier.map(({ metric, ...rest }) => [metric, rest]));
}

async function register(client: Client, amount: number, attribution: 'SOURCED' | 'INFLUENCED' | 'CO_SOLD' = 'SOURCED') {
  const n = ++seq;
  return (
    await client.ok(REGISTER, {
      input: { customerName: `Metric Customer ${n}`, customerDomain: `metric-customer-${n}.com`, amount, expectedCloseDate: new Date(Date.now() + 30 * DAY).toISOString(), attribution },
    })
  ).registerDeal.id as string;
}
async function approved(client: Client, amount: number, attribution: 'SOURCED' | 'INFLUENCED' | 'CO_SOLD' = 'SOURCED') {
  const id = await register(client, amount, attribution);
  await as.VENDOR_ADMIN.ok(APPROVE, { id });
  return id;
}
async function won(client: Client, amount: number, attribution: 'SOURCED' | 'INFLUENCED' | 'CO_SOLD' = 'SOURCED', wonAmount?: number) {
  const id = await approved(client, amount, attribution);
  await client.ok(CLOSE, { id, won: true, amount: wonAmount });
  return id;
}
async function certify(client: Client, pathId = pathIds[0]) {
  const cert = (await client.ok(ENROLL, { pathId })).enroll;
  expect((await client.ok(COMPLETE_MODULE, { c: cert.id })).completeModule.status).toBe('CERTIFIED');
  return cert.id as string;
}
const move = (id: string, changes: Partial<Pick<Deal, 'decidedAt' | 'closedAt' | 'createdAt'>>) => t.em().nativeUpdate(Deal, { id }, changes);

describe('SOURCED_PIPELINE', () => {
  it('sums SOURCED registrations approved within the window, whatever their later status', async () => {
    const { partner, client } = await freshPartner();
    expect((await metrics(client, partner.id)).SOURCED_PIPELINE).toEqual({ current: 0, required: 1_000_000, met: false });

    // Amounts are powers of two, so the sum tells exactly which registrations counted.
    await approved(client, 1_000); // counts
    await won(client, 2_000, 'SOURCED', 900_000); // counts with its registered amount
    const lost = await approved(client, 4_000); // counts
    await client.ok(CLOSE, { id: lost, won: false });
    const expired = await approved(client, 8_000); // counts, though expired later
    await t.em().nativeUpdate(Deal, { id: expired }, { protectionEndsAt: new Date(Date.now() - 1000) });
    await expireProtectedDeals(t.em() as never);
    expect((await t.em().findOneOrFail(Deal, { id: expired })).status).toBe('EXPIRED');
    const inside = await approved(client, 16_000); // approved 20 days ago: inside the 30-day window
    await move(inside, { decidedAt: daysAgo(20) });

    await approved(client, 32_000, 'INFLUENCED'); // not SOURCED
    await won(client, 64_000, 'CO_SOLD'); // not SOURCED
    const rejected = await register(client, 128_000); // rejected
    await as.PARTNER_MANAGER.ok(REJECT, { id: rejected });
    await register(client, 256_000); // submitted, not decided
    const old = await approved(client, 512_000); // approved before the window
    await move(old, { decidedAt: daysAgo(31) });

    // Another partner's approved registration does not count.
    const other = await freshPartner();
    await approved(other.client, 1_024_000);

    expect((await metrics(client, partner.id)).SOURCED_PIPELINE).toEqual({ current: 1_000 + 2_000 + 4_000 + 8_000 + 16_000, required: 1_000_000, met: false });
    expect((await metrics(other.client, other.partner.id)).SOURCED_PIPELINE).toEqual({ current: 1_024_000, required: 1_000_000, met: true });
  });

  it('each criterion uses its own window: 40 days ago counts for a 90-day window, 100 days ago does not', async () => {
    const { partner, client } = await freshPartner('agency');
    const recent = await approved(client, 1_000);
    await move(recent, { decidedAt: daysAgo(40) });
    const old = await approved(client, 2_000);
    await move(old, { decidedAt: daysAgo(100) });
    expect((await metrics(client, partner.id)).SOURCED_PIPELINE).toEqual({ current: 1_000, required: 1_000, met: true });

    // The same move on a 30-day window (technology) no longer counts.
    const tech = await freshPartner();
    const moved = await approved(tech.client, 1_000_000);
    expect((await metrics(tech.client, tech.partner.id)).SOURCED_PIPELINE).toEqual({ current: 1_000_000, required: 1_000_000, met: true });
    await move(moved, { decidedAt: daysAgo(40) });
    expect((await metrics(tech.client, tech.partner.id)).SOURCED_PIPELINE).toEqual({ current: 0, required: 1_000_000, met: false });
  });
});

describe('SOURCED_REVENUE_WON and DEALS_WON', () => {
  it('sums the won amounts (not the registered amounts) of SOURCED deals won in the window; DEALS_WON counts any attribution', async () => {
    const { partner, client } = await freshPartner();
    await won(client, 1_000, 'SOURCED', 300_000); // counts 300,000 (its won amount)
    await won(client, 2_000, 'SOURCED'); // won at the registered amount: 2,000
    await won(client, 4_000, 'INFLUENCED', 50_000); // DEALS_WON only
    await won(client, 8_000, 'CO_SOLD', 70_000); // DEALS_WON only
    const old = await won(client, 16_000, 'SOURCED', 400_000); // closed before the window
    await move(old, { closedAt: daysAgo(31) });
    const lost = await approved(client, 32_000);
    await client.ok(CLOSE, { id: lost, won: false });
    await approved(client, 64_000); // approved, still open
    const other = await freshPartner();
    await won(other.client, 128_000, 'SOURCED', 600_000);

    const m = await metrics(client, partner.id);
    expect(m.SOURCED_REVENUE_WON).toEqual({ current: 302_000, required: 500_000, met: false });
    expect(m.DEALS_WON).toEqual({ current: 4, required: 2, met: true });
    const o = await metrics(other.client, other.partner.id);
    expect(o.SOURCED_REVENUE_WON).toEqual({ current: 600_000, required: 500_000, met: true });
    expect(o.DEALS_WON).toEqual({ current: 1, required: 2, met: false });
  });

  it('a deal won 20 days ago counts; its registration long before the window does not matter', async () => {
    const { partner, client } = await freshPartner();
    const id = await won(client, 1_000, 'SOURCED', 500_000);
    await move(id, { createdAt: daysAgo(200), decidedAt: daysAgo(190), closedAt: daysAgo(20) });
    const m = await metrics(client, partner.id);
    expect(m.SOURCED_REVENUE_WON).toEqual({ current: 500_000, required: 500_000, met: true });
    expect(m.DEALS_WON.current).toBe(1);
    expect(m.SOURCED_PIPELINE.current).toBe(0);
    expect(m.REGISTERED_DEALS.current).toBe(0);
  });

  it('DEALS_WON without windowDays uses the 365-day default', async () => {
    const { partner, client } = await freshPartner('agency');
    const inside = await won(client, 1_000, 'INFLUENCED');
    await move(inside, { closedAt: daysAgo(200) });
    const outside = await won(client, 2_000, 'INFLUENCED');
    await move(outside, { closedAt: daysAgo(400) });
    const m = await metrics(client, partner.id);
    expect(m.DEALS_WON).toEqual({ current: 1, required: 1, met: true });
    // The 90-day revenue window excludes both (they are not SOURCED anyway): 0.
    expect(m.SOURCED_REVENUE_WON.current).toBe(0);
  });
});

describe('REGISTERED_DEALS', () => {
  it('counts registrations submitted in the window, whatever their status', async () => {
    const { partner, client } = await freshPartner();
    await register(client, 1_000, 'INFLUENCED');
    const rejected = await register(client, 1_000);
    await as.VENDOR_ADMIN.ok(REJECT, { id: rejected });
    await won(client, 1_000, 'CO_SOLD');
    const old = await register(client, 1_000);
    await move(old, { createdAt: daysAgo(31) });
    expect((await metrics(client, partner.id)).REGISTERED_DEALS).toEqual({ current: 3, required: 3, met: true });
  });
});

describe('CERTIFIED_REPS', () => {
  it('counts distinct active users with an unexpired certification', async () => {
    const { partner, rep, client } = await freshPartner();
    const em = t.em();
    const users = [];
    for (let i = 0; i < 4; i++) users.push(await makeUser(em, { role: i === 0 ? 'PARTNER_ADMIN' : 'PARTNER_REP', partner }));
    const [admin, expiredUser, disabledUser, enrolledOnly] = await Promise.all(users.map((u) => t.as(u)));
    expect((await metrics(client, partner.id)).CERTIFIED_REPS).toEqual({ current: 0, required: 2, met: false });

    // The rep holds two certifications: counted once.
    await certify(client, pathIds[0]);
    await certify(client, pathIds[1]);
    expect((await metrics(client, partner.id)).CERTIFIED_REPS).toEqual({ current: 1, required: 2, met: false });

    // An expired certification does not count.
    const expiredCert = await certify(expiredUser);
    await t.em().nativeUpdate(Certification, { id: expiredCert }, { expiresAt: new Date(Date.now() - 1000) });
    // A disabled user does not count.
    await certify(disabledUser);
    await t.em().nativeUpdate(User, { id: users[2].id }, { disabledAt: new Date() });
    // Enrolled but not certified does not count.
    await enrolledOnly.ok(ENROLL, { pathId: pathIds[0] });
    // Another partner's certified users do not count.
    const other = await freshPartner();
    await certify(other.client);
    expect((await metrics(client, partner.id)).CERTIFIED_REPS).toEqual({ current: 1, required: 2, met: false });

    // A second active, certified user (an admin counts too) meets the criterion.
    await certify(admin);
    expect((await metrics(client, partner.id)).CERTIFIED_REPS).toEqual({ current: 2, required: 2, met: true });

    // When one of the rep's two certifications expires, the other still counts it.
    const repCerts = await t.em().find(Certification, { user: rep.id });
    expect(repCerts).toHaveLength(2);
    await t.em().nativeUpdate(Certification, { id: repCerts[0].id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await metrics(client, partner.id)).CERTIFIED_REPS.current).toBe(2);
    // When both expire, it no longer does.
    await t.em().nativeUpdate(Certification, { id: repCerts[1].id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await metrics(client, partner.id)).CERTIFIED_REPS).toEqual({ current: 1, required: 2, met: false });
  });
});

describe('ONBOARDING_COMPLETE and atRisk', () => {
  it('a partner at the entry tier (no criteria) is never at risk', async () => {
    const progress = await progressOf(as.PARTNER_REP);
    expect(progress).toMatchObject({ currentTier: { key: 'registered' }, nextTier: { key: 'premier' }, atRisk: false });
    expect(progress.toNextTier.map((c) => c.metric)).toEqual(['SOURCED_PIPELINE', 'SOURCED_REVENUE_WON', 'DEALS_WON', 'REGISTERED_DEALS', 'CERTIFIED_REPS', 'ONBOARDING_COMPLETE']);
  });

  it('partner A holding premier with no pipeline is at risk, for itself and vendor staff', async () => {
    await t.em().nativeUpdate(Partner, { id: w.partnerA.id }, { tierKey: 'premier' });
    try {
      const own = await progressOf(as.PARTNER_ADMIN);
      expect(own).toEqual({ currentTier: { key: 'premier' }, nextTier: null, toNextTier: [], atRisk: true });
      for (const role of ['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)
        expect((await as[role].ok(PARTNER_PROGRESS, { id: w.partnerA.id })).partner.progress).toEqual(own);
    } finally {
      await t.em().nativeUpdate(Partner, { id: w.partnerA.id }, { tierKey: 'registered' });
    }
  });

  it('a partner meeting every criterion of its tier is not at risk; losing one criterion puts it at risk', async () => {
    const { partner, client } = await freshPartner();
    const em = t.em();
    const admin = await t.as(await makeUser(em, { role: 'PARTNER_ADMIN', partner }));
    const m0 = await metrics(client, partner.id);
    expect(m0.ONBOARDING_COMPLETE).toEqual({ current: 0, required: 1, met: false });

    // Onboarding: tick the agreement, complete the profile, certify (two certified users).
    await admin.ok(TICK);
    await admin.ok(UPDATE_PROFILE, { input: { description: 'Integrations', regions: ['EMEA'], contactName: 'Pat', contactEmail: 'pat@metrics.test' } });
    await certify(client);
    await certify(admin);
    // Deals: 1,000,000 sourced pipeline, 500,000 sourced revenue won, 2 won, 3 registered.
    await won(client, 400_000, 'SOURCED', 250_000);
    await won(client, 400_000, 'SOURCED', 250_000);
    await approved(client, 200_000);

    const met = await metrics(client, partner.id);
    expect(met).toEqual({
      SOURCED_PIPELINE: { current: 1_000_000, required: 1_000_000, met: true },
      SOURCED_REVENUE_WON: { current: 500_000, required: 500_000, met: true },
      DEALS_WON: { current: 2, required: 2, met: true },
      REGISTERED_DEALS: { current: 3, required: 3, met: true },
      CERTIFIED_REPS: { current: 2, required: 2, met: true },
      ONBOARDING_COMPLETE: { current: 1, required: 1, met: true },
    });

    // Placed at premier (as a review would), it is not at risk.
    await t.em().nativeUpdate(Partner, { id: partner.id }, { tierKey: 'premier' });
    expect(await progressOf(client)).toEqual({ currentTier: { key: 'premier' }, nextTier: null, toNextTier: [], atRisk: false });

    // One certification expires: CERTIFIED_REPS drops to 1 < 2, so it is at risk.
    const cert = await t.em().findOneOrFail(Certification, { user: { partner: partner.id } }, { orderBy: { createdAt: 'asc' } });
    await t.em().nativeUpdate(Certification, { id: cert.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await progressOf(client)).atRisk).toBe(true);
    const vendor = (await as.VENDOR_ADMIN.ok(PARTNER_PROGRESS, { id: partner.id })).partner.progress;
    expect(vendor.atRisk).toBe(true);
    // What is missing for the tier it holds.
    const held = await client.ok(`{ myPartner { progress { currentTierCriteria { metric current required met } } } }`);
    expect(held.myPartner.progress.currentTierCriteria.filter((c: { met: boolean }) => !c.met)).toEqual([{ metric: 'CERTIFIED_REPS', current: 1, required: 2, met: false }]);
  });

  it('a won deal leaving the 30-day window puts a premier partner at risk', async () => {
    const { partner, client } = await freshPartner('agency');
    // Agency elite: SOURCED_PIPELINE >= 1,000 (90 days), SOURCED_REVENUE_WON >= 1,000 (90 days), DEALS_WON >= 1 (365 days).
    const id = await won(client, 1_000, 'SOURCED', 1_000);
    await t.em().nativeUpdate(Partner, { id: partner.id }, { tierKey: 'elite' });
    expect((await progressOf(client)).atRisk).toBe(false);
    await move(id, { closedAt: daysAgo(91) });
    // Still approved within 90 days and won within 365 days, but the revenue left its 90-day window.
    expect((await progressOf(client)).atRisk).toBe(true);
    await move(id, { closedAt: daysAgo(89) });
    expect((await progressOf(client)).atRisk).toBe(false);
  });
});
