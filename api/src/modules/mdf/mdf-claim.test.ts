import { describe, expect, it } from 'vitest';
import { CLAIM, DAY, expectInvariant, mdfKit, ONE, PAY, REJECT, REJECT_CLAIM } from '../../test/mdf-kit.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { MdfRequest } from './mdf.entity.js';
import { releaseUnclaimedApprovals } from './release-expired-claims.js';

const kit = mdfKit();
const { t, w, vendor, manager, adminOfA, adminOfB, freshPartner, upload, request, fundOf, dbFund, badFields, approved } = kit;

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

kit.checksTheLedger();
