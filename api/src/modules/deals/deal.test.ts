import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { PartnerEvent } from '../partner-events/partner-event.entity.js';
import { makePartner, makeUser } from '../../seed/factories.js';
import { Partner } from '../partners/partner.entity.js';
import { capturedQueries, startTestApi, type Client, type TestApi } from '../../test/harness.js';
import { clientsByRole, dealInput, inDays, makeWorld, type World } from '../../test/world.js';
import { Deal } from './deal.entity.js';
import { expireProtectedDeals } from './expire-deals.js';
import { DirectAccount } from './direct-account.entity.js';

const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) {
  id status customerName customerDomain amount attribution createdAt reviewDueAt protectionEndsAt partner { id } submittedBy { email } } }`;
const DEAL = `query($id: ID!) { deal(id: $id) { id status protectionEndsAt decidedAt rejectionReason } }`;
const CONFLICTS = `query($id: ID!) { deal(id: $id) { conflicts { kind detail registration { id customerName partner { name } } } } }`;
const APPROVE = `mutation($id: ID!) { approveDeal(id: $id) { id status decidedAt protectionEndsAt } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectDeal(id: $id, reason: $reason) { id status rejectionReason } }`;
const CLOSE = `mutation($id: ID!, $won: Boolean!, $amount: SafeInt) { closeDeal(id: $id, won: $won, amount: $amount) { id status } }`;
const EARNINGS = `query($partnerId: ID) { earnings(partnerId: $partnerId) { amount model tier { key } deal { id } } }`;
const DEALS = `query($first: Int, $after: String, $filter: DealFilter, $orderBy: DealOrder) {
  deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status customerName reviewDueAt partner { name } } } } }`;

const DAY = 24 * 3600 * 1000;

let t: TestApi;
let w: World;
let as: Awaited<ReturnType<typeof clientsByRole>>;
let adminOfB: Client;
let repOfB: Client;

beforeAll(async () => {
  t = await startTestApi({}, { captureQueries: true });
  w = await makeWorld(t);
  as = await clientsByRole(t, w);
  adminOfB = await t.as(w.partnerAdminOfB);
  repOfB = await t.as(w.repOfB);
});
afterAll(() => t.close());

/** A random a-z word: customers of different rounds share no domain and no similar name. */
const randomWord = () => Array.from(randomBytes(12), (b) => String.fromCharCode(97 + (b % 26))).join('');

async function register(client: Client, overrides: Record<string, unknown> = {}) {
  return (await client.ok(REGISTER, { input: dealInput(overrides) })).registerDeal;
}

describe('registerDeal', () => {
  it('lets partner users register, normalising the domain to the registrable one', async () => {
    const deal = await register(as.PARTNER_REP, { customerName: '  Acme Widgets, Inc. ', customerDomain: 'https://WWW.Shop.Acme-Widgets.co.uk/path?q=1' });
    expect(deal).toMatchObject({ status: 'SUBMITTED', customerName: 'Acme Widgets, Inc.', customerDomain: 'acme-widgets.co.uk', partner: { id: w.partnerA.id }, submittedBy: { email: 'rep@alpha.test' } });
    expect(deal.protectionEndsAt).toBeNull();
    // The review SLA of the demo program is 48 hours.
    expect(new Date(deal.reviewDueAt).getTime() - new Date(deal.createdAt).getTime()).toBe(48 * 3600 * 1000);
    const audit = await t.em().findOne(AuditEntry, { entityId: deal.id, action: 'deal.registered' });
    expect(audit?.actorId).toBe(w.repOfA.id);
    expect(await t.em().count(PartnerEvent, { partnerId: w.partnerA.id, kind: 'FIRST_DEAL_REGISTERED' })).toBe(1);
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('is FORBIDDEN to %s', async (role) => {
    expect(await as[role].code(REGISTER, { input: dealInput() })).toBe('FORBIDDEN');
  });

  it('asks anonymous callers to sign in', async () => {
    expect(await t.anon.code(REGISTER, { input: dealInput() })).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['input.customerDomain', { customerDomain: 'not a domain' }],
    ['input.customerDomain', { customerDomain: 'localhost' }],
    ['input.customerDomain', { customerDomain: '10.0.0.1' }],
    ['input.customerName', { customerName: '   ' }],
    ['input.customerName', { customerName: 'x'.repeat(201) }],
    ['input.amount', { amount: 0 }],
    ['input.amount', { amount: -100 }],
    ['input.expectedCloseDate', { expectedCloseDate: inDays(-2) }],
    ['input.expectedCloseDate', { expectedCloseDate: inDays(365 * 6) }],
    ['input.notes', { notes: 'n'.repeat(2001) }],
  ])('names %s when it is bad (%j), and creates nothing', async (path, change) => {
    const before = await t.em().count(Deal, {});
    const res = await as.PARTNER_ADMIN.gql(REGISTER, { input: dealInput(change) });
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toContainEqual(expect.objectContaining({ path }));
    expect(await t.em().count(Deal, {})).toBe(before);
  });

  it('reports every bad field at once', async () => {
    const res = await as.PARTNER_ADMIN.gql(REGISTER, { input: dealInput({ customerName: '', amount: 0, customerDomain: 'nope' }) });
    expect(res.errors![0].extensions.fields!.map((f) => f.path).sort()).toEqual(['input.amount', 'input.customerDomain', 'input.customerName']);
  });

  it('rejects an amount beyond SafeInt as bad input, not a server error', async () => {
    const res = await as.PARTNER_ADMIN.gql(REGISTER, { input: dealInput({ amount: 2 ** 53 }) });
    expect(res.status).toBeLessThan(500);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('conflicts', () => {
  it('flags another partner\'s open registration of the same domain, on both sides, to vendor staff only', async () => {
    const first = await register(as.PARTNER_REP, { customerName: 'Globex', customerDomain: 'globex.com' });
    const second = await register(repOfB, { customerName: 'Globex Corporation', customerDomain: 'sales.globex.com' });
    const seen = (await as.PARTNER_MANAGER.ok(CONFLICTS, { id: second.id })).deal.conflicts;
    expect(seen).toEqual([{ kind: 'SAME_DOMAIN', detail: null, registration: { id: first.id, customerName: 'Globex', partner: { name: 'Alpha Integrations' } } }]);
    const reverse = (await as.VENDOR_ADMIN.ok(CONFLICTS, { id: first.id })).deal.conflicts;
    expect(reverse.map((c: { registration: { id: string } }) => c.registration.id)).toEqual([second.id]);
    // Partners never learn about each other's deals.
    expect(await repOfB.code(CONFLICTS, { id: second.id })).toBe('FORBIDDEN');
    expect(await as.PARTNER_ADMIN.code(CONFLICTS, { id: first.id })).toBe('FORBIDDEN');
    expect(JSON.stringify(second)).not.toContain(first.id);
  });

  it('flags a similar company name under another domain', async () => {
    const first = await register(as.PARTNER_REP, { customerName: 'Initrode Systems, LLC', customerDomain: 'initrode.com' });
    const second = await register(adminOfB, { customerName: 'INITRODE SYSTEMS GmbH', customerDomain: 'initrode.de' });
    const seen = (await as.VENDOR_ADMIN.ok(CONFLICTS, { id: second.id })).deal.conflicts;
    expect(seen).toEqual([expect.objectContaining({ kind: 'SIMILAR_NAME', registration: expect.objectContaining({ id: first.id }) })]);
  });

  it('does not flag unrelated names, the partner\'s own registrations, or closed ones', async () => {
    const own = await register(as.PARTNER_REP, { customerName: 'Hooli', customerDomain: 'hooli.com' });
    const again = await register(as.PARTNER_ADMIN, { customerName: 'Hooli', customerDomain: 'hooli.com' });
    expect((await as.VENDOR_ADMIN.ok(CONFLICTS, { id: again.id })).deal.conflicts).toEqual([]);
    await as.VENDOR_ADMIN.ok(REJECT, { id: own.id, reason: 'duplicate' });
    await as.VENDOR_ADMIN.ok(REJECT, { id: again.id, reason: 'duplicate' });
    const other = await register(repOfB, { customerName: 'Hooli', customerDomain: 'hooli.com' });
    expect((await as.VENDOR_ADMIN.ok(CONFLICTS, { id: other.id })).deal.conflicts).toEqual([]);
    const unrelated = await register(repOfB, { customerName: 'Vandelay Industries', customerDomain: 'vandelay.com' });
    expect((await as.VENDOR_ADMIN.ok(CONFLICTS, { id: unrelated.id })).deal.conflicts).toEqual([]);
  });

  it('flags a direct account of the vendor', async () => {
    const em = t.em();
    em.create(DirectAccount, { domain: 'massive-dynamic.com', name: 'Massive Dynamic', owner: 'Nina Sharp', importedAt: new Date() });
    await em.flush();
    const deal = await register(as.PARTNER_REP, { customerName: 'Massive Dynamic', customerDomain: 'massive-dynamic.com' });
    const seen = (await as.VENDOR_ADMIN.ok(CONFLICTS, { id: deal.id })).deal.conflicts;
    expect(seen).toEqual([{ kind: 'DIRECT_ACCOUNT', registration: null, detail: expect.stringContaining('Nina Sharp') }]);
  });

  // Without the per-customer advisory lock in register() (checked by removing the
  // lockCustomer() call), PostgreSQL recorded no conflict at all in every round
  // (neither transaction saw the other's uncommitted row). SQLite serializes
  // writers, so there it passes either way.
  it('records the conflict on both sides when two partners register the same domain at the same moment', async () => {
    for (let round = 0; round < 10; round++) {
      const word = randomWord();
      const [a, b] = await Promise.all([
        register(as.PARTNER_REP, { customerName: `${word} Ltd`, customerDomain: `${word}.com` }),
        register(repOfB, { customerName: `${word} Inc`, customerDomain: `www.${word}.com` }),
      ]);
      const ofA = (await as.VENDOR_ADMIN.ok(CONFLICTS, { id: a.id })).deal.conflicts;
      const ofB = (await as.VENDOR_ADMIN.ok(CONFLICTS, { id: b.id })).deal.conflicts;
      expect(ofA, `round ${round}`).toEqual([expect.objectContaining({ kind: 'SAME_DOMAIN', registration: expect.objectContaining({ id: b.id }) })]);
      expect(ofB, `round ${round}`).toEqual([expect.objectContaining({ kind: 'SAME_DOMAIN', registration: expect.objectContaining({ id: a.id }) })]);
    }
  });

  // The name key of the same lock (checked by locking the domain only): without it
  // PostgreSQL missed the SIMILAR_NAME conflict of identically named customers
  // under different domains. Names that are similar but not identical after
  // normalisation are not serialized by it (see lockCustomer).
  it('records a same-name conflict on both sides when two partners register it at the same moment under different domains', async () => {
    for (let round = 0; round < 10; round++) {
      const name = randomWord();
      const [a, b] = await Promise.all([
        register(as.PARTNER_REP, { customerName: `${name}, Inc.`, customerDomain: `${randomWord()}.com` }),
        register(repOfB, { customerName: `${name.toUpperCase()} GmbH`, customerDomain: `${randomWord()}.de` }),
      ]);
      const ofA = (await as.VENDOR_ADMIN.ok(CONFLICTS, { id: a.id })).deal.conflicts;
      const ofB = (await as.VENDOR_ADMIN.ok(CONFLICTS, { id: b.id })).deal.conflicts;
      expect(ofA, `round ${round}`).toEqual([expect.objectContaining({ kind: 'SIMILAR_NAME', registration: expect.objectContaining({ id: b.id }) })]);
      expect(ofB, `round ${round}`).toEqual([expect.objectContaining({ kind: 'SIMILAR_NAME', registration: expect.objectContaining({ id: a.id }) })]);
    }
  });
});

describe('reading registrations', () => {
  it('shows another partner\'s registration as NOT_FOUND, never FORBIDDEN', async () => {
    const deal = await register(repOfB);
    expect(await as.PARTNER_REP.code(DEAL, { id: deal.id })).toBe('NOT_FOUND');
    expect(await as.PARTNER_ADMIN.code(DEAL, { id: deal.id })).toBe('NOT_FOUND');
    expect(await as.PARTNER_REP.code(DEAL, { id: 'no-such-id' })).toBe('NOT_FOUND');
    expect((await adminOfB.ok(DEAL, { id: deal.id })).deal.id).toBe(deal.id);
    expect((await as.PARTNER_MANAGER.ok(DEAL, { id: deal.id })).deal.id).toBe(deal.id);
  });

  it('lists only the caller\'s partner for partner users, everything for vendor staff', async () => {
    const mine = await as.PARTNER_REP.ok(DEALS, { first: 100 });
    expect(mine.deals.edges.every((e: { node: { partner: { name: string } } }) => e.node.partner.name === 'Alpha Integrations')).toBe(true);
    const all = await as.VENDOR_ADMIN.ok(DEALS, { first: 100 });
    expect(all.deals.totalCount).toBe(await t.em().count(Deal, {}));
    expect(await as.PARTNER_REP.code(DEALS, { filter: { partnerId: w.partnerB.id } })).toBe('NOT_FOUND');
    const onlyB = await as.VENDOR_ADMIN.ok(DEALS, { first: 100, filter: { partnerId: w.partnerB.id, status: ['SUBMITTED'] } });
    expect(onlyB.deals.edges.every((e: { node: { partner: { name: string }; status: string } }) => e.node.partner.name === 'Beta Agency' && e.node.status === 'SUBMITTED')).toBe(true);
  });

  it('pages with stable cursors, each registration exactly once', async () => {
    for (let i = 0; i < 7; i++) await register(adminOfB);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await as.VENDOR_ADMIN.ok(DEALS, { first: 4, after })).deals;
      ids.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(await t.em().count(Deal, {}));
    expect(await as.VENDOR_ADMIN.code(DEALS, { after: 'garbage' })).toBe('BAD_USER_INPUT');
    expect(await as.VENDOR_ADMIN.code(DEALS, { first: 0 })).toBe('BAD_USER_INPUT');
  });

  it('orders the review queue by deadline, overdue first', async () => {
    const late = await register(repOfB);
    await t.em().nativeUpdate(Deal, { id: late.id }, { reviewDueAt: new Date(Date.now() - 3600 * 1000) });
    const queue = await as.PARTNER_MANAGER.ok(DEALS, { first: 50, filter: { status: ['SUBMITTED'] }, orderBy: 'REVIEW_DUE' });
    const due = queue.deals.edges.map((e: { node: { reviewDueAt: string } }) => e.node.reviewDueAt);
    expect(queue.deals.edges[0].node.id).toBe(late.id);
    expect([...due].sort()).toEqual(due);
  });

  it('reads a page of 50 registrations with partner, submitter and conflicts in a bounded number of statements', async () => {
    for (let i = 0; i < 50; i++) await register(i % 2 ? adminOfB : as.PARTNER_REP, { customerDomain: 'bulk.com', customerName: `Bulk ${i}` });
    capturedQueries.length = 0;
    const page = await as.VENDOR_ADMIN.ok(`{ deals(first: 50) { edges { node { id partner { name tier { name } } submittedBy { name } conflicts { kind registration { id partner { name } } } } } } }`);
    expect(page.deals.edges).toHaveLength(50);
    // Session, page, count, partners, users, conflicts, other deals: no per-row queries.
    expect(capturedQueries.length).toBeLessThanOrEqual(12);
  });
});

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
