import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deal } from '../modules/deals/deal.entity.js';
import { startTestApi, type Client, type TestApi } from '../test/harness.js';
import { dealInput, makeWorld, type World } from '../test/world.js';

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
