import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deal } from '../modules/deals/deal.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { startTestApi, type Client, type TestApi } from '../test/harness.js';
import { dealInput, makeWorld, type World } from '../test/world.js';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from './safe-text.js';

const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id customerName notes } }`;

let t: TestApi;
let w: World;
let rep: Client;
let vendor: Client;

beforeAll(async () => {
  t = await startTestApi();
  w = await makeWorld(t);
  rep = await t.as(w.repOfA);
  vendor = await t.as(w.vendorAdmin);
});
afterAll(() => t.close());

async function refusal(client: Client, query: string, variables?: Record<string, unknown>) {
  const res = await client.gql(query, variables);
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  return res.errors![0].extensions.fields?.[0];
}

describe('text at the input boundary', () => {
  it('refuses a NUL byte in a nested input field, naming it, and stores nothing', async () => {
    const field = await refusal(rep, REGISTER, { input: dealInput({ customerName: 'Contoso\u0000 Retail' }) });
    expect(field?.path).toBe('input.customerName');
    expect(field?.message).toMatch(/NUL/);
    expect(await t.em().count(Deal, {})).toBe(0);
  });

  it('refuses lone surrogates (high and low) but keeps real emoji and accents', async () => {
    expect((await refusal(rep, REGISTER, { input: dealInput({ notes: 'ok \ud800 then' }) }))?.path).toBe('input.notes');
    expect((await refusal(rep, REGISTER, { input: dealInput({ notes: '\udc00' }) }))?.path).toBe('input.notes');
    expect(await t.em().count(Deal, {})).toBe(0);
    const { registerDeal } = await rep.ok(REGISTER, { input: dealInput({ customerName: 'Café Zürich 🚀', customerDomain: 'cafe-zurich.ch', notes: '日本語 ✓' }) });
    expect(registerDeal).toMatchObject({ customerName: 'Café Zürich 🚀', notes: '日本語 ✓' });
  });

  it('checks plain arguments, literals in the document, and list items by index', async () => {
    expect((await refusal(t.anon, `mutation($e: String!) { login(email: $e, password: "x") { token } }`, { e: 'a\u0000@alpha.test' }))?.path).toBe('email');
    expect((await refusal(vendor, `{ deal(id: "abc\\u0000") { id } }`))?.path).toBe('id');
    const claim = `mutation($input: MdfClaimInput!) { claimMdf(id: "00000000-0000-4000-8000-000000000000", input: $input) { id } }`;
    expect((await refusal(rep, claim, { input: { amount: 100, attachmentIds: ['fine', 'bad\u0000'] } }))?.path).toBe('input.attachmentIds.1');
  });

  it('refuses NUL in a whole document argument (program import) before it reaches the database', async () => {
    expect((await refusal(vendor, `mutation($text: String!) { importProgramDraft(text: $text) { currency } }`, { text: 'name: x\u0000' }))?.path).toBe('text');
  });
});

describe('ids and lengths at the input boundary', () => {
  // Checked: with the ID rules removed from refusedLeaf (safe-text.ts), `deals` and `auditLog` answer as if
  // unfiltered, createPartner creates a partner without a manager and the long id gets an empty answer: these fail.
  it('refuses an empty or blank id (never "no filter" nor "none"), naming the argument or input field', async () => {
    const partnersBefore = await t.em().count(Partner, {});
    expect((await refusal(vendor, `{ deals(filter: { partnerId: "" }) { totalCount } }`))?.path).toBe('filter.partnerId');
    expect((await refusal(vendor, `{ auditLog(entityId: "  ") { totalCount } }`))?.path).toBe('entityId');
    const create = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`;
    expect((await refusal(vendor, create, { input: { name: 'Gamma', trackKey: 'technology', managerId: '' } }))?.path).toBe('input.managerId');
    const claim = `mutation($input: MdfClaimInput!) { claimMdf(id: "00000000-0000-4000-8000-000000000000", input: $input) { id } }`;
    expect((await refusal(rep, claim, { input: { amount: 100, attachmentIds: ['fine', ''] } }))?.path).toBe('input.attachmentIds.1');
    expect(await t.em().count(Partner, {})).toBe(partnersBefore);
    // An id no row can have (longer than any id) is a bad input too, not an empty answer.
    expect((await refusal(vendor, `query($id: ID) { auditLog(entityId: $id) { totalCount } }`, { id: 'x'.repeat(MAX_ID_LENGTH + 1) }))?.message).toMatch(/at most 200/);
    // An empty String (not an ID) is the service's to judge: notes "" is no notes.
    expect((await rep.ok(REGISTER, { input: dealInput({ notes: '' }) })).registerDeal.notes).toBeNull();
  });

  // Checked: with the MAX_TEXT_LENGTH test removed, the long name reaches the service (which answers with its own
  // 200-character message naming the field, so the message check fails) and the long cursor its decoder.
  it(`refuses text over ${MAX_TEXT_LENGTH} characters anywhere but in the documents that bound their own size`, async () => {
    const long = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    const field = await refusal(rep, REGISTER, { input: dealInput({ customerName: long }) });
    expect(field).toEqual({ path: 'input.customerName', message: `At most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters.` });
    expect((await refusal(vendor, `query($after: String) { partners(after: $after) { totalCount } }`, { after: long }))?.message).toMatch(/At most 10,000/);
    // A CSV larger than the bound reaches its service (a preview here): the documents are exempt.
    const csv = ['domain,name,owner', ...Array.from({ length: 600 }, (_, i) => `company${i}.com,Company number ${i},Owner ${i}`)].join('\n');
    expect(csv.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    const preview = await vendor.ok(`mutation($csv: String!) { importDirectAccounts(csv: $csv, dryRun: true) { dryRun created errors { line } } }`, { csv });
    expect(preview.importDirectAccounts).toEqual({ dryRun: true, created: 600, errors: [] });
  });
});
