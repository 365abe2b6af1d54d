import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { APPROVE, as, DAY, register, t, useDealWorld } from './deal-test-kit.js';

// closeDeal's optional close date (the won amount is covered in deal-review.test.ts).
const CLOSE = `mutation($id: ID!, $won: Boolean!, $amount: SafeInt, $closedAt: DateTime) {
  closeDeal(id: $id, won: $won, amount: $amount, closedAt: $closedAt) { id status closedAt wonAmount } }`;

useDealWorld();

async function approved() {
  const deal = await register(as.PARTNER_REP, { amount: 1_000_000 });
  await as.VENDOR_ADMIN.ok(APPROVE, { id: deal.id });
  return deal as { id: string; createdAt: string };
}

describe('closeDeal closedAt', () => {
  it('defaults to now', async () => {
    const deal = await approved();
    const before = Date.now();
    const { closeDeal } = await as.PARTNER_REP.ok(CLOSE, { id: deal.id, won: true, amount: 1_200_000 });
    expect(closeDeal).toMatchObject({ status: 'WON', wonAmount: 1_200_000 });
    expect(new Date(closeDeal.closedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('records the given date (won or lost), and audits it', async () => {
    const deal = await approved();
    const day = new Date(Date.UTC(new Date(deal.createdAt).getUTCFullYear(), new Date(deal.createdAt).getUTCMonth(), new Date(deal.createdAt).getUTCDate()));
    const { closeDeal } = await as.PARTNER_MANAGER.ok(CLOSE, { id: deal.id, won: true, closedAt: day.toISOString() });
    expect(closeDeal).toMatchObject({ status: 'WON', wonAmount: 1_000_000, closedAt: day.toISOString() });
    const entry = await t.em().findOneOrFail(AuditEntry, { action: 'deal.won', entityId: deal.id });
    expect(JSON.stringify(entry.after)).toContain(day.toISOString());

    const lost = await approved();
    expect((await as.PARTNER_REP.ok(CLOSE, { id: lost.id, won: false, closedAt: day.toISOString() })).closeDeal).toMatchObject({ status: 'LOST', closedAt: day.toISOString() });
  });

  it('refuses a date in the future or before the registration, on the closedAt field', async () => {
    const deal = await approved();
    for (const closedAt of [new Date(Date.now() + 2 * DAY), new Date(new Date(deal.createdAt).getTime() - 3 * DAY)]) {
      const res = await as.PARTNER_REP.gql(CLOSE, { id: deal.id, won: true, closedAt: closedAt.toISOString() });
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0].extensions.fields)).toContain('closedAt');
    }
  });

  it('names the won amount and the close date in one answer', async () => {
    const deal = await approved();
    const res = await as.PARTNER_REP.gql(CLOSE, { id: deal.id, won: true, amount: 0, closedAt: new Date(Date.now() + 2 * DAY).toISOString() });
    expect(res.errors?.[0].extensions.fields).toEqual([
      { path: 'amount', message: 'The won amount must be above zero.' },
      { path: 'closedAt', message: 'The close date cannot be in the future.' },
    ]);
  });
});
