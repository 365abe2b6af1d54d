import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { PartnerEvent } from '../partner-events/partner-event.entity.js';
import { makePartner, makeUser } from '../../seed/factories.js';
import { Partner } from '../partners/partner.entity.js';
import { Deal } from './deal.entity.js';
import { adminOfB, APPROVE, as, DAY, DEAL, register, REJECT, repOfB, t, useDealWorld, w } from './deal-test-kit.js';
import { expireProtectedDeals } from './expire-deals.js';

// Reviewing, closing, earnings and expiry of registrations (registering and conflicts are in deal.test.ts).
const CLOSE = `mutation($id: ID!, $won: Boolean!, $amount: SafeInt) { closeDeal(id: $id, won: $won, amount: $amount) { id status } }`;
const EARNINGS = `query($partnerId: ID) { earnings(partnerId: $partnerId) { amount model tier { key } deal { id } } }`;

useDealWorld();

describe('review', () => {
  it('approves within the tier\'s protection window and audits it', async () => {
    const deal = await register(as.PARTNER_REP);
    const { approveDeal } = await as.PARTNER_MANAGER.ok(APPROVE, { id: deal.id });
    expect(approveDeal.status).toBe('APPROVED');
    // Technology "registered" gives DEAL_PROTECTION_DAYS 90.
    const days = (new Date(approveDeal.protectionEndsAt).getTime() - new Date(approveDeal.decidedAt).getTime()) / DAY;
    expect(days).toBe(90);
    expect(await t.em().count(AuditEntry, { entityId: deal.id, action: 'deal.approved', actorId: w.partnerManager.id })).toBe(1);
    expect(await t.em().count(PartnerEvent, { partnerId: w.partnerA.id, kind: 'FIRST_DEAL_APPROVED' })).toBe(1);
  });

  it('uses the program default when the tier gives no protection days', async () => {
    const em = t.em();
    const partner = await makePartner(em, { name: 'Gamma Referrals', trackKey: 'referral', tierKey: 'member' });
    const user = await makeUser(em, { role: 'PARTNER_REP', partner });
    const deal = await register(await t.as(user));
    const { approveDeal } = await as.VENDOR_ADMIN.ok(APPROVE, { id: deal.id });
    // Referral "member" gives 60 days.
    expect((new Date(approveDeal.protectionEndsAt).getTime() - new Date(approveDeal.decidedAt).getTime()) / DAY).toBe(60);
  });

  it.each(['PARTNER_ADMIN', 'PARTNER_REP'] as const)('is FORBIDDEN to %s (approve and reject)', async (role) => {
    const deal = await register(as.PARTNER_REP);
    expect(await as[role].code(APPROVE, { id: deal.id })).toBe('FORBIDDEN');
    expect(await as[role].code(REJECT, { id: deal.id, reason: 'no' })).toBe('FORBIDDEN');
  });

  it('lets exactly one of several simultaneous decisions win; the others get INVALID_STATE', async () => {
    const deal = await register(repOfB);
    const results = await Promise.all([
      as.VENDOR_ADMIN.gql(APPROVE, { id: deal.id }),
      as.PARTNER_MANAGER.gql(APPROVE, { id: deal.id }),
      as.VENDOR_ADMIN.gql(REJECT, { id: deal.id, reason: 'duplicate' }),
      as.PARTNER_MANAGER.gql(APPROVE, { id: deal.id }),
      as.PARTNER_MANAGER.gql(REJECT, { id: deal.id, reason: 'late' }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'INVALID_STATE')).toHaveLength(4);
    const decisions = await t.em().count(AuditEntry, { entityId: deal.id, action: { $in: ['deal.approved', 'deal.rejected'] } });
    expect(decisions).toBe(1);
  });

  it('rejects with a reason, which is required', async () => {
    const deal = await register(as.PARTNER_REP);
    const res = await as.VENDOR_ADMIN.gql(REJECT, { id: deal.id, reason: '  ' });
    expect(res.errors![0].extensions.fields).toEqual([expect.objectContaining({ path: 'reason' })]);
    expect((await as.VENDOR_ADMIN.ok(REJECT, { id: deal.id, reason: 'Existing customer of the vendor' })).rejectDeal).toMatchObject({ status: 'REJECTED', rejectionReason: 'Existing customer of the vendor' });
    expect(await as.VENDOR_ADMIN.code(APPROVE, { id: deal.id })).toBe('INVALID_STATE');
    expect((await t.em().findOneOrFail(AuditEntry, { entityId: deal.id, action: 'deal.rejected' })).reason).toBe('Existing customer of the vendor');
  });

  it('answers NOT_FOUND for an unknown registration', async () => {
    expect(await as.VENDOR_ADMIN.code(APPROVE, { id: 'no-such-deal' })).toBe('NOT_FOUND');
  });
});

describe('closing and earnings', () => {
  it('lets the registering partner close WON at a different amount, and pays its tier\'s margin', async () => {
    const deal = await register(repOfB, { amount: 5_000_000, attribution: 'INFLUENCED' });
    await as.VENDOR_ADMIN.ok(APPROVE, { id: deal.id });
    expect((await adminOfB.ok(CLOSE, { id: deal.id, won: true, amount: 7_000_000 })).closeDeal.status).toBe('WON');
    // Agency "select": RESALE_MARGIN_BPS 1000 -> 70,000.00 earns 7,000.00.
    const { earnings } = await repOfB.ok(EARNINGS);
    expect(earnings).toContainEqual({ amount: 700_000, model: 'RESALE_MARGIN', tier: { key: 'select' }, deal: { id: deal.id } });
    expect(await t.em().count(PartnerEvent, { partnerId: w.partnerB.id, kind: 'FIRST_DEAL_WON' })).toBe(1);
  });

  it('credits co-sell at the registered amount by default, and keeps the tier held at close', async () => {
    const deal = await register(as.PARTNER_REP, { amount: 1_000_000 });
    await as.VENDOR_ADMIN.ok(APPROVE, { id: deal.id });
    await as.PARTNER_MANAGER.ok(CLOSE, { id: deal.id, won: true });
    // A later tier change does not rewrite the earning.
    await t.em().nativeUpdate(Partner, { id: w.partnerA.id }, { tierKey: 'premier' });
    const { earnings } = await as.VENDOR_ADMIN.ok(EARNINGS, { partnerId: w.partnerA.id });
    expect(earnings).toContainEqual({ amount: 30_000, model: 'CO_SELL_CREDIT', tier: { key: 'registered' }, deal: { id: deal.id } });
    await t.em().nativeUpdate(Partner, { id: w.partnerA.id }, { tierKey: 'registered' });
  });

  it('pays referral fees for SOURCED deals only', async () => {
    const em = t.em();
    const partner = await makePartner(em, { name: 'Delta Referrals', trackKey: 'referral', tierKey: 'member' });
    const rep = await t.as(await makeUser(em, { role: 'PARTNER_REP', partner }));
    for (const attribution of ['SOURCED', 'CO_SOLD']) {
      const deal = await register(rep, { attribution });
      await as.VENDOR_ADMIN.ok(APPROVE, { id: deal.id });
      await rep.ok(CLOSE, { id: deal.id, won: true });
    }
    const amounts = (await rep.ok(EARNINGS)).earnings.map((e: { amount: number }) => e.amount).sort();
    expect(amounts).toEqual([0, 50_000]);
  });

  it('closes LOST with no amount, and refuses other transitions', async () => {
    const deal = await register(as.PARTNER_REP);
    expect(await as.PARTNER_REP.code(CLOSE, { id: deal.id, won: false })).toBe('INVALID_STATE');
    await as.VENDOR_ADMIN.ok(APPROVE, { id: deal.id });
    expect(await as.PARTNER_REP.code(CLOSE, { id: deal.id, won: false, amount: 5 })).toBe('BAD_USER_INPUT');
    expect(await as.PARTNER_REP.code(CLOSE, { id: deal.id, won: true, amount: 0 })).toBe('BAD_USER_INPUT');
    expect((await as.PARTNER_REP.ok(CLOSE, { id: deal.id, won: false })).closeDeal.status).toBe('LOST');
    expect(await as.PARTNER_REP.code(CLOSE, { id: deal.id, won: true })).toBe('INVALID_STATE');
  });

  it('hides other partners\' registrations and earnings (NOT_FOUND)', async () => {
    const deal = await register(repOfB);
    await as.VENDOR_ADMIN.ok(APPROVE, { id: deal.id });
    expect(await as.PARTNER_REP.code(CLOSE, { id: deal.id, won: true })).toBe('NOT_FOUND');
    expect(await as.PARTNER_REP.code(EARNINGS, { partnerId: w.partnerB.id })).toBe('NOT_FOUND');
    expect(await as.VENDOR_ADMIN.code(EARNINGS, {})).toBe('BAD_USER_INPUT');
    expect(await as.VENDOR_ADMIN.code(EARNINGS, { partnerId: 'nope' })).toBe('NOT_FOUND');
  });
});

describe('expiry', () => {
  it('expires approved registrations after protection, exactly once even when jobs overlap', async () => {
    const deal = await register(as.PARTNER_REP);
    await as.VENDOR_ADMIN.ok(APPROVE, { id: deal.id });
    await t.em().nativeUpdate(Deal, { id: deal.id }, { protectionEndsAt: new Date(Date.now() - 1000) });
    expect(await as.PARTNER_REP.code(CLOSE, { id: deal.id, won: true })).toBe('INVALID_STATE');
    const counts = await Promise.all([expireProtectedDeals(t.em() as never), expireProtectedDeals(t.em() as never), expireProtectedDeals(t.em() as never)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await as.PARTNER_REP.ok(DEAL, { id: deal.id })).deal.status).toBe('EXPIRED');
    expect(await t.em().count(AuditEntry, { entityId: deal.id, action: 'deal.expired', actorId: null })).toBe(1);
  });

  it('expires the open registrations of an offboarded partner', async () => {
    const em = t.em();
    const partner = await makePartner(em, { name: 'Epsilon Resellers', trackKey: 'agency', tierKey: 'select' });
    const rep = await t.as(await makeUser(em, { role: 'PARTNER_REP', partner }));
    const submitted = await register(rep);
    const approved = await register(rep);
    await as.VENDOR_ADMIN.ok(APPROVE, { id: approved.id });
    await as.VENDOR_ADMIN.ok(`mutation($id: ID!) { offboardPartner(partnerId: $id, reason: "Contract ended") { status } }`, { id: partner.id });
    for (const d of [submitted, approved]) expect((await as.VENDOR_ADMIN.ok(DEAL, { id: d.id })).deal.status).toBe('EXPIRED');
  });
});

describe('closed registrations', () => {
  it('show the won amount, the close date and the notes', async () => {
    const deal = await register(repOfB, { amount: 1_000_000, notes: 'Met at the summit' });
    await as.VENDOR_ADMIN.ok(APPROVE, { id: deal.id });
    await adminOfB.ok(CLOSE, { id: deal.id, won: true, amount: 1_250_000 });
    const { deal: read } = await repOfB.ok(`query($id: ID!) { deal(id: $id) { wonAmount closedAt notes amount } }`, { id: deal.id });
    expect(read).toMatchObject({ wonAmount: 1_250_000, notes: 'Met at the summit', amount: 1_000_000 });
    expect(new Date(read.closedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});
