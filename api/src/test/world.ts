import { DEMO_PROGRAM, type ProgramDoc } from '@tierwise/shared';
import { makePartner, makeProgram, makeUser } from '../seed/factories.js';
import { startTestApi, type Client, type TestApi } from './harness.js';

/**
 * The usual cast: a published demo program, vendor staff, and two partners
 * (A and B) with an admin and a rep each. Tests name who acts:
 * `await t.as(w.partnerAdminOfA)`.
 */
export async function makeWorld(t: TestApi, program: ProgramDoc = DEMO_PROGRAM) {
  const em = t.em();
  await makeProgram(em, program);
  const vendorAdmin = await makeUser(em, { role: 'VENDOR_ADMIN', email: 'admin@vendor.test' });
  const partnerManager = await makeUser(em, { role: 'PARTNER_MANAGER', email: 'manager@vendor.test' });
  const partnerA = await makePartner(em, { name: 'Alpha Integrations', trackKey: 'technology', tierKey: 'registered' });
  const partnerB = await makePartner(em, { name: 'Beta Agency', trackKey: 'agency', tierKey: 'select' });
  const partnerAdminOfA = await makeUser(em, { role: 'PARTNER_ADMIN', email: 'admin@alpha.test', partner: partnerA });
  const repOfA = await makeUser(em, { role: 'PARTNER_REP', email: 'rep@alpha.test', partner: partnerA });
  const partnerAdminOfB = await makeUser(em, { role: 'PARTNER_ADMIN', email: 'admin@beta.test', partner: partnerB });
  const repOfB = await makeUser(em, { role: 'PARTNER_REP', email: 'rep@beta.test', partner: partnerB });
  return { vendorAdmin, partnerManager, partnerA, partnerB, partnerAdminOfA, repOfA, partnerAdminOfB, repOfB };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

export type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';

/** Every role, for tests that check who may and may not call an operation. */
export async function clientsByRole(t: TestApi, w: World): Promise<Record<Role, Client>> {
  return {
    VENDOR_ADMIN: await t.as(w.vendorAdmin),
    PARTNER_MANAGER: await t.as(w.partnerManager),
    PARTNER_ADMIN: await t.as(w.partnerAdminOfA),
    PARTNER_REP: await t.as(w.repOfA),
  };
}

export type Who = Role | 'anonymous';

/** Rows for `it.each`: each role given is refused as FORBIDDEN, and anonymous callers as UNAUTHENTICATED. */
export const refusedTo = <R extends Role>(...roles: R[]): [R | 'anonymous', 'FORBIDDEN' | 'UNAUTHENTICATED'][] => [
  ...roles.map((role): [R, 'FORBIDDEN'] => [role, 'FORBIDDEN']),
  ['anonymous', 'UNAUTHENTICATED'],
];

/** The client `who` calls with: the anonymous one, or the one signed in with that role. */
export const clientOf = (t: TestApi, clients: Record<Role, Client>, who: Who): Client => (who === 'anonymous' ? t.anon : clients[who]);

/**
 * A test API with the usual cast and a client per role, for a file's
 * `beforeAll`: `({ t, w, clients, admin } = await startWorld());`.
 */
export async function startWorld(program?: ProgramDoc) {
  const t = await startTestApi();
  const w = await makeWorld(t, program);
  const clients = await clientsByRole(t, w);
  return { t, w, clients, admin: clients.VENDOR_ADMIN };
}

/** An ISO date `days` from now. */
export const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

let dealSeq = 0;
/** A valid RegisterDealInput for a new customer each call. */
export const dealInput = (overrides: Record<string, unknown> = {}) => ({
  customerName: `Customer ${++dealSeq}`,
  customerDomain: `customer${dealSeq}.com`,
  amount: 1_000_000,
  expectedCloseDate: inDays(30),
  attribution: 'SOURCED',
  ...overrides,
});
