import { describe, expect, it } from 'vitest';
import { ADJUST, APPROVE, CLAIM, current, expectInvariant, FUND, mdfKit, PAY, REQUEST, shiftQuarter } from '../../test/mdf-kit.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { MdfFund } from './mdf.entity.js';

const kit = mdfKit();
const { t, w, vendor, manager, adminOfA, repOfA, repOfB, freshPartner, upload, request, fundOf, dbFund, badFields, approved } = kit;

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

kit.checksTheLedger();
