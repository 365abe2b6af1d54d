import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MDF_COMMITTED_STATUSES, quarterOf } from '@tierwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MdfFund, MdfRequest } from '../modules/mdf/mdf.entity.js';
import type { User } from '../modules/users/user.entity.js';
import { makePartner, makeUser } from '../seed/factories.js';
import { startTestApi, type Client, type TestApi } from './harness.js';
import { makeWorld, type World } from './world.js';

/** What the MDF test files share: the operations, a test API with an upload folder, and helpers over it. */

export const FUND = `query($partnerId: ID, $quarter: String) { mdfFund(partnerId: $partnerId, quarter: $quarter) {
  quarter allocated committed paid available partner { id } } }`;
export const REQUEST = `mutation($input: MdfRequestInput!) { requestMdf(input: $input) {
  id status quarter activity description requestedAmount approvedAmount claimedAmount paidAmount partner { id } createdAt } }`;
export const ONE = `query($id: ID!) { mdfRequest(id: $id) {
  id status quarter requestedAmount approvedAmount claimedAmount paidAmount decisionReason claimDueAt claimResults attachments { id mimeType } } }`;
export const APPROVE = `mutation($id: ID!, $amount: SafeInt) { approveMdf(id: $id, amount: $amount) { id status approvedAmount claimDueAt } }`;
export const REJECT = `mutation($id: ID!, $reason: String!) { rejectMdf(id: $id, reason: $reason) { id status decisionReason approvedAmount } }`;
export const CLAIM = `mutation($id: ID!, $input: MdfClaimInput!) { claimMdf(id: $id, input: $input) {
  id status claimedAmount claimResults attachments { id mimeType } } }`;
export const PAY = `mutation($id: ID!, $amount: SafeInt) { approveMdfClaim(id: $id, amount: $amount) { id status paidAmount } }`;
export const REJECT_CLAIM = `mutation($id: ID!, $reason: String!) { rejectMdfClaim(id: $id, reason: $reason) { id status decisionReason paidAmount } }`;
export const ADJUST = `mutation($partnerId: ID!, $quarter: String!, $allocated: SafeInt!, $reason: String!) {
  adjustMdfAllocation(partnerId: $partnerId, quarter: $quarter, allocated: $allocated, reason: $reason) { quarter allocated committed paid available } }`;
export const LIST = `query($first: Int, $after: String, $status: [MdfRequestStatus!], $partnerId: ID) {
  mdfRequests(first: $first, after: $after, status: $status, partnerId: $partnerId) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status partner { id } } } } }`;

export const DAY = 24 * 3600 * 1000;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** The quarter `n` quarters after `q` (negative: before). */
export function shiftQuarter(q: string, n: number): string {
  const [year, quarter] = q.split('-Q').map(Number);
  const index = year * 4 + (quarter - 1) + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
export const current = () => quarterOf(new Date());

export function expectInvariant(fund: { allocated: number; committed: number; paid: number; available?: number }) {
  expect(fund.committed).toBeGreaterThanOrEqual(0);
  expect(fund.paid).toBeGreaterThanOrEqual(0);
  expect(fund.committed + fund.paid).toBeLessThanOrEqual(fund.allocated);
  if (fund.available !== undefined) expect(fund.available).toBe(fund.allocated - fund.committed - fund.paid);
}

export interface MdfContext {
  t: TestApi;
  w: World;
  vendor: Client;
  manager: Client;
  adminOfA: Client;
  repOfA: Client;
  adminOfB: Client;
  repOfB: Client;
}

/** A stand-in for what beforeAll creates, usable at a file's top level: each access goes to the real object. */
function late<T extends object>(get: () => T): T {
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = get();
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * A test API for one MDF test file (registers its beforeAll/afterAll; call at
 * the top of the file), its world and signed-in clients, and the helpers over
 * them.
 */
export function mdfKit() {
  const ctx = {} as MdfContext;

  let uploadDir = '';
  beforeAll(async () => {
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierwise-mdf-uploads-'));
    ctx.t = await startTestApi({ UPLOAD_DIR: uploadDir });
    ctx.w = await makeWorld(ctx.t);
    const w = ctx.w;
    [ctx.vendor, ctx.manager, ctx.adminOfA, ctx.repOfA, ctx.adminOfB, ctx.repOfB] = await Promise.all(
      [w.vendorAdmin, w.partnerManager, w.partnerAdminOfA, w.repOfA, w.partnerAdminOfB, w.repOfB].map((u) => ctx.t.as(u)),
    );
  });
  afterAll(async () => {
    await ctx.t?.close();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  /** A partner of its own (so each test has its own funds), with an admin and a rep signed in. */
  async function freshPartner(trackKey = 'technology', tierKey = 'registered') {
    const em = ctx.t.em();
    const partner = await makePartner(em, { trackKey, tierKey });
    const admin = await makeUser(em, { role: 'PARTNER_ADMIN', partner });
    const rep = await makeUser(em, { role: 'PARTNER_REP', partner });
    return { partner, admin, rep, adminClient: await ctx.t.as(admin), repClient: await ctx.t.as(rep) };
  }

  async function bearer(user: User): Promise<string> {
    const session = await ctx.t.api.services.sessions.create(user.id);
    return session.token;
  }

  /** Upload a tiny PNG as `user` (`variant` changes its bytes: another file); the new upload's id. */
  async function upload(user: User, variant = 0, fileName = 'proof.png'): Promise<string> {
    const form = new FormData();
    const bytes = variant ? Buffer.concat([Buffer.from(PNG), Buffer.from([variant])]) : PNG;
    form.append('file', new Blob([bytes], { type: 'image/png' }), fileName);
    const res = await fetch(`${ctx.t.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${await bearer(user)}` }, body: form });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  async function request(client: Client, amount: number, extra: Record<string, unknown> = {}) {
    return (await client.ok(REQUEST, { input: { activity: 'Webinar', amount, ...extra } })).requestMdf;
  }

  async function fundOf(client: Client, partnerId: string | null, quarter = current()) {
    return (await client.ok(FUND, { partnerId, quarter })).mdfFund as { allocated: number; committed: number; paid: number; available: number };
  }

  async function dbFund(partnerId: string, quarter = current()) {
    return ctx.t.em().findOneOrFail(MdfFund, { partnerId, quarter });
  }

  async function badFields(client: Client, query: string, variables: Record<string, unknown>) {
    const res = await client.gql(query, variables);
    expect(res.errors?.[0]?.extensions.code, JSON.stringify(res.errors ?? res.data)).toBe('BAD_USER_INPUT');
    return res.errors![0].extensions.fields?.map((f) => f.path) ?? [];
  }

  /** An approved request of `amount` for a fresh partner (or the given one). */
  async function approved(p: Awaited<ReturnType<typeof freshPartner>>, amount: number, approve = amount) {
    const r = await request(p.repClient, amount);
    await ctx.vendor.ok(APPROVE, { id: r.id, amount: approve });
    return r;
  }

  /** The file's last check: every fund consistent with its requests after all of its tests. */
  function checksTheLedger() {
    describe('the ledger', () => {
      it('keeps every fund consistent with its requests after all of the above', async () => {
        const em = ctx.t.em();
        const funds = await em.find(MdfFund, {});
        expect(funds.length).toBeGreaterThan(0);
        for (const fund of funds) {
          expectInvariant(fund);
          const requests = await em.find(MdfRequest, { fundId: fund.id });
          const committed = requests.filter((r) => MDF_COMMITTED_STATUSES.includes(r.status)).reduce((s, r) => s + (r.approvedAmount ?? 0), 0);
          const paid = requests.filter((r) => r.status === 'PAID').reduce((s, r) => s + (r.paidAmount ?? 0), 0);
          expect({ fund: fund.id, committed: fund.committed, paid: fund.paid }).toEqual({ fund: fund.id, committed, paid });
        }
      });
    });
  }

  const { t, w, vendor, manager, adminOfA, repOfA, adminOfB, repOfB } = Object.fromEntries(
    (['t', 'w', 'vendor', 'manager', 'adminOfA', 'repOfA', 'adminOfB', 'repOfB'] as const).map((key) => [key, late(() => ctx[key])]),
  ) as unknown as MdfContext;
  return { t, w, vendor, manager, adminOfA, repOfA, adminOfB, repOfB, freshPartner, upload, request, fundOf, dbFund, badFields, approved, checksTheLedger };
}
