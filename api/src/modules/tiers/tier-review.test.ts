import { beforeAll, describe, expect, it } from 'vitest';
import { clientOf, refusedTo } from '../../test/world.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { ProgramVersion } from '../program/program-version.entity.js';
import { TierChange, TierReview } from './tier-review.entity.js';
import {
  APPLY, NOTIFICATIONS, PARTNER, PREVIEW, PROGRAM_Q, REVIEWS, t, w, clients, admin, partnerWithRep, winDeal, tierOf, changeOf, firstOfMonthAfter, useTierApi,
} from './tier-review.fixture.js';

/** The next review date, and previewing and applying a tier review by hand. */
useTierApi();

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

  it.each(refusedTo('PARTNER_ADMIN', 'PARTNER_REP'))('preview by %s: %s', async (who, code) => {
    const client = clientOf(t, clients, who);
    expect(await client.code(PREVIEW)).toBe(code);
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s previews every non-offboarded partner with its move, and nothing changes', async (role) => {
    const { previewTierReview: plan } = await clients[role].ok(PREVIEW);
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

  it.each(refusedTo('PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'))('apply by %s: %s, and nothing changes', async (who, code) => {
    const client = clientOf(t, clients, who);
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
    expect((await clients.PARTNER_ADMIN.ok(NOTIFICATIONS)).myNotifications).toEqual([]);
    expect((await clients.PARTNER_REP.ok(NOTIFICATIONS)).myNotifications).toEqual([]);
  });

  it.each(refusedTo('VENDOR_ADMIN', 'PARTNER_MANAGER'))('myNotifications by %s: %s', async (who, code) => {
    const client = clientOf(t, clients, who);
    expect(await client.code(NOTIFICATIONS)).toBe(code);
  });

  it('tierReviews lists the applied review with its changes (vendor staff only)', async () => {
    for (const role of ['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const) {
      const { tierReviews } = await clients[role].ok(REVIEWS, { last: 5 });
      expect(tierReviews).toHaveLength(1);
      expect(tierReviews[0]).toMatchObject({ id: appliedId, programVersion: 2, appliedBy: { id: w.vendorAdmin.id } });
      expect(changeOf(tierReviews[0].changes, up.partner.id)).toMatchObject({ from: { key: 'registered' }, to: { key: 'gold' }, move: 'PROMOTE' });
      expect(changeOf(tierReviews[0].changes, down.partner.id)).toMatchObject({ from: { key: 'elite' }, to: { key: 'select' }, move: 'DEMOTE' });
      expect(changeOf(tierReviews[0].changes, w.partnerA.id)).toMatchObject({ move: 'HOLD' });
    }
    expect(await clients.PARTNER_ADMIN.code(REVIEWS)).toBe('FORBIDDEN');
    expect(await clients.PARTNER_REP.code(REVIEWS)).toBe('FORBIDDEN');
  });

  it('a second review right after holds everyone already placed by the rule', async () => {
    const { applyTierReview: review } = await admin.ok(APPLY);
    expect(changeOf(review.changes, up.partner.id)).toMatchObject({ from: { key: 'gold' }, to: { key: 'gold' }, move: 'HOLD' });
    expect(changeOf(review.changes, down.partner.id)).toMatchObject({ from: { key: 'select' }, to: { key: 'select' }, move: 'HOLD' });
    const { tierReviews } = await admin.ok(REVIEWS, { last: 5 });
    expect(tierReviews.map((r: any) => r.id)).toEqual([review.id, appliedId]);
  });
});
