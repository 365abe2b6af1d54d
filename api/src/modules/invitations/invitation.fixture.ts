import { afterAll, beforeAll, expect } from 'vitest';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { makeWorld, type World } from '../../test/world.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { User } from '../users/user.entity.js';

/**
 * What the invitation tests share: documents, one test API per file with the
 * world and the vendor admin's client (useInvitationApi), and helpers. The
 * `let`s are live bindings: read them inside tests.
 */

export const INVITE = `mutation($email: String!, $role: Role!, $partnerId: ID) {
  invite(email: $email, role: $role, partnerId: $partnerId) { id email role token expiresAt partner { id name } }
}`;
export const ACCEPT = `mutation($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, name: $name, password: $password) { token user { id email name role partner { id } } }
}`;
export const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { email role partnerName expiresAt } }`;
export const ME = `{ me { id email name role partner { id } } }`;
export const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

export const PASSWORD = 'a-long-enough-password';
export const DAY_MS = 24 * 3600 * 1000;

export let t: TestApi;
export let w: World;
export let admin: Client;
export let seq = 0;
/** A fresh address per call, so tests do not collide on "already has an account". */
export const newEmail = (prefix = 'invitee') => `${prefix}-${++seq}@invited.test`;

export function useInvitationApi() {
  beforeAll(async () => {
    t = await startTestApi();
    w = await makeWorld(t);
    admin = await t.as(w.vendorAdmin);
  });
  afterAll(() => t.close());
}

export function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}

export function fieldPaths(res: GqlResponse): string[] {
  return (firstError(res).extensions.fields ?? []).map((f) => f.path);
}

export async function invite(client: Client, email: string, role: string, partnerId?: string | null) {
  return (await client.ok(INVITE, { email, role, partnerId: partnerId ?? null })).invite;
}

export const userCount = (email: string) => t.em().count(User, { email });
export const auditFor = (action: string, entityId: string) => t.em().find(AuditEntry, { action, entityId });
