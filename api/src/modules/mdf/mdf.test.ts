import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MDF_COMMITTED_STATUSES, quarterOf } from '@tierwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartner, makeUser } from '../../seed/factories.js';
import { startTestApi, type Client, type TestApi } from '../../test/harness.js';
import { makeWorld, type World } from '../../test/world.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Partner } from '../partners/partner.entity.js';
import type { User } from '../users/user.entity.js';
import { MdfFund, MdfRequest } from './mdf.entity.js';
import { releaseUnclaimedApprovals } from './release-expired-claims.js';

const FUND = `query($partnerId: ID, $quarter: String) { mdfFund(partnerId: $partnerId, quarter: $quarter) {
  quarter allocated committed paid available partner { id } } }`;
const REQUEST = `mutation($input: MdfRequestInput!) { requestMdf(input: $input) {
  id status quarter activity description requestedAmount approvedAmount claimedAmount paidAmount partner { id } createdAt } }`;
const ONE = `query($id: ID!) { mdfRequest(id: $id) {
  id status quarter requestedAmount approvedAmount claimedAmount paidAmount decisionReason claimDueAt claimResults attachments { id mimeType } } }`;
const APPROVE = `mutation($id: ID!, $amount: SafeInt) { approveMdf(id: $id, amount: $amount) { id status approvedAmount claimDueAt } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectMdf(id: $id, reason: $reason) { id status decisionReason approvedAmount } }`;
const CLAIM = `mutation($id: ID!, $input: MdfClaimInput!) { claimMdf(id: $id, input: $input) {
  id status claimedAmount claimResults attachments { id mimeType } } }`;
const PAY = `mutation($id: ID!, $amount: SafeInt) { approveMdfClaim(id: $id, amount: $amount) { id status paidAmount } }`;
const REJECT_CLAIM = `mutation($id: ID!, $reason: String!) { rejectMdfClaim(id: $id, reason: $reason) { id status decisionReason paidAmount } }`;
const ADJUST = `mutation($partnerId: ID!, $quarter: String!, $allocated: SafeInt!, $reason: String!) {
  adjustMdfAllocation(partnerId: $partnerId, quarter: $quarter, allocated: $allocated, reason: $reason) { quarter allocated committed paid available } }`;
const LIST = `query($first: Int, $after: String, $status: [MdfRequestStatus!], $partnerId: ID) {
  mdfRequests(first: $first, after: $after, status: $status, partnerId: $partnerId) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status partner { id } } } } }`;

const DAY = 24 * 3600 * 1000;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** The quarter `n` quarters after `q` (negative: before). */
function shiftQuarter(q: string, n: number): string {
  const [year, quarter] = q.split('-Q').map(Number);
  const index = year * 4 + (quarter - 1) + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
const current = () => quarterOf(new Date());

let t: TestApi;
let w: World;
let uploadDir: string;
let vendor: Client;
let manager: Client;
let adminOfA: Client;
let repOfA: Client;
let adminOfB: Client;
let repOfB: Client;

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierwise-mdf-uploads-'));
  t = await startTestApi({ UPLOAD_DIR: uploadDir });
  w = await makeWorld(t);
  [vendor, manager, adminOfA, repOfA, adminOfB, repOfB] = await Promise.all(
    [w.vendorAdmin, w.partnerManager, w.partnerAdminOfA, w.repOfA, w.partnerAdminOfB, w.repOfB].map((u) => t.as(u)),
  );
});
afterAll(async () => {
  await t.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

/** A partner of its own (so each test has its own funds), with an admin and a rep signed in. */
async function freshPartner(trackKey = 'technology', tierKey = 'registered') {
  const em = t.em();
  const partner = await makePartner(em, { trackKey, tierKey });
  const admin = await makeUser(em, { role: 'PARTNER_ADMIN', partner });
  const rep = await makeUser(em, { role: 'PARTNER_REP', partner });
  return { partner, admin, rep, adminClient: await t.as(admin), repClient: await t.as(rep) };
}

async function bearer(user: User): Promise<string> {
  const session = await t.api.services.sessions.create(user.id);
  return session.token;
}

/** Upload a tiny PNG as `user` (`variant` changes its bytes: another file); the new upload's id. */
async function upload(user: User, variant = 0, fileName = 'proof.png'): Promise<string> {
  const form = new FormData();
  const bytes = variant ? Buffer.concat([Buffer.from(PNG), Buffer.from([variant])]) : PNG;
  form.append('file', new Blob([bytes], { type: 'image/png' }), fileName);
  const res = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${await bearer(user)}` }, body: form });
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
  return t.em().findOneOrFail(MdfFund, { partnerId, quarter });
}

async function badFields(client: Client, query: string, variables: Record<string, unknown>) {
  const res = await client.gql(query, variables);
  expect(res.errors?.[0]?.extensions.code, JSON.stringify(res.errors ?? res.data)).toBe('BAD_USER_INPUT');
  return res.errors![0].extensions.fields?.map((f) => f.path) ?? [];
}

/** An approved request of `amount` for a fresh partner (or the given one). */
async function approved(p: Awaited<ReturnType<typeof freshPartner>>, amount: number, approve = amount) {
  const r = await request(p.repClient, amount);
  await vendor.ok(APPROVE, { id: r.id, amount: approve });
  return r;
}

function expectInvariant(fund: { allocated: number; committed: number; paid: number; available?: number }) {
  expect(fund.committed).toBeGreaterThanOrEqual(0);
  expect(fund.paid).toBeGreaterThanOrEqual(0);
  expect(fund.committed + fund.paid).toBeLessThanOrEqual(fund.allocated);
  if (fund.available !== undefined) expect(fund.available).toBe(fund.allocated - fund.committed - fund.paid);
}

describe('mdfFund', () => {
  it('gives partner users their own fund, allocated from their tier', async () => {
    const a = await adminOfA.ok(FUND, {});
    expect(a.mdfFund).toEqual({ quarter: current(), allocated: 500_000, committed: 0, paid: 0, available: 500_000, partner: { id: w.partnerA.id } });
    expect((await repOfA.ok(FUND, { partnerId: w.partnerA.id })).mdfFund.allocated).toBe(500_000);
    const b = await repOfB.ok(FUND, {});
    expect(b.mdfFund).toMatchObject({ allocated: 250_000, available: 250_000, partner: { id: w.partnerB.id } });
    const audit = await t.em().find(AuditEntry, { action: 'mdf.fund_allocated' });
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('fixes the allocation when the quarter is first touched; a later quarter uses the tier held then', async () => {
    const p = await freshPartner('technology', 'registered');
    const next = shiftQuarter(current(), 1);
    expect((await fundOf(p.adminClient, null)).allocated).toBe(500_000);
    await t.em().nativeUpdate(Partner, { id: p.partner.id }, { tierKey: 'premier' });
    expect((await fundOf(p.adminClient, null)).allocated).toBe(500_000);
    expect((await fundOf(vendor, p.partner.id)).allocated).toBe(500_000);
    expect((await fundOf(p.repClient, null, next)).allocated).toBe(1_500_000);
    // Demoted again: both touched quarters keep what they were given.
    await t.em().nativeUpdate(Partner, { id: p.partner.id }, { tierKey: 'registered' });
    expect((await fundOf(p.adminClient, null, next)).allocated).toBe(1_500_000);
    expect((await fundOf(p.adminClient, null)).allocated).toBe(500_000);
    expect(await t.em().count(MdfFund, { partnerId: p.partner.id })).toBe(2);
  });

  it('gives a partner without MDF in its tier a zero allocation', async () => {
    const p = await freshPartner('referral', 'member');
    expect(await fundOf(p.adminClient, null)).toMatchObject({ allocated: 0, available: 0 });
    expect(await badFields(p.repClient, REQUEST, { input: { activity: 'Event', amount: 1 } })).toEqual(['input.amount']);
  });

  it('creates one fund when many first touches arrive at once', async () => {
    const p = await freshPartner('agency', 'elite');
    const funds = await Promise.all(Array.from({ length: 6 }, (_, i) => fundOf(i % 2 ? p.adminClient : vendor, i % 2 ? null : p.partner.id)));
    for (const f of funds) expect(f.allocated).toBe(1_000_000);
    expect(await t.em().count(MdfFund, { partnerId: p.partner.id, quarter: current() })).toBe(1);
  });

  it('makes vendor staff choose the partner', async () => {
    const res = await vendor.gql(FUND, {});
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toContainEqual(expect.objectContaining({ path: 'partnerId' }));
    expect(await manager.code(FUND, {})).toBe('BAD_USER_INPUT');
    expect((await manager.ok(FUND, { partnerId: w.partnerB.id })).mdfFund).toMatchObject({ allocated: 250_000, partner: { id: w.partnerB.id } });
    expect(await vendor.code(FUND, { partnerId: '00000000-0000-0000-0000-000000000000' })).toBe('NOT_FOUND');
  });

  it("shows another partner's fund to partner users as NOT_FOUND", async () => {
    expect(await adminOfA.code(FUND, { partnerId: w.partnerB.id })).toBe('NOT_FOUND');
    expect(await repOfB.code(FUND, { partnerId: w.partnerA.id })).toBe('NOT_FOUND');
  });

  it.each(['Q5', '2026-Q5', '2026-Q0', '2026Q1', 'next quarter'])('refuses the quarter %j as bad input', async (quarter) => {
    expect(await badFields(adminOfA, FUND, { quarter })).toEqual(['quarter']);
  });

  it('asks anonymous callers to sign in', async () => {
    expect(await t.anon.code(FUND, { partnerId: w.partnerA.id })).toBe('UNAUTHENTICATED');
  });

  it('reports available = allocated - committed - paid', async () => {
    const p = await freshPartner();
    const r1 = await approved(p, 200_000);
    await approved(p, 50_000);
    const ids = [await upload(p.rep)];
    await p.adminClient.ok(CLAIM, { id: r1.id, input: { amount: 200_000, attachmentIds: ids } });
    await vendor.ok(PAY, { id: r1.id, amount: 120_000 });
    const fund = await fundOf(p.adminClient, null);
    expect(fund).toMatchObject({ allocated: 500_000, committed: 50_000, paid: 120_000, available: 330_000 });
    expectInvariant(fund);
  });
});

describe('requestMdf', () => {
  it('lets partner users request from the current quarter, audited', async () => {
    const r = await request(repOfA, 120_000, { activity: '  Trade show booth ', description: 'Booth at the regional fair' });
    expect(r).toMatchObject({
      status: 'SUBMITTED',
      quarter: current(),
      activity: 'Trade show booth',
      description: 'Booth at the regional fair',
      requestedAmount: 120_000,
      approvedAmount: null,
      claimedAmount: null,
      paidAmount: null,
      partner: { id: w.partnerA.id },
    });
    const audit = await t.em().find(AuditEntry, { entityId: r.id, action: 'mdf.requested' });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(w.repOfA.id);
    expect(JSON.parse(audit[0].after!)).toMatchObject({ partnerId: w.partnerA.id, amount: 120_000 });
    // Requesting reserves nothing.
    expect((await fundOf(adminOfA, null)).committed).toBe(0);
  });

  it('accepts a quarter up to four quarters ahead', async () => {
    const p = await freshPartner();
    const q = shiftQuarter(current(), 4);
    const r = await request(p.adminClient, 500_000, { quarter: q });
    expect(r.quarter).toBe(q);
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('is FORBIDDEN to %s', async (role) => {
    const client = role === 'VENDOR_ADMIN' ? vendor : manager;
    expect(await client.code(REQUEST, { input: { activity: 'Webinar', amount: 1000 } })).toBe('FORBIDDEN');
  });

  it('asks anonymous callers to sign in', async () => {
    expect(await t.anon.code(REQUEST, { input: { activity: 'Webinar', amount: 1000 } })).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['input.activity', { activity: '' }],
    ['input.activity', { activity: '    ' }],
    ['input.activity', { activity: 'a'.repeat(121) }],
    ['input.description', { description: 'd'.repeat(2001) }],
    ['input.amount', { amount: 0 }],
    ['input.amount', { amount: -1 }],
    ['input.amount', { amount: 500_001 }],
    ['input.quarter', { quarter: 'Q5' }],
    ['input.quarter', { quarter: 'past' }],
    ['input.quarter', { quarter: 'past+5' }],
  ])('names %s when it is bad (%j) and creates nothing', async (field, change) => {
    const input: Record<string, unknown> = { activity: 'Webinar', amount: 1000, ...change };
    if (input.quarter === 'past') input.quarter = shiftQuarter(current(), -1);
    if (input.quarter === 'past+5') input.quarter = shiftQuarter(current(), 5);
    const before = await t.em().count(MdfRequest, {});
    expect(await badFields(adminOfA, REQUEST, { input })).toEqual([field]);
    expect(await t.em().count(MdfRequest, {})).toBe(before);
  });

  it('names every bad field at once', async () => {
    const input = { activity: ' ', description: 'd'.repeat(2001), amount: 0, quarter: 'Q5' };
    expect(await badFields(adminOfA, REQUEST, { input })).toEqual(['input.activity', 'input.description', 'input.amount', 'input.quarter']);
  });

  it('checks the amount against the allocation of the quarter asked for', async () => {
    // Partner B (agency/select) has 250_000 a quarter.
    expect(await badFields(adminOfB, REQUEST, { input: { activity: 'Print ads', amount: 250_001 } })).toEqual(['input.amount']);
    expect((await request(adminOfB, 250_000)).requestedAmount).toBe(250_000);
  });
});

describe('approveMdf and rejectMdf', () => {
  it('approves all by default, or part, reserving the approved amount', async () => {
    const p = await freshPartner();
    const full = await request(p.repClient, 100_000);
    const part = await request(p.adminClient, 200_000);
    const a1 = (await vendor.ok(APPROVE, { id: full.id })).approveMdf;
    expect(a1).toMatchObject({ status: 'APPROVED', approvedAmount: 100_000 });
    // The demo program keeps the default claim window of 90 days.
    expect(new Date(a1.claimDueAt).getTime()).toBeGreaterThan(Date.now() + 89 * DAY);
    expect(new Date(a1.claimDueAt).getTime()).toBeLessThanOrEqual(Date.now() + 90 * DAY);
    expect((await manager.ok(APPROVE, { id: part.id, amount: 150_000 })).approveMdf).toMatchObject({ status: 'APPROVED', approvedAmount: 150_000 });
    expect(await fundOf(p.adminClient, null)).toMatchObject({ committed: 250_000, paid: 0, available: 250_000 });
    const audit = await t.em().findOneOrFail(AuditEntry, { entityId: part.id, action: 'mdf.approved' });
    expect(audit.actorId).toBe(w.partnerManager.id);
  });

  it('refuses an amount above the request, or zero, as bad input and reserves nothing', async () => {
    const p = await freshPartner();
    const r = await request(p.repClient, 100_000);
    expect(await badFields(vendor, APPROVE, { id: r.id, amount: 100_001 })).toEqual(['amount']);
    expect(await badFields(vendor, APPROVE, { id: r.id, amount: 0 })).toEqual(['amount']);
    expect(await badFields(vendor, APPROVE, { id: r.id, amount: -5 })).toEqual(['amount']);
    expect((await p.repClient.ok(ONE, { id: r.id })).mdfRequest.status).toBe('SUBMITTED');
    expect((await dbFund(p.partner.id)).committed).toBe(0);
  });

  it('refuses a second decision as INVALID_STATE, reserving once', async () => {
    const p = await freshPartner();
    const r = await approved(p, 100_000);
    expect(await vendor.code(APPROVE, { id: r.id })).toBe('INVALID_STATE');
    expect(await manager.code(REJECT, { id: r.id, reason: 'changed my mind' })).toBe('INVALID_STATE');
    expect((await dbFund(p.partner.id)).committed).toBe(100_000);
  });

  it('refuses an approval that does not fit with INSUFFICIENT_FUNDS, leaving the request waiting', async () => {
    const p = await freshPartner();
    await approved(p, 400_000);
    const r = await request(p.repClient, 200_000);
    expect(await vendor.code(APPROVE, { id: r.id })).toBe('INSUFFICIENT_FUNDS');
    expect((await p.repClient.ok(ONE, { id: r.id })).mdfRequest).toMatchObject({ status: 'SUBMITTED', approvedAmount: null });
    // Part of it still fits.
    expect((await vendor.ok(APPROVE, { id: r.id, amount: 100_000 })).approveMdf.approvedAmount).toBe(100_000);
    expect(await fundOf(vendor, p.partner.id)).toMatchObject({ committed: 500_000, available: 0 });
  });

  it('is for vendor staff only', async () => {
    const r = await request(repOfA, 1000);
    for (const client of [adminOfA, repOfA, adminOfB]) {
      expect(await client.code(APPROVE, { id: r.id })).toBe('FORBIDDEN');
      expect(await client.code(REJECT, { id: r.id, reason: 'no' })).toBe('FORBIDDEN');
    }
    expect(await t.anon.code(APPROVE, { id: r.id })).toBe('UNAUTHENTICATED');
    expect(await vendor.code(APPROVE, { id: '00000000-0000-0000-0000-000000000000' })).toBe('NOT_FOUND');
    expect((await repOfA.ok(ONE, { id: r.id })).mdfRequest.status).toBe('SUBMITTED');
  });

  it("shows another partner's request as NOT_FOUND to partner users", async () => {
    const r = await request(repOfB, 1000);
    expect(await adminOfA.code(ONE, { id: r.id })).toBe('NOT_FOUND');
    expect(await repOfA.code(ONE, { id: r.id })).toBe('NOT_FOUND');
    expect(await repOfA.code(CLAIM, { id: r.id, input: { amount: 1000, attachmentIds: [await upload(w.repOfA)] } })).toBe('NOT_FOUND');
    expect((await adminOfB.ok(ONE, { id: r.id })).mdfRequest.id).toBe(r.id);
    expect((await manager.ok(ONE, { id: r.id })).mdfRequest.id).toBe(r.id);
  });

  it('rejects with a reason, leaving the fund untouched', async () => {
    const p = await freshPartner();
    const r = await request(p.repClient, 100_000);
    const before = await fundOf(vendor, p.partner.id);
    expect(await badFields(vendor, REJECT, { id: r.id, reason: '   ' })).toEqual(['reason']);
    const rejected = (await manager.ok(REJECT, { id: r.id, reason: ' Not aligned with the plan ' })).rejectMdf;
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'Not aligned with the plan', approvedAmount: null });
    expect(await fundOf(vendor, p.partner.id)).toEqual(before);
    expect(await vendor.code(APPROVE, { id: r.id })).toBe('INVALID_STATE');
    const audit = await t.em().findOneOrFail(AuditEntry, { entityId: r.id, action: 'mdf.rejected' });
    expect(audit.reason).toBe('Not aligned with the plan');
  });
});

describe('the invariant under concurrency', () => {
  async function round(p: Awaited<ReturnType<typeof freshPartner>>, quarter: string, amounts: number[]) {
    const base = (await fundOf(vendor, p.partner.id, quarter)).committed;
    const requests = await Promise.all(amounts.map((amount, i) => request(i % 2 ? p.adminClient : p.repClient, amount, { quarter })));
    const results = await Promise.all(requests.map((r, i) => (i % 2 ? manager : vendor).gql(APPROVE, { id: r.id })));
    const won = results.flatMap((res, i) => (res.errors ? [] : [amounts[i]]));
    const lost = results.flatMap((res, i) => (res.errors ? [{ amount: amounts[i], code: res.errors[0].extensions.code }] : []));
    for (const l of lost) expect(l.code).toBe('INSUFFICIENT_FUNDS');
    const viaApi = await fundOf(vendor, p.partner.id, quarter);
    const viaDb = await dbFund(p.partner.id, quarter);
    expectInvariant(viaApi);
    expectInvariant(viaDb);
    const sum = base + won.reduce((s, a) => s + a, 0);
    expect(viaApi.committed).toBe(sum);
    expect(viaDb.committed).toBe(sum);
    // Losers lost because it did not fit, not by accident.
    for (const l of lost) expect(viaDb.allocated - viaDb.committed - viaDb.paid).toBeLessThan(l.amount);
    const statuses = await t.em().find(MdfRequest, { id: { $in: requests.map((r) => r.id) } });
    expect(statuses.filter((s) => s.status === 'APPROVED')).toHaveLength(won.length);
    expect(statuses.filter((s) => s.status === 'SUBMITTED')).toHaveLength(lost.length);
    return { won, lost };
  }

  it('lets exactly five of ten approvals of 100_000 through a 500_000 fund', async () => {
    const p = await freshPartner();
    const { won, lost } = await round(p, current(), Array(10).fill(100_000));
    expect(won).toHaveLength(5);
    expect(lost).toHaveLength(5);
    expect(await fundOf(p.adminClient, null)).toMatchObject({ committed: 500_000, paid: 0, available: 0 });
  });

  it('holds over several rounds and amounts', async () => {
    const p = await freshPartner();
    const q1 = shiftQuarter(current(), 1);
    const q2 = shiftQuarter(current(), 2);
    const q3 = shiftQuarter(current(), 3);
    expect((await round(p, q1, Array(7).fill(150_000))).won).toHaveLength(3);
    expect((await round(p, q2, Array(12).fill(499_999))).won).toHaveLength(1);
    await round(p, q3, [300_000, 250_000, 200_000, 120_000, 100_000, 80_000, 60_000, 50_000, 40_000, 10_000, 5_000, 1]);
    // Then more into a fund that is already part spent.
    const more = await round(p, q1, Array(8).fill(25_000));
    expect(more.won).toHaveLength(2);
    expect((await dbFund(p.partner.id, q1)).committed).toBe(500_000);
  });

  it('holds when the allocation is lowered while approvals run', async () => {
    const p = await freshPartner();
    const requests = await Promise.all(Array.from({ length: 6 }, () => request(p.repClient, 100_000)));
    const results = await Promise.all([
      ...requests.map((r, i) => (i % 2 ? manager : vendor).gql(APPROVE, { id: r.id })),
      vendor.gql(ADJUST, { partnerId: p.partner.id, quarter: current(), allocated: 300_000, reason: 'Budget cut' }),
    ]);
    for (const res of results) if (res.errors) expect(res.errors[0].extensions.code).toBe('INSUFFICIENT_FUNDS');
    const fund = await dbFund(p.partner.id);
    expectInvariant(fund);
    const approvedCount = results.slice(0, 6).filter((r) => !r.errors).length;
    expect(fund.committed).toBe(approvedCount * 100_000);
  });

  it('lets exactly one of two approvals of one request win, reserving once', async () => {
    for (let i = 0; i < 3; i++) {
      const p = await freshPartner();
      const r = await request(p.repClient, 100_000);
      const results = await Promise.all([vendor.gql(APPROVE, { id: r.id }), manager.gql(APPROVE, { id: r.id }), vendor.gql(APPROVE, { id: r.id, amount: 50_000 })]);
      const winners = results.filter((res) => !res.errors);
      expect(winners).toHaveLength(1);
      for (const res of results.filter((x) => x.errors)) expect(res.errors![0].extensions.code).toBe('INVALID_STATE');
      expect((await dbFund(p.partner.id)).committed).toBe(winners[0].data!.approveMdf.approvedAmount);
    }
  });

  it('lets exactly one of a concurrent approve and reject of one request win', async () => {
    for (let i = 0; i < 4; i++) {
      const p = await freshPartner();
      const r = await request(p.repClient, 100_000);
      const [approve, reject] = await Promise.all(
        i % 2
          ? [vendor.gql(APPROVE, { id: r.id }), manager.gql(REJECT, { id: r.id, reason: 'No budget' })]
          : (await Promise.all([manager.gql(REJECT, { id: r.id, reason: 'No budget' }), vendor.gql(APPROVE, { id: r.id })])).reverse(),
      );
      expect([approve, reject].filter((res) => !res.errors)).toHaveLength(1);
      const loser = approve.errors ? approve : reject;
      expect(loser.errors![0].extensions.code).toBe('INVALID_STATE');
      const row = await t.em().findOneOrFail(MdfRequest, { id: r.id });
      const fund = await dbFund(p.partner.id);
      if (approve.errors) {
        expect(row.status).toBe('REJECTED');
        expect(fund.committed).toBe(0);
      } else {
        expect(row.status).toBe('APPROVED');
        expect(fund.committed).toBe(100_000);
      }
    }
  });
});

describe('claimMdf', () => {
  it('lets the partner claim an approved request with proof of performance', async () => {
    const p = await freshPartner();
    const r = await approved(p, 200_000, 150_000);
    const ids = [await upload(p.rep), await upload(p.admin, 1)];
    const claimed = (await p.adminClient.ok(CLAIM, { id: r.id, input: { amount: 140_000, attachmentIds: [...ids, ids[0]], results: ' 42 leads ' } })).claimMdf;
    expect(claimed).toMatchObject({ status: 'CLAIMED', claimedAmount: 140_000, claimResults: '42 leads' });
    expect(claimed.attachments.map((a: { id: string }) => a.id).sort()).toEqual([...ids].sort());
    expect(claimed.attachments[0].mimeType).toBe('image/png');
    expect(await t.em().count(AuditEntry, { entityId: r.id, action: 'mdf.claimed' })).toBe(1);
    // Claiming reserves nothing more and frees nothing yet.
    expect(await dbFund(p.partner.id)).toMatchObject({ committed: 150_000, paid: 0 });
    expect(await p.repClient.code(CLAIM, { id: r.id, input: { amount: 1000, attachmentIds: ids } })).toBe('INVALID_STATE');
  });

  it('a claim sent again with the same files attached again keeps one copy per file', async () => {
    const p = await freshPartner();
    const r = await approved(p, 200_000, 150_000);
    // First attempt: two files uploaded, then the claim fails (above the approved amount).
    const first = [await upload(p.rep, 1, 'invoice.png'), await upload(p.rep, 2, 'photo.png')];
    expect(await badFields(p.repClient, CLAIM, { id: r.id, input: { amount: 999_999, attachmentIds: first } })).toEqual(['input.amount']);
    // Second attempt: the kept uploads plus the same two files uploaded again, and a new third one.
    const again = [await upload(p.rep, 1, 'invoice.png'), await upload(p.rep, 2, 'photo (1).png'), await upload(p.rep, 3, 'list.png')];
    const claimed = (await p.repClient.ok(CLAIM, { id: r.id, input: { amount: 150_000, attachmentIds: [...first, ...again] } })).claimMdf;
    expect(claimed.attachments.map((a: { id: string }) => a.id).sort()).toEqual([...first, again[2]].sort());
    const entry = await t.em().findOneOrFail(AuditEntry, { entityId: r.id, action: 'mdf.claimed' });
    const after = typeof entry.after === 'string' ? JSON.parse(entry.after) : entry.after;
    expect(after).toMatchObject({ attachments: 3 });
  });

  it('names the amount, the attachments and the results at once', async () => {
    const p = await freshPartner();
    const r = await approved(p, 100_000);
    const fields = await badFields(p.repClient, CLAIM, { id: r.id, input: { amount: 100_001, attachmentIds: [], results: 'r'.repeat(4001) } });
    expect(fields).toEqual(['input.amount', 'input.attachmentIds', 'input.results']);
  });

  it('needs at least one attachment', async () => {
    const p = await freshPartner();
    const r = await approved(p, 100_000);
    expect(await badFields(p.repClient, CLAIM, { id: r.id, input: { amount: 100_000, attachmentIds: [] } })).toEqual(['input.attachmentIds']);
  });

  it("refuses another partner's upload, a vendor's upload and unknown ids as attachments", async () => {
    const p = await freshPartner();
    const r = await approved(p, 100_000);
    const own = await upload(p.rep);
    for (const foreign of [await upload(w.repOfB), await upload(w.vendorAdmin), '00000000-0000-0000-0000-000000000000']) {
      expect(await badFields(p.repClient, CLAIM, { id: r.id, input: { amount: 100_000, attachmentIds: [own, foreign] } })).toEqual(['input.attachmentIds']);
    }
    expect((await p.repClient.ok(ONE, { id: r.id })).mdfRequest).toMatchObject({ status: 'APPROVED', attachments: [] });
  });

  it('refuses a claim above the approved amount, or of nothing', async () => {
    const p = await freshPartner();
    const r = await approved(p, 200_000, 120_000);
    const ids = [await upload(p.rep)];
    expect(await badFields(p.repClient, CLAIM, { id: r.id, input: { amount: 120_001, attachmentIds: ids } })).toEqual(['input.amount']);
    expect(await badFields(p.repClient, CLAIM, { id: r.id, input: { amount: 0, attachmentIds: ids } })).toEqual(['input.amount']);
    expect((await p.repClient.ok(CLAIM, { id: r.id, input: { amount: 120_000, attachmentIds: ids } })).claimMdf.status).toBe('CLAIMED');
  });

  it('refuses a claim after the claim window as INVALID_STATE', async () => {
    const p = await freshPartner();
    const r = await approved(p, 100_000);
    await t.em().nativeUpdate(MdfRequest, { id: r.id }, { claimDueAt: new Date(Date.now() - 1000) });
    expect(await p.repClient.code(CLAIM, { id: r.id, input: { amount: 100_000, attachmentIds: [await upload(p.rep)] } })).toBe('INVALID_STATE');
    expect((await t.em().findOneOrFail(MdfRequest, { id: r.id })).status).toBe('APPROVED');
  });

  it('claims only approved requests', async () => {
    const p = await freshPartner();
    const ids = [await upload(p.rep)];
    const submitted = await request(p.repClient, 100_000);
    expect(await p.repClient.code(CLAIM, { id: submitted.id, input: { amount: 100_000, attachmentIds: ids } })).toBe('INVALID_STATE');
    const rejected = await request(p.repClient, 100_000);
    await vendor.ok(REJECT, { id: rejected.id, reason: 'no' });
    expect(await p.repClient.code(CLAIM, { id: rejected.id, input: { amount: 100_000, attachmentIds: ids } })).toBe('INVALID_STATE');
  });

  it("is for the requesting partner's users only", async () => {
    const p = await freshPartner();
    const r = await approved(p, 100_000);
    const ids = [await upload(p.rep)];
    expect(await adminOfB.code(CLAIM, { id: r.id, input: { amount: 100_000, attachmentIds: ids } })).toBe('NOT_FOUND');
    expect(await vendor.code(CLAIM, { id: r.id, input: { amount: 100_000, attachmentIds: ids } })).toBe('FORBIDDEN');
    expect(await manager.code(CLAIM, { id: r.id, input: { amount: 100_000, attachmentIds: ids } })).toBe('FORBIDDEN');
    expect(await t.anon.code(CLAIM, { id: r.id, input: { amount: 100_000, attachmentIds: ids } })).toBe('UNAUTHENTICATED');
    expect((await t.em().findOneOrFail(MdfRequest, { id: r.id })).status).toBe('APPROVED');
  });
});

describe('approveMdfClaim and rejectMdfClaim', () => {
  async function claimed(approve: number, claim: number) {
    const p = await freshPartner();
    const r = await approved(p, approve);
    await p.repClient.ok(CLAIM, { id: r.id, input: { amount: claim, attachmentIds: [await upload(p.rep)] } });
    return { p, r };
  }

  it('pays the claimed amount by default; committed drops by the approval, paid grows by the payment', async () => {
    const { p, r } = await claimed(200_000, 150_000);
    expect(await fundOf(vendor, p.partner.id)).toMatchObject({ committed: 200_000, paid: 0, available: 300_000 });
    const paid = (await manager.ok(PAY, { id: r.id })).approveMdfClaim;
    expect(paid).toMatchObject({ status: 'PAID', paidAmount: 150_000 });
    // The 50_000 approved and not claimed returns to available.
    expect(await fundOf(p.adminClient, null)).toMatchObject({ allocated: 500_000, committed: 0, paid: 150_000, available: 350_000 });
    const audit = await t.em().findOneOrFail(AuditEntry, { entityId: r.id, action: 'mdf.paid' });
    expect(audit.actorId).toBe(w.partnerManager.id);
  });

  it('pays part when asked, releasing the rest; never more than the claim', async () => {
    const { p, r } = await claimed(200_000, 200_000);
    expect(await badFields(vendor, PAY, { id: r.id, amount: 200_001 })).toEqual(['amount']);
    expect(await badFields(vendor, PAY, { id: r.id, amount: 0 })).toEqual(['amount']);
    expect((await vendor.ok(PAY, { id: r.id, amount: 80_000 })).approveMdfClaim).toMatchObject({ status: 'PAID', paidAmount: 80_000 });
    const fund = await fundOf(p.repClient, null);
    expect(fund).toMatchObject({ committed: 0, paid: 80_000, available: 420_000 });
    expectInvariant(fund);
  });

  it('refuses paying above a smaller claim', async () => {
    const { r } = await claimed(200_000, 90_000);
    expect(await badFields(vendor, PAY, { id: r.id, amount: 90_001 })).toEqual(['amount']);
  });

  it('refuses paying twice as INVALID_STATE, paying once even when asked at once', async () => {
    const { p, r } = await claimed(100_000, 100_000);
    const results = await Promise.all([vendor.gql(PAY, { id: r.id }), manager.gql(PAY, { id: r.id }), vendor.gql(REJECT_CLAIM, { id: r.id, reason: 'no proof' })]);
    expect(results.filter((res) => !res.errors)).toHaveLength(1);
    for (const res of results.filter((x) => x.errors)) expect(res.errors![0].extensions.code).toBe('INVALID_STATE');
    expect(await vendor.code(PAY, { id: r.id })).toBe('INVALID_STATE');
    expect(await vendor.code(REJECT_CLAIM, { id: r.id, reason: 'late' })).toBe('INVALID_STATE');
    const fund = await dbFund(p.partner.id);
    expect(fund.committed).toBe(0);
    expect(fund.paid === 100_000 || fund.paid === 0).toBe(true);
    expectInvariant(fund);
  });

  it('refuses paying a request that was not claimed as INVALID_STATE', async () => {
    const p = await freshPartner();
    const r = await approved(p, 100_000);
    expect(await vendor.code(PAY, { id: r.id })).toBe('INVALID_STATE');
    const s = await request(p.repClient, 100_000);
    expect(await vendor.code(PAY, { id: s.id })).toBe('INVALID_STATE');
    expect(await vendor.code(REJECT_CLAIM, { id: r.id, reason: 'no' })).toBe('INVALID_STATE');
    expect(await dbFund(p.partner.id)).toMatchObject({ committed: 100_000, paid: 0 });
  });

  it('rejects a claim with a reason, releasing the whole approval', async () => {
    const { p, r } = await claimed(300_000, 250_000);
    expect(await badFields(vendor, REJECT_CLAIM, { id: r.id, reason: '' })).toEqual(['reason']);
    expect((await manager.ok(REJECT_CLAIM, { id: r.id, reason: 'The proof does not show the event' })).rejectMdfClaim).toMatchObject({
      status: 'CLAIM_REJECTED',
      decisionReason: 'The proof does not show the event',
      paidAmount: null,
    });
    expect(await fundOf(p.adminClient, null)).toMatchObject({ committed: 0, paid: 0, available: 500_000 });
    expect(await t.em().count(AuditEntry, { entityId: r.id, action: 'mdf.claim_rejected' })).toBe(1);
  });

  it('is for vendor staff only', async () => {
    const { p, r } = await claimed(100_000, 100_000);
    for (const client of [p.adminClient, p.repClient, adminOfA]) {
      expect(await client.code(PAY, { id: r.id })).toBe('FORBIDDEN');
      expect(await client.code(REJECT_CLAIM, { id: r.id, reason: 'no' })).toBe('FORBIDDEN');
    }
    expect((await t.em().findOneOrFail(MdfRequest, { id: r.id })).status).toBe('CLAIMED');
  });
});

describe('releaseUnclaimedApprovals', () => {
  it('releases approvals past their claim window exactly once, even when run three times at once', async () => {
    const p = await freshPartner();
    const due = await approved(p, 200_000);
    const notDue = await approved(p, 100_000);
    const claimedLate = await approved(p, 50_000);
    await p.repClient.ok(CLAIM, { id: claimedLate.id, input: { amount: 50_000, attachmentIds: [await upload(p.rep)] } });
    const now = new Date(Date.now() - 10 * DAY);
    await t.em().nativeUpdate(MdfRequest, { id: due.id }, { claimDueAt: new Date(now.getTime() - DAY) });
    await t.em().nativeUpdate(MdfRequest, { id: claimedLate.id }, { claimDueAt: new Date(now.getTime() - DAY) });
    await t.em().nativeUpdate(MdfRequest, { id: notDue.id }, { claimDueAt: new Date(now.getTime() + DAY) });
    expect(await fundOf(p.adminClient, null)).toMatchObject({ committed: 350_000, available: 150_000 });

    const counts = await Promise.all([1, 2, 3].map(() => releaseUnclaimedApprovals(t.em(), now)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);

    const rows = await t.em().find(MdfRequest, { id: { $in: [due.id, notDue.id, claimedLate.id] } });
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    expect(status).toEqual({ [due.id]: 'CLAIM_REJECTED', [notDue.id]: 'APPROVED', [claimedLate.id]: 'CLAIMED' });
    expect(await fundOf(p.adminClient, null)).toMatchObject({ committed: 150_000, paid: 0, available: 350_000 });
    const audit = await t.em().find(AuditEntry, { entityId: due.id, action: 'mdf.released' });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId ?? null).toBeNull();
    expect(await t.em().count(AuditEntry, { entityId: { $in: [notDue.id, claimedLate.id] }, action: 'mdf.released' })).toBe(0);

    // Nothing more to do the next time; the released approval can no longer be claimed.
    expect(await releaseUnclaimedApprovals(t.em(), now)).toBe(0);
    expect(await p.repClient.code(CLAIM, { id: due.id, input: { amount: 1, attachmentIds: [await upload(p.rep)] } })).toBe('INVALID_STATE');
    expect((await dbFund(p.partner.id)).committed).toBe(150_000);
  });
});

describe('adjustMdfAllocation', () => {
  it('lets vendor staff change an allocation with a reason, audited', async () => {
    const p = await freshPartner();
    const q = shiftQuarter(current(), 1);
    const fund = (await manager.ok(ADJUST, { partnerId: p.partner.id, quarter: q, allocated: 750_000, reason: 'Launch campaign' })).adjustMdfAllocation;
    expect(fund).toEqual({ quarter: q, allocated: 750_000, committed: 0, paid: 0, available: 750_000 });
    expect((await fundOf(p.adminClient, null, q)).allocated).toBe(750_000);
    const audit = await t.em().findOneOrFail(AuditEntry, { action: 'mdf.allocation_adjusted', entityId: (await dbFund(p.partner.id, q)).id });
    expect(audit.actorId).toBe(w.partnerManager.id);
    expect(audit.reason).toBe('Launch campaign');
    expect(JSON.parse(audit.after!)).toEqual({ allocated: 750_000 });
    // A larger allocation can be requested and approved.
    const r = await request(p.repClient, 700_000, { quarter: q });
    expect((await vendor.ok(APPROVE, { id: r.id })).approveMdf.status).toBe('APPROVED');
  });

  it('never goes below committed + paid', async () => {
    const p = await freshPartner();
    const r = await approved(p, 200_000);
    await approved(p, 100_000);
    await p.repClient.ok(CLAIM, { id: r.id, input: { amount: 150_000, attachmentIds: [await upload(p.rep)] } });
    await vendor.ok(PAY, { id: r.id });
    // committed 100_000 + paid 150_000
    expect(await vendor.code(ADJUST, { partnerId: p.partner.id, quarter: current(), allocated: 249_999, reason: 'cut' })).toBe('INSUFFICIENT_FUNDS');
    expect((await dbFund(p.partner.id)).allocated).toBe(500_000);
    const ok = (await vendor.ok(ADJUST, { partnerId: p.partner.id, quarter: current(), allocated: 250_000, reason: 'cut' })).adjustMdfAllocation;
    expect(ok).toMatchObject({ allocated: 250_000, committed: 100_000, paid: 150_000, available: 0 });
  });

  it('needs a reason and a sensible amount', async () => {
    const p = await freshPartner();
    expect(await badFields(vendor, ADJUST, { partnerId: p.partner.id, quarter: current(), allocated: 1000, reason: '  ' })).toEqual(['reason']);
    expect(await badFields(vendor, ADJUST, { partnerId: p.partner.id, quarter: current(), allocated: -1, reason: 'x' })).toEqual(['allocated']);
    expect(await badFields(vendor, ADJUST, { partnerId: p.partner.id, quarter: 'Q5', allocated: 1000, reason: 'x' })).toEqual(['quarter']);
    expect(await badFields(vendor, ADJUST, { partnerId: p.partner.id, quarter: 'Q5', allocated: -1, reason: '' })).toEqual(['quarter', 'allocated', 'reason']);
    expect(await t.em().count(AuditEntry, { action: 'mdf.allocation_adjusted', after: { $like: '%"allocated":1000}%' } })).toBe(0);
  });

  it('is for vendor staff only', async () => {
    for (const client of [adminOfA, repOfA]) {
      expect(await client.code(ADJUST, { partnerId: w.partnerA.id, quarter: current(), allocated: 9_999_999, reason: 'more please' })).toBe('FORBIDDEN');
    }
    expect(await t.anon.code(ADJUST, { partnerId: w.partnerA.id, quarter: current(), allocated: 9_999_999, reason: 'x' })).toBe('UNAUTHENTICATED');
    expect((await dbFund(w.partnerA.id)).allocated).toBe(500_000);
  });
});

describe('mdfRequests', () => {
  it("shows partner users only their partner's requests, vendor staff all, with status filters and cursors", async () => {
    const c = await freshPartner();
    const d = await freshPartner('agency', 'select');
    const mine: string[] = [];
    for (let i = 0; i < 5; i++) mine.push((await request(i % 2 ? c.adminClient : c.repClient, 10_000 + i)).id);
    const theirs = [(await request(d.repClient, 10_000)).id, (await request(d.adminClient, 20_000)).id];
    await vendor.ok(APPROVE, { id: mine[1] });
    await vendor.ok(REJECT, { id: mine[3], reason: 'no' });

    const seenByC = (await c.repClient.ok(LIST, { first: 100 })).mdfRequests;
    expect(seenByC.totalCount).toBe(5);
    expect(seenByC.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([...mine].reverse());
    expect(seenByC.edges.every((e: { node: { partner: { id: string } } }) => e.node.partner.id === c.partner.id)).toBe(true);
    expect(await c.adminClient.code(LIST, { partnerId: d.partner.id })).toBe('NOT_FOUND');
    expect((await d.adminClient.ok(LIST, {})).mdfRequests.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([...theirs].sort());

    const all = (await manager.ok(LIST, { first: 100 })).mdfRequests;
    expect(all.totalCount).toBe(await t.em().count(MdfRequest, {}));
    const allIds = all.edges.map((e: { node: { id: string } }) => e.node.id);
    for (const id of [...mine, ...theirs]) expect(allIds).toContain(id);
    expect((await vendor.ok(LIST, { partnerId: d.partner.id })).mdfRequests.totalCount).toBe(2);

    const approvedOnly = (await c.adminClient.ok(LIST, { status: ['APPROVED'] })).mdfRequests;
    expect(approvedOnly).toMatchObject({ totalCount: 1, edges: [{ node: { id: mine[1], status: 'APPROVED' } }] });
    const decided = (await vendor.ok(LIST, { partnerId: c.partner.id, status: ['APPROVED', 'REJECTED'] })).mdfRequests;
    expect(decided.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([mine[1], mine[3]].sort());
    const waiting = (await c.repClient.ok(LIST, { status: ['SUBMITTED'] })).mdfRequests;
    expect(waiting.totalCount).toBe(3);

    // Walk in pages of two.
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const conn: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] } = (
        await c.adminClient.ok(LIST, { first: 2, after })
      ).mdfRequests;
      expect(conn.totalCount).toBe(5);
      expect(conn.edges.length).toBeLessThanOrEqual(2);
      walked.push(...conn.edges.map((e) => e.node.id));
      if (conn.edges.length) expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1)!.cursor);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(walked).toEqual([...mine].reverse());
  });

  it('pages correctly through requests created in the same instant', async () => {
    const p = await freshPartner();
    const ids = (await Promise.all(Array.from({ length: 7 }, () => request(p.repClient, 1000)))).map((r) => r.id);
    const at = new Date(Date.now() - 60_000);
    await t.em().nativeUpdate(MdfRequest, { id: { $in: ids } }, { createdAt: at });
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const conn: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } = (
        await p.adminClient.ok(LIST, { first: 3, after })
      ).mdfRequests;
      walked.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(walked).toHaveLength(7);
    expect(new Set(walked)).toEqual(new Set(ids));
  });

  it('refuses bad page sizes and cursors as bad input', async () => {
    expect(await repOfA.code(LIST, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await repOfA.code(LIST, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await repOfA.code(LIST, { after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await t.anon.code(LIST, {})).toBe('UNAUTHENTICATED');
  });
});

describe('the ledger', () => {
  it('keeps every fund consistent with its requests after all of the above', async () => {
    const em = t.em();
    const funds = await em.find(MdfFund, {});
    expect(funds.length).toBeGreaterThan(10);
    for (const fund of funds) {
      expectInvariant(fund);
      const requests = await em.find(MdfRequest, { fundId: fund.id });
      const committed = requests.filter((r) => MDF_COMMITTED_STATUSES.includes(r.status)).reduce((s, r) => s + (r.approvedAmount ?? 0), 0);
      const paid = requests.filter((r) => r.status === 'PAID').reduce((s, r) => s + (r.paidAmount ?? 0), 0);
      expect({ fund: fund.id, committed: fund.committed, paid: fund.paid }).toEqual({ fund: fund.id, committed, paid });
    }
  });
});
