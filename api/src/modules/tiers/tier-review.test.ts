import type { ProgramDoc } from '@tierwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartner, makeProgram, makeUser } from '../../seed/factories.js';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { clientsByRole, makeWorld, type World } from '../../test/world.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { ProgramVersion } from '../program/program-version.entity.js';
import { TierChange, TierReview } from './tier-review.entity.js';
import { applyReview, runDueReview } from './tier-review.service.js';

/**
 * A program whose upper tiers are easy to reach: one won deal. Track keys
 * match makeWorld's partners (technology/registered, agency/select).
 */
const PROGRAM: ProgramDoc = {
  name: 'Tier review test program',
  currency: 'USD',
  targetMetric: 'DEALS_WON',
  reviewCadenceMonths: 3,
  dealProtectionDays: 90,
  dealReviewSlaHours: 48,
  tracks: [
    {
      key: 'technology',
      name: 'Technology partners',
      motion: 'Build an integration and co-sell it.',
      incentiveModel: 'CO_SELL_CREDIT',
      tiers: [
        { key: 'registered', name: 'Registered', criteria: [], benefits: [{ kind: 'CO_SELL_CREDIT_BPS', value: 300 }] },
        { key: 'gold', name: 'Gold', criteria: [{ metric: 'DEALS_WON', threshold: 1 }], benefits: [{ kind: 'CO_SELL_CREDIT_BPS', value: 600 }] },
      ],
      onboardingSteps: [{ key: 'sign-agreement', title: 'Sign the agreement', description: null, completion: 'MANUAL' }],
    },
    {
      key: 'agency',
      name: 'Agencies',
      motion: 'Resell the licences with services.',
      incentiveModel: 'RESALE_MARGIN',
      tiers: [
        { key: 'select', name: 'Select', criteria: [], benefits: [{ kind: 'RESALE_MARGIN_BPS', value: 1000 }] },
        { key: 'elite', name: 'Elite', criteria: [{ metric: 'DEALS_WON', threshold: 1 }], benefits: [{ kind: 'RESALE_MARGIN_BPS', value: 1500 }] },
      ],
      onboardingSteps: [{ key: 'sign-agreement', title: 'Sign the agreement', description: null, completion: 'MANUAL' }],
    },
  ],
};

const PREVIEW = `{ previewTierReview { partner { id name } from { key rank } to { key rank } move pinned } }`;
const APPLY = `mutation { applyTierReview { id programVersion appliedAt appliedBy { id } changes { partner { id } from { key } to { key } move pinned } } }`;
const REVIEWS = `query($last: Int) { tierReviews(last: $last) { id programVersion appliedAt appliedBy { id } changes { partner { id } from { key } to { key } move } } }`;
const NOTIFICATIONS = `{ myNotifications { id kind message createdAt } }`;
const OVERRIDE = `mutation($partnerId: ID!, $tierKey: String!, $reason: String!, $pinnedUntil: DateTime) {
  overrideTier(partnerId: $partnerId, tierKey: $tierKey, reason: $reason, pinnedUntil: $pinnedUntil) {
    id tier { key } tierOverride { reason at by { id } pinnedUntil } } }`;
const PARTNER = `query($id: ID!) { partner(id: $id) { id tier { key } tierOverride { reason at by { id } pinnedUntil } progress { atRisk } } }`;
const PROGRAM_Q = `{ program { version reviewCadenceMonths nextReviewAt } }`;
const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id } }`;
const APPROVE = `mutation($id: ID!) { approveDeal(id: $id) { id status } }`;
const CLOSE = `mutation($id: ID!, $won: Boolean!) { closeDeal(id: $id, won: $won) { id status } }`;

const DAY = 24 * 3600 * 1000;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';

let t: TestApi;
let w: World;
let as: Record<Role, Client>;
let admin: Client;
let seq = 0;

beforeAll(async () => {
  t = await startTestApi();
  w = await makeWorld(t, PROGRAM);
  // A second published version: reviews must record the one in force (2), not the first.
  await makeProgram(t.em(), { ...PROGRAM, name: 'Tier review test program (v2)' });
  as = await clientsByRole(t, w);
  admin = as.VENDOR_ADMIN;
});
afterAll(() => t.close());

function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}

async function partnerWithRep(trackKey: string, tierKey: string, status?: 'ACTIVE' | 'OFFBOARDED') {
  const em = t.em();
  const partner = await makePartner(em, { name: `Partner ${++seq}`, trackKey, tierKey, status });
  const rep = await makeUser(em, { role: 'PARTNER_REP', partner });
  return { partner, rep, client: await t.as(rep) };
}

/** Register, approve and close won one deal through the API. */
async function winDeal(client: Client) {
  const n = ++seq;
  const input = { customerName: `Tier Customer ${n}`, customerDomain: `tier-customer-${n}.com`, amount: 1_000_000, expectedCloseDate: new Date(Date.now() + 30 * DAY).toISOString(), attribution: 'SOURCED' };
  const { registerDeal } = await client.ok(REGISTER, { input });
  await admin.ok(APPROVE, { id: registerDeal.id });
  expect((await admin.ok(CLOSE, { id: registerDeal.id, won: true })).closeDeal.status).toBe('WON');
}

const tierOf = async (id: string) => (await t.em().findOneOrFail(Partner, { id })).tierKey;
const changeOf = <T extends { partner: { id: string } }>(changes: T[], id: string) => changes.find((c) => c.partner.id === id);
const firstOfMonthAfter = (d: Date, months: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));

describe('nextReviewAt (before any review)', () => {
  it('is the first of the month three months after the first publish (cadence 3)', async () => {
    const { program } = await admin.ok(PROGRAM_Q);
    expect(program).toMatchObject({ version: 2, reviewCadenceMonths: 3 });
    const first = await t.em().findOneOrFail(ProgramVersion, { version: 1 });
    expect(new Date(program.nextReviewAt).toISOString()).toBe(firstOfMonthAfter(first.publishedAt!, 3).toISOString());
  });
});

describe('previewTierReview and applyTierReview', () => {
  let up: Awaited<ReturnType<typeof partnerWithRep>>;
  let down: Awaited<ReturnType<typeof partnerWithRep>>;
  let gone: Awaited<ReturnType<typeof partnerWithRep>>;
  let appliedId: string;

  beforeAll(async () => {
    up = await partnerWithRep('technology', 'registered');
    await winDeal(up.client);
    down = await partnerWithRep('agency', 'select');
    // Holds the upper tier without any result behind it.
    await t.em().nativeUpdate(Partner, { id: down.partner.id }, { tierKey: 'elite' });
    gone = await partnerWithRep('technology', 'registered', 'OFFBOARDED');
  });

  it.each([
    ['PARTNER_ADMIN', 'FORBIDDEN'],
    ['PARTNER_REP', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('preview by %s: %s', async (who, code) => {
    const client = who === 'anonymous' ? t.anon : as[who];
    expect(await client.code(PREVIEW)).toBe(code);
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s previews every non-offboarded partner with its move, and nothing changes', async (role) => {
    const { previewTierReview: plan } = await as[role].ok(PREVIEW);
    const live = await t.em().find(Partner, { status: { $ne: 'OFFBOARDED' } });
    expect(plan.map((c: any) => c.partner.id).sort()).toEqual(live.map((p) => p.id).sort());
    expect(changeOf(plan, gone.partner.id)).toBeUndefined();

    expect(changeOf(plan, up.partner.id)).toMatchObject({ from: { key: 'registered', rank: 0 }, to: { key: 'gold', rank: 1 }, move: 'PROMOTE', pinned: false });
    expect(changeOf(plan, down.partner.id)).toMatchObject({ from: { key: 'elite', rank: 1 }, to: { key: 'select', rank: 0 }, move: 'DEMOTE', pinned: false });
    expect(changeOf(plan, w.partnerA.id)).toMatchObject({ from: { key: 'registered' }, to: { key: 'registered' }, move: 'HOLD', pinned: false });
    expect(changeOf(plan, w.partnerB.id)).toMatchObject({ from: { key: 'select' }, to: { key: 'select' }, move: 'HOLD', pinned: false });

    // A preview changes nothing.
    expect(await tierOf(up.partner.id)).toBe('registered');
    expect(await tierOf(down.partner.id)).toBe('elite');
    expect(await t.em().count(TierReview, {})).toBe(0);
    expect(await t.em().count(AuditEntry, { action: { $like: 'tier%' } })).toBe(0);
  });

  it('Partner.progress.atRisk: true while holding a tier whose criteria are not met, false otherwise', async () => {
    const atRisk = async (id: string) => (await admin.ok(PARTNER, { id })).partner.progress.atRisk;
    expect(await atRisk(down.partner.id)).toBe(true);
    expect(await atRisk(up.partner.id)).toBe(false);
    expect(await atRisk(w.partnerA.id)).toBe(false);
    // The upper tier with the result behind it is not at risk.
    const earned = await partnerWithRep('agency', 'elite');
    await winDeal(earned.client);
    expect(await atRisk(earned.partner.id)).toBe(false);
    // The partner sees it on its own partner too.
    expect((await down.client.ok(PARTNER, { id: down.partner.id })).partner.progress.atRisk).toBe(true);
  });

  it.each([
    ['PARTNER_MANAGER', 'FORBIDDEN'],
    ['PARTNER_ADMIN', 'FORBIDDEN'],
    ['PARTNER_REP', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('apply by %s: %s, and nothing changes', async (who, code) => {
    const client = who === 'anonymous' ? t.anon : as[who];
    expect(await client.code(APPLY)).toBe(code);
    expect(await t.em().count(TierReview, {})).toBe(0);
    expect(await tierOf(up.partner.id)).toBe('registered');
  });

  it('the vendor admin applies it: promotes, demotes, holds, records the program version, audits', async () => {
    const { applyTierReview: review } = await admin.ok(APPLY);
    appliedId = review.id;
    expect(review).toMatchObject({ programVersion: 2, appliedBy: { id: w.vendorAdmin.id } });
    expect(changeOf(review.changes, up.partner.id)).toMatchObject({ from: { key: 'registered' }, to: { key: 'gold' }, move: 'PROMOTE' });
    expect(changeOf(review.changes, down.partner.id)).toMatchObject({ from: { key: 'elite' }, to: { key: 'select' }, move: 'DEMOTE' });
    expect(changeOf(review.changes, w.partnerA.id)).toMatchObject({ from: { key: 'registered' }, to: { key: 'registered' }, move: 'HOLD' });
    expect(changeOf(review.changes, gone.partner.id)).toBeUndefined();

    expect(await tierOf(up.partner.id)).toBe('gold');
    expect(await tierOf(down.partner.id)).toBe('select');
    expect(await tierOf(w.partnerA.id)).toBe('registered');
    expect(await tierOf(w.partnerB.id)).toBe('select');
    expect(await tierOf(gone.partner.id)).toBe('registered');

    const row = await t.em().findOneOrFail(TierReview, { id: review.id });
    expect(row).toMatchObject({ programVersion: 2, appliedById: w.vendorAdmin.id, scheduledFor: null });
    expect(await t.em().count(TierChange, { reviewId: review.id })).toBe(review.changes.length);

    const promoted = await t.em().find(AuditEntry, { action: 'tier.promoted', entityId: up.partner.id });
    expect(promoted).toHaveLength(1);
    expect(promoted[0]).toMatchObject({ actorId: w.vendorAdmin.id, entityType: 'Partner' });
    expect(JSON.parse(promoted[0].before!)).toMatchObject({ tierKey: 'registered' });
    expect(JSON.parse(promoted[0].after!)).toMatchObject({ tierKey: 'gold', programVersion: 2 });
    const demoted = await t.em().find(AuditEntry, { action: 'tier.demoted', entityId: down.partner.id });
    expect(demoted).toHaveLength(1);
    expect(JSON.parse(demoted[0].after!)).toMatchObject({ tierKey: 'select' });
    // Holds are not audited as moves.
    expect(await t.em().count(AuditEntry, { action: { $in: ['tier.promoted', 'tier.demoted'] }, entityId: w.partnerA.id })).toBe(0);
    expect(await t.em().count(AuditEntry, { action: 'tier_review.applied', entityId: review.id, actorId: w.vendorAdmin.id })).toBe(1);
  });

  it("tells the partner's users in myNotifications, and only them", async () => {
    const mine = (await up.client.ok(NOTIFICATIONS)).myNotifications;
    expect(mine).toHaveLength(1);
    expect(mine[0].kind).toBe('tier.promoted');
    expect(mine[0].message).toContain('Gold');
    expect(mine[0].message).toContain('Registered');

    const theirs = (await down.client.ok(NOTIFICATIONS)).myNotifications;
    expect(theirs.map((n: any) => n.kind)).toEqual(['tier.demoted']);
    expect(theirs[0].message).toContain('Elite');
    expect(theirs[0].message).toContain('Select');

    // Held partners get nothing; nobody sees another partner's messages.
    expect((await as.PARTNER_ADMIN.ok(NOTIFICATIONS)).myNotifications).toEqual([]);
    expect((await as.PARTNER_REP.ok(NOTIFICATIONS)).myNotifications).toEqual([]);
  });

  it.each([
    ['VENDOR_ADMIN', 'FORBIDDEN'],
    ['PARTNER_MANAGER', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('myNotifications by %s: %s', async (who, code) => {
    const client = who === 'anonymous' ? t.anon : as[who];
    expect(await client.code(NOTIFICATIONS)).toBe(code);
  });

  it('tierReviews lists the applied review with its changes (vendor staff only)', async () => {
    for (const role of ['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const) {
      const { tierReviews } = await as[role].ok(REVIEWS, { last: 5 });
      expect(tierReviews).toHaveLength(1);
      expect(tierReviews[0]).toMatchObject({ id: appliedId, programVersion: 2, appliedBy: { id: w.vendorAdmin.id } });
      expect(changeOf(tierReviews[0].changes, up.partner.id)).toMatchObject({ from: { key: 'registered' }, to: { key: 'gold' }, move: 'PROMOTE' });
      expect(changeOf(tierReviews[0].changes, down.partner.id)).toMatchObject({ from: { key: 'elite' }, to: { key: 'select' }, move: 'DEMOTE' });
      expect(changeOf(tierReviews[0].changes, w.partnerA.id)).toMatchObject({ move: 'HOLD' });
    }
    expect(await as.PARTNER_ADMIN.code(REVIEWS)).toBe('FORBIDDEN');
    expect(await as.PARTNER_REP.code(REVIEWS)).toBe('FORBIDDEN');
  });

  it('a second review right after holds everyone already placed by the rule', async () => {
    const { applyTierReview: review } = await admin.ok(APPLY);
    expect(changeOf(review.changes, up.partner.id)).toMatchObject({ from: { key: 'gold' }, to: { key: 'gold' }, move: 'HOLD' });
    expect(changeOf(review.changes, down.partner.id)).toMatchObject({ from: { key: 'select' }, to: { key: 'select' }, move: 'HOLD' });
    const { tierReviews } = await admin.ok(REVIEWS, { last: 5 });
    expect(tierReviews.map((r: any) => r.id)).toEqual([review.id, appliedId]);
  });
});

describe('overrideTier', () => {
  const override = (client: Client, vars: Record<string, unknown>) => client.gql(OVERRIDE, { reason: 'Strategic launch partner', ...vars });

  it.each([
    ['PARTNER_ADMIN', 'FORBIDDEN'],
    ['PARTNER_REP', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('by %s: %s', async (who, code) => {
    const client = who === 'anonymous' ? t.anon : as[who];
    expect(firstError(await override(client, { partnerId: w.partnerA.id, tierKey: 'gold' })).extensions.code).toBe(code);
    expect(await tierOf(w.partnerA.id)).toBe('registered');
  });

  it.each([
    ['a blank reason', 'reason', { reason: '   ' }],
    ['an empty reason', 'reason', { reason: '' }],
    ['an unknown tier', 'tierKey', { tierKey: 'platinum' }],
    ['a tier of another track', 'tierKey', { tierKey: 'elite' }],
    ['a pin in the past', 'pinnedUntil', { pinnedUntil: new Date(Date.now() - DAY).toISOString() }],
  ])('refuses %s: BAD_USER_INPUT on %s, and changes nothing', async (_label, path, change) => {
    const res = await override(admin, { partnerId: w.partnerA.id, tierKey: 'gold', ...change });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(firstError(res).extensions.fields?.map((f) => f.path)).toContain(path);
    expect(await tierOf(w.partnerA.id)).toBe('registered');
    expect(await t.em().count(AuditEntry, { action: 'tier.overridden', entityId: w.partnerA.id })).toBe(0);
  });

  it('an unknown partner is NOT_FOUND', async () => {
    expect(firstError(await override(admin, { partnerId: UNKNOWN_ID, tierKey: 'gold' })).extensions.code).toBe('NOT_FOUND');
  });

  it('an offboarded partner is INVALID_STATE', async () => {
    const { partner } = await partnerWithRep('technology', 'registered', 'OFFBOARDED');
    expect(firstError(await override(admin, { partnerId: partner.id, tierKey: 'gold' })).extensions.code).toBe('INVALID_STATE');
    expect(await tierOf(partner.id)).toBe('registered');
  });

  it('sets the tier with its reason, shows who and when, audits it; the next review applies the rule again and clears it', async () => {
    const { partner } = await partnerWithRep('technology', 'registered');
    const before = Date.now();
    const { overrideTier } = (await override(as.PARTNER_MANAGER, { partnerId: partner.id, tierKey: 'gold', reason: '  Strategic launch partner  ' })).data!;
    expect(overrideTier).toMatchObject({ id: partner.id, tier: { key: 'gold' }, tierOverride: { reason: 'Strategic launch partner', by: { id: w.partnerManager.id }, pinnedUntil: null } });
    expect(new Date(overrideTier.tierOverride.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await tierOf(partner.id)).toBe('gold');
    expect((await admin.ok(PARTNER, { id: partner.id })).partner.tierOverride).toMatchObject({ reason: 'Strategic launch partner', by: { id: w.partnerManager.id } });

    const entries = await t.em().find(AuditEntry, { action: 'tier.overridden', entityId: partner.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: w.partnerManager.id, entityType: 'Partner', reason: 'Strategic launch partner' });
    expect(JSON.parse(entries[0].before!)).toMatchObject({ tierKey: 'registered' });
    expect(JSON.parse(entries[0].after!)).toMatchObject({ tierKey: 'gold' });

    // No pin: the next review places it by the rule (no deal won: back to registered).
    const { previewTierReview } = await admin.ok(PREVIEW);
    expect(changeOf(previewTierReview, partner.id)).toMatchObject({ from: { key: 'gold' }, to: { key: 'registered' }, move: 'DEMOTE', pinned: false });
    const { applyTierReview } = await admin.ok(APPLY);
    expect(changeOf(applyTierReview.changes, partner.id)).toMatchObject({ move: 'DEMOTE', to: { key: 'registered' } });
    expect(await tierOf(partner.id)).toBe('registered');
    expect((await admin.ok(PARTNER, { id: partner.id })).partner.tierOverride).toBeNull();
  });

  it('with pinnedUntil in the future, reviews hold the tier (preview shows pinned) and keep the override', async () => {
    const { partner } = await partnerWithRep('technology', 'registered');
    const pinnedUntil = new Date(Date.now() + 30 * DAY).toISOString();
    const { overrideTier } = (await override(admin, { partnerId: partner.id, tierKey: 'gold', pinnedUntil })).data!;
    expect(new Date(overrideTier.tierOverride.pinnedUntil).toISOString()).toBe(pinnedUntil);
    expect(JSON.parse((await t.em().findOneOrFail(AuditEntry, { action: 'tier.overridden', entityId: partner.id })).after!).pinnedUntil).toBeTruthy();

    const { previewTierReview } = await as.PARTNER_MANAGER.ok(PREVIEW);
    expect(changeOf(previewTierReview, partner.id)).toMatchObject({ from: { key: 'gold' }, to: { key: 'gold' }, move: 'HOLD', pinned: true });

    const { applyTierReview } = await admin.ok(APPLY);
    expect(changeOf(applyTierReview.changes, partner.id)).toMatchObject({ from: { key: 'gold' }, to: { key: 'gold' }, move: 'HOLD' });
    expect(await tierOf(partner.id)).toBe('gold');
    const after = (await admin.ok(PARTNER, { id: partner.id })).partner.tierOverride;
    expect(after).toMatchObject({ reason: 'Strategic launch partner', by: { id: w.vendorAdmin.id } });
    expect(new Date(after.pinnedUntil).toISOString()).toBe(pinnedUntil);
    expect(await t.em().count(AuditEntry, { action: 'tier.demoted', entityId: partner.id })).toBe(0);

    // Once the pin has passed, the next review applies the rule again and clears the override.
    await t.em().nativeUpdate(Partner, { id: partner.id }, { overridePinnedUntil: new Date(Date.now() - 1000) });
    expect(changeOf((await admin.ok(PREVIEW)).previewTierReview, partner.id)).toMatchObject({ from: { key: 'gold' }, to: { key: 'registered' }, move: 'DEMOTE', pinned: false });
    await admin.ok(APPLY);
    expect(await tierOf(partner.id)).toBe('registered');
    expect((await admin.ok(PARTNER, { id: partner.id })).partner.tierOverride).toBeNull();
  });

  it('an applied review reports a pin-held partner as pinned, like the preview did (also in tierReviews)', async () => {
    const { partner } = await partnerWithRep('agency', 'select');
    await override(admin, { partnerId: partner.id, tierKey: 'elite', pinnedUntil: new Date(Date.now() + 30 * DAY).toISOString() });
    expect(changeOf((await admin.ok(PREVIEW)).previewTierReview, partner.id)).toMatchObject({ move: 'HOLD', pinned: true });
    const { applyTierReview } = await admin.ok(APPLY);
    expect(changeOf(applyTierReview.changes, partner.id)).toMatchObject({ from: { key: 'elite' }, to: { key: 'elite' }, move: 'HOLD', pinned: true });
    const { tierReviews } = await admin.ok(`{ tierReviews(last: 1) { id changes { partner { id } move pinned } } }`);
    expect(tierReviews[0].id).toBe(applyTierReview.id);
    expect(changeOf(tierReviews[0].changes, partner.id)).toMatchObject({ move: 'HOLD', pinned: true });
    // Partners placed by the rule are not pinned.
    expect(changeOf(tierReviews[0].changes, w.partnerA.id)).toMatchObject({ pinned: false });
  });
});

describe('scheduled review (runDueReview)', () => {
  it('nextReviewAt keeps the program cadence: the reviews applied by hand above did not move it', async () => {
    expect(await t.em().count(TierReview, { scheduledFor: null })).toBeGreaterThan(0);
    const first = await t.em().findOneOrFail(ProgramVersion, { version: 1 });
    const { program } = await as.PARTNER_MANAGER.ok(PROGRAM_Q);
    expect(new Date(program.nextReviewAt).toISOString()).toBe(firstOfMonthAfter(first.publishedAt!, 3).toISOString());
  });

  it('does nothing before the due date', async () => {
    const due = new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt);
    const count = await t.em().count(TierReview, {});
    expect(await runDueReview(t.em() as never, new Date(due.getTime() - DAY))).toBe(0);
    expect(await t.em().count(TierReview, {})).toBe(count);
  });

  it('after the due date applies exactly once, even when three run at once', async () => {
    const due = new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt);
    const count = await t.em().count(TierReview, {});
    const now = new Date(due.getTime() + DAY);
    const results = await Promise.all([runDueReview(t.em() as never, now), runDueReview(t.em() as never, now), runDueReview(t.em() as never, now)]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await t.em().count(TierReview, {})).toBe(count + 1);
    const rows = await t.em().find(TierReview, { scheduledFor: due });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ programVersion: 2, appliedById: null });
    expect(await t.em().count(AuditEntry, { action: 'tier_review.applied', entityId: rows[0].id, actorId: null })).toBe(1);
    // The same review already ran: running again with the same clock does nothing.
    expect(await runDueReview(t.em() as never, now)).toBe(0);
    expect(await t.em().count(TierReview, {})).toBe(count + 1);
    // And the next one is due a cadence later.
    expect(new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt).getTime()).toBeGreaterThan(due.getTime());
  });

  it('a review applied by hand between two scheduled ones does not move the next scheduled one', async () => {
    const [slot] = await t.em().find(TierReview, { scheduledFor: { $ne: null } }, { orderBy: { scheduledFor: 'desc' }, limit: 1 });
    const next = firstOfMonthAfter(slot.scheduledFor!, 3);
    expect(new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt).toISOString()).toBe(next.toISOString());
    // A vendor admin applies a review by hand in the month after the scheduled one (e.g. 15 Feb after 1 Jan).
    const byHand = new Date(Date.UTC(slot.scheduledFor!.getUTCFullYear(), slot.scheduledFor!.getUTCMonth() + 1, 15));
    const manual = await applyReview(t.em() as never, w.vendorAdmin.id, null, byHand);
    expect(manual).toMatchObject({ scheduledFor: null, appliedById: w.vendorAdmin.id });
    // Still due on the cadence (1 Apr), not three months after the manual review (1 May).
    expect(new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt).toISOString()).toBe(next.toISOString());
    expect(await runDueReview(t.em() as never, new Date(next.getTime() - DAY))).toBe(0);
    expect(await runDueReview(t.em() as never, new Date(next.getTime() + DAY))).toBe(1);
    expect(await t.em().count(TierReview, { scheduledFor: next })).toBe(1);
  });

  it('after a long pause, one review runs for the latest slot due, and the cadence goes on from there', async () => {
    const due = new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt);
    const count = await t.em().count(TierReview, {});
    // Seven months late: the slots due, due+3 and due+6 months have passed.
    const now = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 7, 2));
    expect(await runDueReview(t.em() as never, now)).toBe(1);
    expect(await runDueReview(t.em() as never, now)).toBe(0);
    expect(await t.em().count(TierReview, {})).toBe(count + 1);
    const latest = firstOfMonthAfter(due, 6);
    expect(await t.em().count(TierReview, { scheduledFor: latest })).toBe(1);
    expect(new Date((await admin.ok(PROGRAM_Q)).program.nextReviewAt).toISOString()).toBe(firstOfMonthAfter(latest, 3).toISOString());
  });

  it('with cadence 0 there is no next review and nothing runs', async () => {
    await makeProgram(t.em(), { ...PROGRAM, name: 'No reviews', reviewCadenceMonths: 0 });
    const { program } = await admin.ok(PROGRAM_Q);
    expect(program).toMatchObject({ reviewCadenceMonths: 0, nextReviewAt: null });
    const count = await t.em().count(TierReview, {});
    expect(await runDueReview(t.em() as never, new Date(Date.now() + 5 * 365 * DAY))).toBe(0);
    expect(await t.em().count(TierReview, {})).toBe(count);
  });
});
