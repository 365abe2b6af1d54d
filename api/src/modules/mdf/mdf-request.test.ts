import { describe, expect, it } from 'vitest';
import { APPROVE, CLAIM, current, DAY, mdfKit, ONE, REJECT, REQUEST, shiftQuarter } from '../../test/mdf-kit.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { MdfRequest } from './mdf.entity.js';

const kit = mdfKit();
const { t, w, vendor, manager, adminOfA, repOfA, adminOfB, repOfB, freshPartner, upload, request, fundOf, dbFund, badFields, approved } = kit;

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

kit.checksTheLedger();
