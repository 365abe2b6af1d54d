import { afterAll, beforeAll, describe, test } from 'vitest';
import { makePartner } from '../seed/factories.js';
import { startTestApi, type Client, type TestApi } from '../test/harness.js';
import { makeWorld } from '../test/world.js';

// `pnpm bench`: how fast the console's partners page and a partner's home answer.
let t: TestApi;
let vendor: Client;
let partner: Client;

beforeAll(async () => {
  t = await startTestApi();
  const w = await makeWorld(t);
  const em = t.em();
  for (let i = 0; i < 200; i++) await makePartner(em, { name: `Bench partner ${String(i).padStart(3, '0')}`, trackKey: 'agency', tierKey: 'select' });
  vendor = await t.as(w.vendorAdmin);
  partner = await t.as(w.partnerAdminOfA);
});
afterAll(() => t.close());

// vitest 5: `bench` is a fixture of the test context; each test prints its own table row.
describe('GraphQL over HTTP', () => {
  test('partners page of 50 with track and tier', async ({ bench }) => {
    await bench('partners page', async () => {
      await vendor.ok('{ partners(first: 50) { totalCount edges { node { name status track { name } tier { name } } } } }');
    }).run();
  });

  test('tier review preview over 200 partners (set-based metrics)', async ({ bench }) => {
    await bench('tier review preview', async () => {
      await vendor.ok('{ previewTierReview { move partner { id } to { key } } }');
    }).run();
  });

  test('partner home (myPartner with progress)', async ({ bench }) => {
    await bench('partner home', async () => {
      await partner.ok('{ myPartner { name tier { name } progress { nextTier { name } toNextTier { metric current required } benefitsGained { kind value } } onboarding { step { title } } } }');
    }).run();
  });
});
