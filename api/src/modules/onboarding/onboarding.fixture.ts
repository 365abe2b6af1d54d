import { afterAll, beforeAll, expect } from 'vitest';
import { makePartner, makeUser } from '../../seed/factories.js';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { clientsByRole, makeWorld, type World } from '../../test/world.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Partner } from '../partners/partner.entity.js';

/**
 * What the onboarding tests share: documents, one test API per file with the
 * world and a certification path (useOnboardingApi), and helpers. The `let`s
 * are live bindings: read them inside tests.
 */

export const TICK = `mutation($stepKey: String!) { completeOnboardingStep(stepKey: $stepKey) { step { id key title completion } completedAt } }`;
export const ONBOARDING_FIELDS = `id status onboarding { step { key completion } completedAt }`;
export const MY_ONBOARDING = `{ myPartner { ${ONBOARDING_FIELDS} } }`;
export const PARTNER_ONBOARDING = `query($id: ID!) { partner(id: $id) { ${ONBOARDING_FIELDS} } }`;
export const PROFILE_FIELDS = `id status description logoUrl regions contactName contactEmail`;
export const UPDATE_PROFILE = `mutation($input: PartnerProfileInput!, $partnerId: ID) { updatePartnerProfile(input: $input, partnerId: $partnerId) { ${PROFILE_FIELDS} } }`;
export const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id createdAt } }`;
export const SAVE_PATH = `mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id } }`;
export const ENROLL = `mutation($pathId: ID!) { enroll(pathId: $pathId) { id } }`;
export const COMPLETE_MODULE = `mutation($c: ID!, $m: ID!) { completeModule(certificationId: $c, moduleId: $m) { id status certifiedAt } }`;
export const SAVE_PROGRAM = `mutation($input: ProgramInput!) { saveProgramDraft(input: $input) { version } }`;
export const PUBLISH = `mutation { publishProgram { version tracks { key onboardingSteps { key } } } }`;

export const DAY = 24 * 3600 * 1000;
export type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';
export const ENTRY_TIER: Record<string, string> = { technology: 'registered', agency: 'select', referral: 'member' };
export const COMPLETE_PROFILE = {
  description: 'We build integrations.',
  logoUrl: 'https://cdn.example.com/logo.png',
  regions: ['EMEA', 'NA'],
  contactName: 'Pat Partner',
  contactEmail: 'pat@partner.example',
};

export let t: TestApi;
export let w: World;
export let as: Record<Role, Client>;
export let pathId: string;
export let seq = 0;

export function useOnboardingApi() {
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
}

export function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}
export const fieldPaths = (res: GqlResponse) => (firstError(res).extensions.fields ?? []).map((f) => f.path);

/** A new partner with an admin and a rep, so each test starts from a clean onboarding state. */
export async function freshPartner(trackKey: 'technology' | 'agency' | 'referral', status?: 'ONBOARDING' | 'ACTIVE') {
  const em = t.em();
  const n = ++seq;
  const partner = await makePartner(em, { name: `Fresh ${trackKey} ${n}`, trackKey, tierKey: ENTRY_TIER[trackKey], status });
  const admin = await makeUser(em, { role: 'PARTNER_ADMIN', partner, email: `admin${n}@fresh.test` });
  const rep = await makeUser(em, { role: 'PARTNER_REP', partner, email: `rep${n}@fresh.test` });
  return { partner, admin, rep, adminClient: await t.as(admin), repClient: await t.as(rep) };
}
export type Fresh = Awaited<ReturnType<typeof freshPartner>>;

export async function onboardingOf(client: Client) {
  return (await client.ok(MY_ONBOARDING)).myPartner as { id: string; status: string; onboarding: { step: { key: string; completion: string }; completedAt: string | null }[] };
}
export async function completedAt(client: Client, stepKey: string) {
  const item = (await onboardingOf(client)).onboarding.find((i) => i.step.key === stepKey);
  expect(item, `step ${stepKey}`).toBeDefined();
  return item!.completedAt;
}
export const statusOf = async (partnerId: string) => (await t.em().findOneOrFail(Partner, { id: partnerId })).status;
export const activations = (partnerId: string) => t.em().count(AuditEntry, { action: 'partner.activated', entityId: partnerId });

export async function tick(client: Client, stepKey = 'sign-agreement') {
  return (await client.ok(TICK, { stepKey })).completeOnboardingStep;
}
export async function completeProfile(client: Client, partnerId?: string) {
  return (await client.ok(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId })).updatePartnerProfile;
}
export async function certify(client: Client) {
  const cert = (await client.ok(ENROLL, { pathId })).enroll;
  return (await client.ok(COMPLETE_MODULE, { c: cert.id, m: 'welcome' })).completeModule;
}
export async function registerDeal(client: Client) {
  const n = ++seq;
  return (
    await client.ok(REGISTER, {
      input: { customerName: `Onboarding Customer ${n}`, customerDomain: `onboarding-customer-${n}.com`, amount: 100_000, expectedCloseDate: new Date(Date.now() + 30 * DAY).toISOString(), attribution: 'SOURCED' },
    })
  ).registerDeal;
}

// ------------------------------------------------------------------ completeOnboardingStep
