import { describe, expect, it } from 'vitest';
import { clientOf, refusedTo } from '../../test/world.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { PartnerEvent } from '../partner-events/partner-event.entity.js';
import { OnboardingCompletion } from './onboarding-completion.entity.js';
import { TICK, PARTNER_ONBOARDING, ENROLL, t, as, pathId, firstError, fieldPaths, freshPartner, onboardingOf, completedAt, statusOf, tick, completeProfile, certify, registerDeal, useOnboardingApi } from './onboarding.fixture.js';

/** Ticking off steps, and the steps that complete themselves. */
useOnboardingApi();

describe('completeOnboardingStep', () => {
  it('a partner admin ticks off a MANUAL step: completedAt set, audited, shown in the checklist', async () => {
    const f = await freshPartner('technology');
    expect(await completedAt(f.adminClient, 'sign-agreement')).toBeNull();
    const before = Date.now();
    const item = await tick(f.adminClient);
    expect(item.step).toEqual({ id: 'step:technology/sign-agreement', key: 'sign-agreement', title: 'Sign the partner agreement', completion: 'MANUAL' });
    const at = new Date(item.completedAt).getTime();
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await completedAt(f.adminClient, 'sign-agreement')).toBe(item.completedAt);
    // The step is done for the whole partner, seen by its rep and by vendor staff.
    expect(await completedAt(f.repClient, 'sign-agreement')).toBe(item.completedAt);
    const vendorView = (await as.PARTNER_MANAGER.ok(PARTNER_ONBOARDING, { id: f.partner.id })).partner;
    expect(vendorView.onboarding.find((i: any) => i.step.key === 'sign-agreement').completedAt).toBe(item.completedAt);
    // The other steps are untouched, and it is not enough to activate.
    expect((await onboardingOf(f.adminClient)).onboarding.filter((i) => i.completedAt).map((i) => i.step.key)).toEqual(['sign-agreement']);
    expect(await statusOf(f.partner.id)).toBe('ONBOARDING');

    const entries = await t.em().find(AuditEntry, { action: 'onboarding.step_completed', entityId: f.partner.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: f.admin.id, entityType: 'Partner' });
    expect(JSON.parse(entries[0].after!)).toMatchObject({ stepKey: 'sign-agreement' });
  });

  it('a partner rep may tick a step too; it does not leak to other partners', async () => {
    const f = await freshPartner('referral');
    const item = await tick(f.repClient);
    expect(item.completedAt).not.toBeNull();
    const other = await freshPartner('referral');
    expect(await completedAt(other.adminClient, 'sign-agreement')).toBeNull();
    expect(await completedAt(as.PARTNER_ADMIN, 'sign-agreement')).toBeNull();
  });

  it.each(refusedTo('VENDOR_ADMIN', 'PARTNER_MANAGER'))('%s may not tick steps: %s', async (who, code) => {
    const client = clientOf(t, as, who);
    const before = await t.em().count(OnboardingCompletion, {});
    expect(await client.code(TICK, { stepKey: 'sign-agreement' })).toBe(code);
    expect(await t.em().count(OnboardingCompletion, {})).toBe(before);
  });

  it.each([
    ['complete-profile', 'technology'],
    ['first-certification', 'technology'],
    ['first-deal', 'agency'],
    ['first-deal', 'referral'],
  ] as const)('the automatic step %s (%s) cannot be ticked: BAD_USER_INPUT on stepKey, nothing recorded', async (stepKey, track) => {
    const f = await freshPartner(track);
    const res = await f.adminClient.gql(TICK, { stepKey });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['stepKey']);
    expect(await completedAt(f.adminClient, stepKey)).toBeNull();
    expect(await t.em().count(OnboardingCompletion, { partnerId: f.partner.id })).toBe(0);
    expect(await t.em().count(AuditEntry, { action: 'onboarding.step_completed', entityId: f.partner.id })).toBe(0);
  });

  it.each([
    ['an unknown step', 'no-such-step', 'technology'],
    ["another track's step", 'first-deal', 'technology'],
    ['an empty key', '', 'agency'],
  ] as const)('%s is BAD_USER_INPUT on stepKey', async (_label, stepKey, track) => {
    const f = await freshPartner(track);
    const res = await f.repClient.gql(TICK, { stepKey });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['stepKey']);
    expect(await t.em().count(OnboardingCompletion, { partnerId: f.partner.id })).toBe(0);
  });

  it('ticking twice keeps the first time and writes one audit entry', async () => {
    const f = await freshPartner('technology');
    const first = await tick(f.adminClient);
    await new Promise((r) => setTimeout(r, 20));
    const second = await tick(f.repClient);
    expect(second.completedAt).toBe(first.completedAt);
    expect(await completedAt(f.adminClient, 'sign-agreement')).toBe(first.completedAt);
    expect(await t.em().count(AuditEntry, { action: 'onboarding.step_completed', entityId: f.partner.id })).toBe(1);
    const row = await t.em().findOneOrFail(OnboardingCompletion, { partnerId: f.partner.id, stepKey: 'sign-agreement' });
    expect(row.completedById).toBe(f.admin.id);
  });

  it('simultaneous ticks of one step record it once and audit it once', async () => {
    const f = await freshPartner('agency');
    const results = await Promise.all([f.adminClient, f.repClient, f.adminClient, f.repClient].map((c) => c.gql(TICK, { stepKey: 'sign-agreement' })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.completeOnboardingStep.completedAt)).size).toBe(1);
    expect(await t.em().count(OnboardingCompletion, { partnerId: f.partner.id })).toBe(1);
    expect(await t.em().count(AuditEntry, { action: 'onboarding.step_completed', entityId: f.partner.id })).toBe(1);
  });
});

// ------------------------------------------------------------------ automatic steps

describe('automatic steps', () => {
  it('a complete profile completes complete-profile (PROFILE_COMPLETED)', async () => {
    const f = await freshPartner('technology');
    const before = Date.now();
    await completeProfile(f.adminClient);
    const at = await completedAt(f.adminClient, 'complete-profile');
    expect(at).not.toBeNull();
    expect(new Date(at!).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await t.em().count(PartnerEvent, { partnerId: f.partner.id, kind: 'PROFILE_COMPLETED' })).toBe(1);
    // Saving the profile again keeps the first time.
    await new Promise((r) => setTimeout(r, 20));
    await completeProfile(f.adminClient);
    expect(await completedAt(f.adminClient, 'complete-profile')).toBe(at);
  });

  it('a profile completed by vendor staff counts too', async () => {
    const f = await freshPartner('agency');
    await completeProfile(as.PARTNER_MANAGER, f.partner.id);
    expect(await completedAt(f.repClient, 'complete-profile')).not.toBeNull();
  });

  it('certifying a rep completes first-certification (FIRST_CERTIFICATION), at the certification time', async () => {
    const f = await freshPartner('technology');
    expect(await completedAt(f.adminClient, 'first-certification')).toBeNull();
    const cert = await certify(f.repClient);
    expect(cert.status).toBe('CERTIFIED');
    expect(await completedAt(f.adminClient, 'first-certification')).toBe(cert.certifiedAt);
    // Enrolling alone does not count.
    const g = await freshPartner('agency');
    await g.repClient.ok(ENROLL, { pathId });
    expect(await completedAt(g.adminClient, 'first-certification')).toBeNull();
  });

  it.each(['agency', 'referral'] as const)('registering a deal completes first-deal (FIRST_DEAL_REGISTERED) for a %s partner, at the deal time', async (track) => {
    const f = await freshPartner(track);
    expect(await completedAt(f.adminClient, 'first-deal')).toBeNull();
    const deal = await registerDeal(f.repClient);
    expect(await completedAt(f.adminClient, 'first-deal')).toBe(deal.createdAt);
    // A second deal keeps the first time.
    await new Promise((r) => setTimeout(r, 20));
    await registerDeal(f.adminClient);
    expect(await completedAt(f.adminClient, 'first-deal')).toBe(deal.createdAt);
  });

  it("one partner's events complete no other partner's steps", async () => {
    const f = await freshPartner('agency');
    const g = await freshPartner('agency');
    await registerDeal(f.repClient);
    await certify(f.repClient);
    await completeProfile(f.adminClient);
    expect((await onboardingOf(g.adminClient)).onboarding.every((i) => i.completedAt === null)).toBe(true);
  });
});
