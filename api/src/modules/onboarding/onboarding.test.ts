import { DEMO_PROGRAM, type ProgramDoc } from '@tierwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartner, makeUser } from '../../seed/factories.js';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { clientsByRole, makeWorld, type World } from '../../test/world.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { PartnerEvent } from '../partner-events/partner-event.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { OnboardingCompletion } from './onboarding-completion.entity.js';

const TICK = `mutation($stepKey: String!) { completeOnboardingStep(stepKey: $stepKey) { step { id key title completion } completedAt } }`;
const ONBOARDING_FIELDS = `id status onboarding { step { key completion } completedAt }`;
const MY_ONBOARDING = `{ myPartner { ${ONBOARDING_FIELDS} } }`;
const PARTNER_ONBOARDING = `query($id: ID!) { partner(id: $id) { ${ONBOARDING_FIELDS} } }`;
const PROFILE_FIELDS = `id status description logoUrl regions contactName contactEmail`;
const UPDATE_PROFILE = `mutation($input: PartnerProfileInput!, $partnerId: ID) { updatePartnerProfile(input: $input, partnerId: $partnerId) { ${PROFILE_FIELDS} } }`;
const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id createdAt } }`;
const SAVE_PATH = `mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id } }`;
const ENROLL = `mutation($pathId: ID!) { enroll(pathId: $pathId) { id } }`;
const COMPLETE_MODULE = `mutation($c: ID!, $m: ID!) { completeModule(certificationId: $c, moduleId: $m) { id status certifiedAt } }`;
const SAVE_PROGRAM = `mutation($input: ProgramInput!) { saveProgramDraft(input: $input) { version } }`;
const PUBLISH = `mutation { publishProgram { version tracks { key onboardingSteps { key } } } }`;

const DAY = 24 * 3600 * 1000;
type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';
const ENTRY_TIER: Record<string, string> = { technology: 'registered', agency: 'select', referral: 'member' };
const COMPLETE_PROFILE = {
  description: 'We build integrations.',
  logoUrl: 'https://cdn.example.com/logo.png',
  regions: ['EMEA', 'NA'],
  contactName: 'Pat Partner',
  contactEmail: 'pat@partner.example',
};

let t: TestApi;
let w: World;
let as: Record<Role, Client>;
let pathId: string;
let seq = 0;

beforeAll(async () => {
  t = await startTestApi();
  w = await makeWorld(t);
  as = await clientsByRole(t, w);
  pathId = (
    await as.VENDOR_ADMIN.ok(SAVE_PATH, {
      input: { key: 'welcome', name: 'Welcome', trackKey: null, validityDays: 365, passingScore: 80, modules: [{ title: 'Welcome', kind: 'COURSE', content: 'Hi' }] },
    })
  ).saveCertificationPath.id;
});
afterAll(() => t.close());

function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}
const fieldPaths = (res: GqlResponse) => (firstError(res).extensions.fields ?? []).map((f) => f.path);

/** A new partner with an admin and a rep, so each test starts from a clean onboarding state. */
async function freshPartner(trackKey: 'technology' | 'agency' | 'referral', status?: 'ONBOARDING' | 'ACTIVE') {
  const em = t.em();
  const n = ++seq;
  const partner = await makePartner(em, { name: `Fresh ${trackKey} ${n}`, trackKey, tierKey: ENTRY_TIER[trackKey], status });
  const admin = await makeUser(em, { role: 'PARTNER_ADMIN', partner, email: `admin${n}@fresh.test` });
  const rep = await makeUser(em, { role: 'PARTNER_REP', partner, email: `rep${n}@fresh.test` });
  return { partner, admin, rep, adminClient: await t.as(admin), repClient: await t.as(rep) };
}
type Fresh = Awaited<ReturnType<typeof freshPartner>>;

async function onboardingOf(client: Client) {
  return (await client.ok(MY_ONBOARDING)).myPartner as { id: string; status: string; onboarding: { step: { key: string; completion: string }; completedAt: string | null }[] };
}
async function completedAt(client: Client, stepKey: string) {
  const item = (await onboardingOf(client)).onboarding.find((i) => i.step.key === stepKey);
  expect(item, `step ${stepKey}`).toBeDefined();
  return item!.completedAt;
}
const statusOf = async (partnerId: string) => (await t.em().findOneOrFail(Partner, { id: partnerId })).status;
const activations = (partnerId: string) => t.em().count(AuditEntry, { action: 'partner.activated', entityId: partnerId });

async function tick(client: Client, stepKey = 'sign-agreement') {
  return (await client.ok(TICK, { stepKey })).completeOnboardingStep;
}
async function completeProfile(client: Client, partnerId?: string) {
  return (await client.ok(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId })).updatePartnerProfile;
}
async function certify(client: Client) {
  const cert = (await client.ok(ENROLL, { pathId })).enroll;
  return (await client.ok(COMPLETE_MODULE, { c: cert.id, m: 'welcome' })).completeModule;
}
async function registerDeal(client: Client) {
  const n = ++seq;
  return (
    await client.ok(REGISTER, {
      input: { customerName: `Onboarding Customer ${n}`, customerDomain: `onboarding-customer-${n}.com`, amount: 100_000, expectedCloseDate: new Date(Date.now() + 30 * DAY).toISOString(), attribution: 'SOURCED' },
    })
  ).registerDeal;
}

// ------------------------------------------------------------------ completeOnboardingStep

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

  it.each([
    ['VENDOR_ADMIN', 'FORBIDDEN'],
    ['PARTNER_MANAGER', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('%s may not tick steps: %s', async (who, code) => {
    const client = who === 'anonymous' ? t.anon : as[who];
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

// ------------------------------------------------------------------ updatePartnerProfile

describe('updatePartnerProfile', () => {
  it('a partner admin edits its own profile without partnerId: trimmed, email lower-cased, regions de-duplicated; audited', async () => {
    const f = await freshPartner('technology');
    const { updatePartnerProfile } = await f.adminClient.ok(UPDATE_PROFILE, {
      input: { description: '  Integrations for CRMs  ', logoUrl: ' https://cdn.example.com/l.svg ', regions: [' EMEA ', 'EMEA', 'APAC', ''], contactName: ' Pat ', contactEmail: ' Pat@Partner.Example ' },
    });
    expect(updatePartnerProfile).toEqual({
      id: f.partner.id,
      status: 'ONBOARDING',
      description: 'Integrations for CRMs',
      logoUrl: 'https://cdn.example.com/l.svg',
      regions: ['EMEA', 'APAC'],
      contactName: 'Pat',
      contactEmail: 'pat@partner.example',
    });
    const row = await t.em().findOneOrFail(Partner, { id: f.partner.id });
    expect(row).toMatchObject({ description: 'Integrations for CRMs', regions: ['EMEA', 'APAC'], contactEmail: 'pat@partner.example' });
    const entries = await t.em().find(AuditEntry, { action: 'partner.profile_updated', entityId: f.partner.id });
    expect(entries).toHaveLength(1);
    expect(entries[0].actorId).toBe(f.admin.id);
    expect(JSON.parse(entries[0].after!)).toMatchObject({ description: 'Integrations for CRMs', contactName: 'Pat' });
    // And with its own id.
    expect((await f.adminClient.ok(UPDATE_PROFILE, { input: { ...COMPLETE_PROFILE, contactName: 'Sam' }, partnerId: f.partner.id })).updatePartnerProfile.contactName).toBe('Sam');
  });

  it("with another partner's id: NOT_FOUND, and that profile is unchanged", async () => {
    const f = await freshPartner('technology');
    const victim = await freshPartner('agency');
    expect(await f.adminClient.code(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: victim.partner.id })).toBe('NOT_FOUND');
    expect(await f.adminClient.code(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    const row = await t.em().findOneOrFail(Partner, { id: victim.partner.id });
    expect(row.description ?? null).toBeNull();
    expect(row.contactName ?? null).toBeNull();
    expect(await completedAt(victim.adminClient, 'complete-profile')).toBeNull();
    expect(await t.em().count(AuditEntry, { action: 'partner.profile_updated', entityId: victim.partner.id })).toBe(0);
  });

  it('a rep is FORBIDDEN; anonymous callers must sign in', async () => {
    const f = await freshPartner('technology');
    expect(await f.repClient.code(UPDATE_PROFILE, { input: COMPLETE_PROFILE })).toBe('FORBIDDEN');
    expect(await f.repClient.code(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: f.partner.id })).toBe('FORBIDDEN');
    expect(await t.anon.code(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: f.partner.id })).toBe('UNAUTHENTICATED');
    expect(await completedAt(f.adminClient, 'complete-profile')).toBeNull();
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s must name the partner (BAD_USER_INPUT on partnerId), then may edit any', async (role) => {
    const f = await freshPartner('referral');
    const res = await as[role].gql(UPDATE_PROFILE, { input: COMPLETE_PROFILE });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['partnerId']);
    const { updatePartnerProfile } = await as[role].ok(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: f.partner.id });
    expect(updatePartnerProfile).toMatchObject({ id: f.partner.id, ...COMPLETE_PROFILE });
    expect(await as[role].code(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['a bad email', 'input.contactEmail', { contactEmail: 'not-an-email' }],
    ['an http logo URL', 'input.logoUrl', { logoUrl: 'http://cdn.example.com/logo.png' }],
    ['a javascript: logo URL', 'input.logoUrl', { logoUrl: 'javascript:alert(1)' }],
    ['too many regions', 'input.regions', { regions: Array.from({ length: 21 }, (_, i) => `Region ${i}`) }],
    ['a region over 60 characters', 'input.regions', { regions: ['r'.repeat(61)] }],
    ['a description over 2000 characters', 'input.description', { description: 'd'.repeat(2001) }],
    ['a contact name over 120 characters', 'input.contactName', { contactName: 'n'.repeat(121) }],
  ])('%s is BAD_USER_INPUT on %s; nothing changes', async (_label, path, change) => {
    const f = await freshPartner('technology');
    const res = await f.adminClient.gql(UPDATE_PROFILE, { input: { ...COMPLETE_PROFILE, ...change } });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual([path]);
    const row = await t.em().findOneOrFail(Partner, { id: f.partner.id });
    expect(row.description ?? null).toBeNull();
    expect(row.regions).toEqual([]);
    expect(await completedAt(f.adminClient, 'complete-profile')).toBeNull();
    expect(await t.em().count(PartnerEvent, { partnerId: f.partner.id })).toBe(0);
    expect(await t.em().count(AuditEntry, { action: 'partner.profile_updated', entityId: f.partner.id })).toBe(0);
  });

  it('reports every bad field at once', async () => {
    const f = await freshPartner('technology');
    const res = await f.adminClient.gql(UPDATE_PROFILE, { input: { ...COMPLETE_PROFILE, contactEmail: 'nope', logoUrl: 'http://x.example' } });
    expect(fieldPaths(res).sort()).toEqual(['input.contactEmail', 'input.logoUrl']);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no description', { description: '  ' }],
    ['no region', { regions: [] }],
    ['only blank regions', { regions: [' ', ''] }],
    ['no contact name', { contactName: null }],
    ['no contact email', { contactEmail: null }],
  ])('an incomplete profile (%s) is saved but does not complete the step', async (_label, change) => {
    const f = await freshPartner('technology');
    await f.adminClient.ok(UPDATE_PROFILE, { input: { ...COMPLETE_PROFILE, ...change } });
    expect(await completedAt(f.adminClient, 'complete-profile')).toBeNull();
    expect(await t.em().count(PartnerEvent, { partnerId: f.partner.id, kind: 'PROFILE_COMPLETED' })).toBe(0);
    // Completing it later does.
    await completeProfile(f.adminClient);
    expect(await completedAt(f.adminClient, 'complete-profile')).not.toBeNull();
  });
});
