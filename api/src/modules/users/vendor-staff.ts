import type { Scope } from '../scope.js';
import type { User } from './user.entity.js';
import { activeVendorStaff } from './user.repository.js';

/** The vendor staff who can sign in (e.g. to choose a partner manager); callers check partner:read-all. */
export function vendorStaff(scope: Scope): Promise<User[]> {
  return activeVendorStaff(scope.em);
}
