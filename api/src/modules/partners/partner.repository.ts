import { keysetPage, type Page } from '../../db/keyset.js';
import type { Em } from '../../db/orm.js';
import { User } from '../users/user.entity.js';
import { Partner } from './partner.entity.js';

/** The queries of the partners module: keyset pages and the roster. */

/** One page of partners by name (then id): a statement for the page, one for the count. */
export function partnerPage(em: Em, first: number, after: string | null | undefined): Promise<Page<Partner>> {
  return keysetPage(em, Partner, {}, { field: 'name', dir: 'asc', kind: 'string' }, first, after);
}

/** A partner's users (its team), by name. */
export function partnerRoster(em: Em, partnerId: string): Promise<User[]> {
  return em.find(User, { partner: partnerId }, { orderBy: { name: 'asc', id: 'asc' } });
}

/** Disable every still-enabled user of a partner; returns the ids of all its users (for ending their sessions). */
export async function disablePartnerUsers(em: Em, partnerId: string, now: Date): Promise<string[]> {
  const users = await em.find(User, { partner: partnerId }, { fields: ['id'] });
  await em.nativeUpdate(User, { partner: partnerId, disabledAt: null }, { disabledAt: now });
  return users.map((u) => u.id);
}
