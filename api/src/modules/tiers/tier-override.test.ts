import { describe, expect, it } from 'vitest';
import { clientOf, refusedTo } from '../../test/world.js';
import type { Client } from '../../test/harness.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Partner } from '../partners/partner.entity.js';
import {
  APPLY, OVERRIDE, PARTNER, PREVIEW, DAY, UNKNOWN_ID, t, w, clients, admin, firstError, partnerWithRep, tierOf, changeOf, useTierApi,
} from './tier-review.fixture.js';

/** overrideTier: who may, what it refuses, and how reviews treat an overridden (and pinned) tier. */
useTierApi();

describe('overrideTier', () => {
  const override = (client: Client, vars: Record<string, unknown>) => client.gql(OVERRIDE, { reason: 'Strategic launch partner', ...vars });

  it.each(refusedTo('PARTNER_ADMIN', 'PARTNER_REP'))('by %s: %s', async (who, code) => {
    const client = clientOf(t, clients, who);
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
    const { overrideTier } = (await override(clients.PARTNER_MANAGER, { partnerId: partner.id, tierKey: 'gold', reason: '  Strategic launch partner  ' })).data!;
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

    const { previewTierReview } = await clients.PARTNER_MANAGER.ok(PREVIEW);
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
