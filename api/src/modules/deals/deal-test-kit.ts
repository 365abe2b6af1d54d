import { afterAll, beforeAll } from 'vitest';
import { startTestApi, type Client, type TestApi } from '../../test/harness.js';
import { clientsByRole, dealInput, makeWorld, type World } from '../../test/world.js';

/** What the deal tests share: the documents, a world with partners A and B, and registering through the API. */

export const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) {
  id status customerName customerDomain amount attribution createdAt reviewDueAt protectionEndsAt partner { id } submittedBy { email } } }`;
export const DEAL = `query($id: ID!) { deal(id: $id) { id status protectionEndsAt decidedAt rejectionReason } }`;
export const APPROVE = `mutation($id: ID!) { approveDeal(id: $id) { id status decidedAt protectionEndsAt } }`;
export const REJECT = `mutation($id: ID!, $reason: String!) { rejectDeal(id: $id, reason: $reason) { id status rejectionReason } }`;

export const DAY = 24 * 3600 * 1000;

export interface DealWorld {
  t: TestApi;
  w: World;
  as: Awaited<ReturnType<typeof clientsByRole>>;
  adminOfB: Client;
  repOfB: Client;
}

export async function startDealWorld(options: { captureQueries?: boolean } = {}): Promise<DealWorld> {
  const t = await startTestApi({}, options);
  const w = await makeWorld(t);
  return { t, w, as: await clientsByRole(t, w), adminOfB: await t.as(w.partnerAdminOfB), repOfB: await t.as(w.repOfB) };
}

export let t: TestApi;
export let w: World;
export let as: DealWorld['as'];
export let adminOfB: Client;
export let repOfB: Client;

/** One deal world per test file, set before its tests run. The `let`s above are live bindings: read them inside tests. */
export function useDealWorld(options: { captureQueries?: boolean } = {}) {
  beforeAll(async () => {
    ({ t, w, as, adminOfB, repOfB } = await startDealWorld(options));
  });
  afterAll(() => t.close());
}

export async function register(client: Client, overrides: Record<string, unknown> = {}) {
  return (await client.ok(REGISTER, { input: dealInput(overrides) })).registerDeal;
}
