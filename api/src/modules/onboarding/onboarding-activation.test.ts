import { describe, expect, it } from 'vitest';
import { DEMO_PROGRAM, type ProgramDoc } from '@tierwise/shared';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { TICK, MY_ONBOARDING, PARTNER_ONBOARDING, REGISTER, SAVE_PROGRAM, PUBLISH, DAY, t, w, as, freshPartner, onboardingOf, completedAt, statusOf, activations, tick, completeProfile, certify, registerDeal, type Fresh, useOnboardingApi } from './onboarding.fixture.js';

/** Steps added by later program versions, and activation once every step is done. */
useOnboardingApi();

// ------------------------------------------------------------------ events before the step existed, and publishing

describe('steps added by a later program version', () => {
  const withoutAgencyFirstDeal = (): ProgramDoc => {
    const doc = structuredClone(DEMO_PROGRAM);
    const agency = doc.tracks.find((x) => x.key === 'agency')!;
    agency.onboardingSteps = agency.onboardingSteps.filter((s) => s.key !== 'first-deal');
    return doc;
  };
  async function publish(doc: ProgramDoc) {
    await as.VENDOR_ADMIN.ok(SAVE_PROGRAM, { input: doc });
    return (await as.VENDOR_ADMIN.ok(PUBLISH)).publishProgram;
  }

  it('an event that happened before the step existed completes it when the step is published; publishing activates partners now done', async () => {
    const early = await freshPartner('agency');
    // Done with everything but first-deal while the step exists: stays ONBOARDING.
    const ready = await freshPartner('agency');
    await tick(ready.adminClient);
    await completeProfile(ready.adminClient);
    await certify(ready.repClient);
    expect(await statusOf(ready.partner.id)).toBe('ONBOARDING');

    const v2 = await publish(withoutAgencyFirstDeal());
    expect(v2.tracks.find((x: any) => x.key === 'agency').onboardingSteps.map((s: any) => s.key)).toEqual(['sign-agreement', 'complete-profile', 'first-certification']);
    // Publishing a version in which every step of `ready` is done activates it, once, by the publisher.
    expect(await statusOf(ready.partner.id)).toBe('ACTIVE');
    const activated = await t.em().find(AuditEntry, { action: 'partner.activated', entityId: ready.partner.id });
    expect(activated).toHaveLength(1);
    expect(activated[0].actorId).toBe(w.vendorAdmin.id);

    // Under v2 the agency track has no first-deal step; the partner registers a deal anyway.
    expect((await onboardingOf(early.adminClient)).onboarding.map((i) => i.step.key)).not.toContain('first-deal');
    const deal = await registerDeal(early.repClient);
    await new Promise((r) => setTimeout(r, 20));

    const v3 = await publish(structuredClone(DEMO_PROGRAM));
    expect(v3.version).toBe(v2.version + 1);
    // The step now exists and shows as done at the deal's time.
    expect(await completedAt(early.adminClient, 'first-deal')).toBe(deal.createdAt);
    const vendorView = (await as.VENDOR_ADMIN.ok(PARTNER_ONBOARDING, { id: early.partner.id })).partner;
    expect(vendorView.onboarding.find((i: any) => i.step.key === 'first-deal').completedAt).toBe(deal.createdAt);
    expect(await statusOf(early.partner.id)).toBe('ONBOARDING');

    // A partner already ACTIVE stays ACTIVE when a step is added that it has not done, and is not activated again.
    expect(await completedAt(ready.adminClient, 'first-deal')).toBeNull();
    expect(await statusOf(ready.partner.id)).toBe('ACTIVE');
    expect((await ready.adminClient.ok(MY_ONBOARDING)).myPartner.status).toBe('ACTIVE');
    await registerDeal(ready.repClient);
    expect(await activations(ready.partner.id)).toBe(1);
  });
});

// ------------------------------------------------------------------ activation

describe('activation', () => {
  async function expectActivatedOnce(f: Fresh, actorId: string) {
    expect(await statusOf(f.partner.id)).toBe('ACTIVE');
    expect((await onboardingOf(f.adminClient)).status).toBe('ACTIVE');
    const entries = await t.em().find(AuditEntry, { action: 'partner.activated', entityId: f.partner.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId, entityType: 'Partner' });
    expect(JSON.parse(entries[0].before!)).toMatchObject({ status: 'ONBOARDING' });
    expect(JSON.parse(entries[0].after!)).toMatchObject({ status: 'ACTIVE' });
  }

  it('becomes ACTIVE when the last step (a certification) is done, audited once; later events keep it ACTIVE', async () => {
    const f = await freshPartner('technology');
    await tick(f.adminClient);
    expect(await statusOf(f.partner.id)).toBe('ONBOARDING');
    await completeProfile(f.adminClient);
    expect(await statusOf(f.partner.id)).toBe('ONBOARDING');
    expect(await activations(f.partner.id)).toBe(0);
    await certify(f.repClient);
    await expectActivatedOnce(f, f.rep.id);

    // More events: still ACTIVE, still one activation.
    await certify(f.adminClient);
    await completeProfile(f.adminClient);
    await tick(f.repClient);
    await registerDeal(f.repClient);
    expect(await statusOf(f.partner.id)).toBe('ACTIVE');
    expect(await activations(f.partner.id)).toBe(1);
  });

  it('when the last step is the MANUAL one', async () => {
    const f = await freshPartner('technology');
    await completeProfile(f.adminClient);
    await certify(f.repClient);
    expect(await statusOf(f.partner.id)).toBe('ONBOARDING');
    await tick(f.repClient);
    await expectActivatedOnce(f, f.rep.id);
  });

  it('when the last step is the profile (completed by vendor staff)', async () => {
    const f = await freshPartner('technology');
    await tick(f.adminClient);
    await certify(f.repClient);
    expect(await statusOf(f.partner.id)).toBe('ONBOARDING');
    await completeProfile(as.VENDOR_ADMIN, f.partner.id);
    await expectActivatedOnce(f, w.vendorAdmin.id);
  });

  it('when the last step is the first deal (agency)', async () => {
    const f = await freshPartner('agency');
    await tick(f.adminClient);
    await completeProfile(f.adminClient);
    await certify(f.repClient);
    expect(await statusOf(f.partner.id)).toBe('ONBOARDING');
    await registerDeal(f.adminClient);
    await expectActivatedOnce(f, f.admin.id);
  });

  it('the last two steps done at once activate exactly once', async () => {
    const f = await freshPartner('agency');
    await completeProfile(f.adminClient);
    await certify(f.repClient);
    const results = await Promise.all([
      f.adminClient.gql(TICK, { stepKey: 'sign-agreement' }),
      f.repClient.gql(REGISTER, {
        input: { customerName: 'Race Customer', customerDomain: 'race-customer.com', amount: 1000, expectedCloseDate: new Date(Date.now() + 30 * DAY).toISOString(), attribution: 'SOURCED' },
      }),
    ]);
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await statusOf(f.partner.id)).toBe('ACTIVE');
    expect(await activations(f.partner.id)).toBe(1);
  });

  it('an incomplete checklist keeps the partner ONBOARDING', async () => {
    const f = await freshPartner('agency');
    await tick(f.adminClient);
    await completeProfile(f.adminClient);
    await registerDeal(f.repClient);
    expect(await statusOf(f.partner.id)).toBe('ONBOARDING');
    expect(await activations(f.partner.id)).toBe(0);
  });

  it('a partner already ACTIVE stays ACTIVE and is not activated again', async () => {
    const f = await freshPartner('technology', 'ACTIVE');
    await tick(f.adminClient);
    await completeProfile(f.adminClient);
    await certify(f.repClient);
    expect((await onboardingOf(f.adminClient)).onboarding.every((i) => i.completedAt)).toBe(true);
    expect(await statusOf(f.partner.id)).toBe('ACTIVE');
    expect(await activations(f.partner.id)).toBe(0);
  });
});
