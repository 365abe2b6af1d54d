import { afterAll, beforeAll, expect } from 'vitest';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { clientsByRole, makeWorld, type World } from '../../test/world.js';
import { Partner } from './partner.entity.js';

/**
 * What the partner tests share: documents, one test API per file with the
 * world and a client per role (usePartnerApi), and helpers. The `let`s are
 * live bindings: read them inside tests.
 */

export const PARTNER_FIELDS = `id name domain status track { key } tier { key rank } manager { id email }`;
export const CREATE = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { ${PARTNER_FIELDS} } }`;
export const PARTNER = `query($id: ID!) { partner(id: $id) { ${PARTNER_FIELDS} } }`;
export const MY_PARTNER = `{ myPartner { ${PARTNER_FIELDS} } }`;
export const LIST = `query($first: Int, $after: String) {
  partners(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }
}`;
export const PROGRESS = `query($id: ID!) { partner(id: $id) {
  track { key tiers { key } onboardingSteps { id key title completion } }
  progress {
    currentTier { key rank } nextTier { key rank }
    toNextTier { metric current required met }
    benefitsGained { kind value }
    atRisk
  }
  onboarding { step { id key title description completion } completedAt }
} }`;
export const OFFBOARD = `mutation($partnerId: ID!, $reason: String!) { offboardPartner(partnerId: $partnerId, reason: $reason) { id status } }`;
export const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
export const ME = `{ me { id } }`;

export const PASSWORD = 'correct-horse-battery';
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
export type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';
export const ROLES: Role[] = ['VENDOR_ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'];
export let t: TestApi;
export let w: World;
export let clients: Record<Role, Client>;

export function usePartnerApi() {
  beforeAll(async () => {
    t = await startTestApi();
    w = await makeWorld(t);
    clients = await clientsByRole(t, w);
  });
  afterAll(() => t.close());
}

export function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}
export const fieldPaths = (res: GqlResponse) => (firstError(res).extensions.fields ?? []).map((f) => f.path);
export const partnerCount = () => t.em().count(Partner, {});
export const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
