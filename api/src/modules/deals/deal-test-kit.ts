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

export async function register(client: Client, overrides: Record<string, unknown> = {}) {
  return (await client.ok(REGISTER, { input: dealInput(overrides) })).registerDeal;
}
