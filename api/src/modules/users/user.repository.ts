import { VENDOR_ROLES } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { User } from './user.entity.js';

/** Vendor staff who can sign in, by name. */
export function activeVendorStaff(em: Em): Promise<User[]> {
  return em.find(User, { role: { $in: [...VENDOR_ROLES] }, disabledAt: null }, { orderBy: { name: 'asc', id: 'asc' } });
}
