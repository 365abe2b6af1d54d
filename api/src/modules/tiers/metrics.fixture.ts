import { DEMO_PROGRAM, type ProgramDoc } from '@tierwise/shared';
import { afterAll, beforeAll, expect } from 'vitest';
import { makePartner, makeUser } from '../../seed/factories.js';
import type { Client, TestApi } from '../../test/harness.js';
import { startWorld, type Role, type World } from '../../test/world.js';
import { Deal } from '../deals/deal.entity.js';

/**
 * What the tier metrics tests share: a program with criteria on every metric,
 * documents, one test API per file with the world, a client per role and two
 * certification paths (useMetricsApi), and helpers that make results. The
 * `let`s are live bindings: read them inside tests.
 */

export const DAY = 24 * 3600 * 1000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** The demo program with criteria on every metric, and short windows to test them. */
export const METRICS_PROGRAM: ProgramDoc = (() => {
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

export const PROGRESS_FIELDS = `progress { currentTier { key } nextTier { key } toNextTier { metric current required met } atRisk }`;
export const MY_PROGRESS = `{ myPartner { id ${PROGRESS_FIELDS} } }`;
export const PARTNER_PROGRESS = `query($id: ID!) { partner(id: $id) { id ${PROGRESS_FIELDS} } }`;
export const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id amount } }`;
export const APPROVE = `mutation($id: ID!) { approveDeal(id: $id) { id status } }`;
export const REJECT = `mutation($id: ID!) { rejectDeal(id: $id, reason: "Not a fit") { id status } }`;
export const CLOSE = `mutation($id: ID!, $won: Boolean!, $amount: SafeInt) { closeDeal(id: $id, won: $won, amount: $amount) { id status } }`;
export const SAVE_PATH = `mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id } }`;
export const ENROLL = `mutation($pathId: ID!) { enroll(pathId: $pathId) { id } }`;
export const COMPLETE_MODULE = `mutation($c: ID!) { completeModule(certificationId: $c, moduleId: "lesson") { id status } }`;
export const TICK = `mutation { completeOnboardingStep(stepKey: "sign-agreement") { completedAt } }`;
export const UPDATE_PROFILE = `mutation($input: PartnerProfileInput!) { updatePartnerProfile(input: $input) { id } }`;

export type Progress = { currentTier: { key: string } | null; nextTier: { key: string } | null; toNextTier: { metric: string; current: number; required: number; met: boolean }[]; atRisk: boolean };

export let t: TestApi;
export let w: World;
export let clients: Record<Role, Client>;
export let pathIds: string[];
let seq = 0;

export function useMetricsApi() {
  beforeAll(async () => {
    ({ t, w, clients } = await startWorld(METRICS_PROGRAM));
    pathIds = [];
    for (const key of ['first-path', 'second-path'])
      pathIds.push(
        (
          await clients.VENDOR_ADMIN.ok(SAVE_PATH, {
            input: { key, name: key, trackKey: null, validityDays: 365, passingScore: 80, modules: [{ title: 'Lesson', kind: 'COURSE', content: 'Read me' }] },
          })
        ).saveCertificationPath.id,
      );
  });
  afterAll(() => t.close());
}

export async function freshPartner(trackKey: 'technology' | 'agency' = 'technology') {
  const n = ++seq;
  const partner = await makePartner(t.em(), { name: `Metrics ${trackKey} ${n}`, trackKey, tierKey: trackKey === 'technology' ? 'registered' : 'select' });
  const rep = await makeUser(t.em(), { role: 'PARTNER_REP', partner, email: `rep${n}@metrics.test` });
  return { partner, rep, client: await t.as(rep) };
}

export async function progressOf(client: Client): Promise<Progress> {
  return (await client.ok(MY_PROGRESS)).myPartner.progress;
}
/** The partner's progress as its own user sees it; vendor staff must see exactly the same. */
export async function metrics(client: Client, partnerId: string): Promise<Record<string, { current: number; required: number; met: boolean }>> {
  const own = await progressOf(client);
  const vendor = (await clients.PARTNER_MANAGER.ok(PARTNER_PROGRESS, { id: partnerId })).partner.progress;
  expect(vendor).toEqual(own);
  return Object.fromEntries(own.toNextTier.map(({ metric, ...rest }) => [metric, rest]));
}

export async function register(client: Client, amount: number, attribution: 'SOURCED' | 'INFLUENCED' | 'CO_SOLD' = 'SOURCED') {
  const n = ++seq;
  return (
    await client.ok(REGISTER, {
      input: { customerName: `Metric Customer ${n}`, customerDomain: `metric-customer-${n}.com`, amount, expectedCloseDate: new Date(Date.now() + 30 * DAY).toISOString(), attribution },
    })
  ).registerDeal.id as string;
}
export async function approved(client: Client, amount: number, attribution: 'SOURCED' | 'INFLUENCED' | 'CO_SOLD' = 'SOURCED') {
  const id = await register(client, amount, attribution);
  await clients.VENDOR_ADMIN.ok(APPROVE, { id });
  return id;
}
export async function won(client: Client, amount: number, attribution: 'SOURCED' | 'INFLUENCED' | 'CO_SOLD' = 'SOURCED', wonAmount?: number) {
  const id = await approved(client, amount, attribution);
  await client.ok(CLOSE, { id, won: true, amount: wonAmount });
  return id;
}
export async function certify(client: Client, pathId = pathIds[0]) {
  const cert = (await client.ok(ENROLL, { pathId })).enroll;
  expect((await client.ok(COMPLETE_MODULE, { c: cert.id })).completeModule.status).toBe('CERTIFIED');
  return cert.id as string;
}
export const move = (id: string, changes: Partial<Pick<Deal, 'decidedAt' | 'closedAt' | 'createdAt'>>) => t.em().nativeUpdate(Deal, { id }, changes);
