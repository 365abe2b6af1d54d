import type { EntityManager } from '@mikro-orm/core';
import { normaliseEmail } from '@tierwise/shared';
import { audit } from '../modules/audit/audit.service.js';
import { User } from '../modules/users/user.entity.js';
import { makeUser } from './factories.js';

/** BOOTSTRAP_ADMIN_EMAIL/PASSWORD: the first vendor admin, created only when no user exists. */
export async function bootstrapAdmin(em: EntityManager, email: string | undefined, password: string | undefined): Promise<boolean> {
  if (!email || !password) return false;
  if ((await em.count(User, {})) > 0) return false;
  await em.transactional(async (tx) => {
    const admin = await makeUser(tx, { role: 'VENDOR_ADMIN', email: normaliseEmail(email), name: 'Administrator', password });
    audit(tx, { actorId: null, action: 'user.bootstrapped', entityType: 'User', entityId: admin.id, after: { email: admin.email, role: admin.role } });
  });
  return true;
}
