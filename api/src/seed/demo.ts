import type { EntityManager } from '@mikro-orm/core';
import { DEMO_PROGRAM } from '@tierwise/shared';
import { User } from '../modules/users/user.entity.js';
import { makePartner, makeProgram, makeUser } from './factories.js';

export const DEMO_PASSWORD = 'tierwise-demo';

export const DEMO_SIGN_INS = [
  { email: 'admin@tierwise.test', role: 'VENDOR_ADMIN' },
  { email: 'manager@tierwise.test', role: 'PARTNER_MANAGER' },
  { email: 'partner@tierwise.test', role: 'PARTNER_ADMIN' },
  { email: 'rep@tierwise.test', role: 'PARTNER_REP' },
] as const;

/** Seed the demo program, partners and users into an empty database. Returns false when it was not empty. */
export async function seedDemoIfEmpty(em: EntityManager): Promise<boolean> {
  if ((await em.count(User, {})) > 0) return false;
  await em.transactional(async (tx) => {
    await makeProgram(tx, DEMO_PROGRAM);
    const admin = await makeUser(tx, { role: 'VENDOR_ADMIN', email: 'admin@tierwise.test', name: 'Avery Admin', password: DEMO_PASSWORD });
    const manager = await makeUser(tx, { role: 'PARTNER_MANAGER', email: 'manager@tierwise.test', name: 'Morgan Manager', password: DEMO_PASSWORD });
    void admin;

    // The demo partner sits one tier below the top of its track.
    const northwind = await makePartner(tx, {
      name: 'Northwind Integrations',
      domain: 'northwind.example',
      trackKey: 'technology',
      tierKey: 'registered',
      managerId: manager.id,
    });
    await makeUser(tx, { role: 'PARTNER_ADMIN', email: 'partner@tierwise.test', name: 'Pat Partner', password: DEMO_PASSWORD, partner: northwind });
    await makeUser(tx, { role: 'PARTNER_REP', email: 'rep@tierwise.test', name: 'Riley Rep', password: DEMO_PASSWORD, partner: northwind });

    const brightpath = await makePartner(tx, {
      name: 'Brightpath Agency',
      domain: 'brightpath.example',
      trackKey: 'agency',
      tierKey: 'elite',
      status: 'ACTIVE',
      managerId: manager.id,
    });
    await makeUser(tx, { role: 'PARTNER_ADMIN', email: 'lead@brightpath.example', name: 'Blake Lead', password: DEMO_PASSWORD, partner: brightpath });
    await makePartner(tx, { name: 'Contoso Consulting', domain: 'contoso.example', trackKey: 'agency', tierKey: 'select' });
    await makePartner(tx, { name: 'Referly', domain: 'referly.example', trackKey: 'referral', tierKey: 'member', status: 'ACTIVE' });
  });
  return true;
}
