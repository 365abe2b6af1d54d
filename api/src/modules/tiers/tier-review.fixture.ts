import type { ProgramDoc } from '@tierwise/shared';
import { afterAll, beforeAll, expect } from 'vitest';
import { makePartner, makeProgram, makeUser } from '../../seed/factories.js';
import type { Client, TestApi } from '../../test/harness.js';
import { startWorld, type Role, type World } from '../../test/world.js';
import { Partner } from '../partners/partner.entity.js';

/**
 * What the tier review tests share: the program, documents, one test API per
 * file with the world and a client per role (useTierApi), and helpers. The
 * `let`s are live bindings: read them inside tests.
 */

export { firstError } from '../../test/harness.js';

/**
 * A program whose upper tiers are easy to reach: one won deal. Track keys
 * match makeWorld's partners (technology/registered, agency/select).
 */
export const PROGRAM: ProgramDoc = {
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

export const PREVIEW = `{ previewTierReview { partner { id name } from { key rank } to { key rank } move pinned } }`;
export const APPLY = `mutation { applyTierReview { id programVersion appliedAt appliedBy { id } changes { partner { id } from { key } to { key } move pinned } } }`;
export const REVIEWS = `query($last: Int) { tierReviews(last: $last) { id programVersion appliedAt appliedBy { id } changes { partner { id } from { key } to { key } move } } }`;
export const NOTIFICATIONS = `{ myNotifications { id kind message createdAt } }`;
export const OVERRIDE = `mutation($partnerId: ID!, $tierKey: String!, $reason: String!, $pinnedUntil: DateTime) {
  overrideTier(partnerId: $partnerId, tierKey: $tierKey, reason: $reason, pinnedUntil: $pinnedUntil) {
    id tier { key } tierOverride { reason at by { id } pinnedUntil } } }`;
export const PARTNER = `query($id: ID!) { partner(id: $id) { id tier { key } tierOverride { reason at by { id } pinnedUntil } progress { atRisk } } }`;
export const PROGRAM_Q = `{ program { version reviewCadenceMonths nextReviewAt } }`;
export const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id } }`;
export const APPROVE = `mutation($id: ID!) { approveDeal(id: $id) { id status } }`;
export const CLOSE = `mutation($id: ID!, $won: Boolean!) { closeDeal(id: $id, won: $won) { id status } }`;

export const DAY = 24 * 3600 * 1000;
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export let t: TestApi;
export let w: World;
export let clients: Record<Role, Client>;
export let admin: Client;
let seq = 0;

export function useTierApi() {
  beforeAll(async () => {
    ({ t, w, clients, admin } = await startWorld(PROGRAM));
    // A second published version: reviews must record the one in force (2), not the first.
    await makeProgram(t.em(), { ...PROGRAM, name: 'Tier review test program (v2)' });
  });
  afterAll(() => t.close());
}

export async function partnerWithRep(trackKey: string, tierKey: string, status?: 'ACTIVE' | 'OFFBOARDED') {
  const em = t.em();
  const partner = await makePartner(em, { name: `Partner ${++seq}`, trackKey, tierKey, status });
  const rep = await makeUser(em, { role: 'PARTNER_REP', partner });
  return { partner, rep, client: await t.as(rep) };
}

/** Register, approve and close won one deal through the API. */
export async function winDeal(client: Client) {
  const n = ++seq;
  const input = { customerName: `Tier Customer ${n}`, customerDomain: `tier-customer-${n}.com`, amount: 1_000_000, expectedCloseDate: new Date(Date.now() + 30 * DAY).toISOString(), attribution: 'SOURCED' };
  const { registerDeal } = await client.ok(REGISTER, { input });
  await admin.ok(APPROVE, { id: registerDeal.id });
  expect((await admin.ok(CLOSE, { id: registerDeal.id, won: true })).closeDeal.status).toBe('WON');
}

export const tierOf = async (id: string) => (await t.em().findOneOrFail(Partner, { id })).tierKey;
export const changeOf = <T extends { partner: { id: string } }>(changes: T[], id: string) => changes.find((c) => c.partner.id === id);
export const firstOfMonthAfter = (d: Date, months: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
