import { describe, expect, it } from 'vitest';
import { ADJUST, APPROVE, current, expectInvariant, mdfKit, REJECT, shiftQuarter } from '../../test/mdf-kit.js';
import { MdfRequest } from './mdf.entity.js';

const kit = mdfKit();
const { t, vendor, manager, freshPartner, request, fundOf, dbFund } = kit;

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

kit.checksTheLedger();
