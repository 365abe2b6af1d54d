import { PARTNER_MACHINE } from '@tierwise/shared';
import { transitionRow } from '../../db/transition.js';
import { AppError } from '../../errors/app-error.js';
import { audit } from '../audit/audit.service.js';
import { endSessionsOf } from '../auth/auth.service.js';
import { expireOpenDealsOf } from '../deals/expire-deals.js';
import { requireUser, type Scope } from '../scope.js';
import { Partner } from './partner.entity.js';
import { getPartner } from './partner-reads.js';
import { disablePartnerUsers } from './partner.repository.js';

/** Vendor admin: offboard a partner; its users are disabled, their sessions end, its open registrations expire. */
export async function offboardPartner(scope: Scope, id: string, reason: string): Promise<Partner> {
  const actor = requireUser(scope);
  const why = reason.trim();
  if (!why) throw AppError.field('reason', 'Say why the partner is offboarded.');
  if (why.length > 2000) throw AppError.field('reason', 'Use at most 2000 characters.');
  await getPartner(scope, id);
  await scope.em.fork().transactional(async (em) => {
    const now = scope.clock();
    const { status } = await em.findOneOrFail(Partner, { id }, { fields: ['status'] });
    if (status === 'OFFBOARDED' || !(await transitionRow(em, Partner, PARTNER_MACHINE, { id }, status, 'OFFBOARDED', { offboardedAt: now })))
      throw AppError.invalidState('This partner is already offboarded.');
    const userIds = await disablePartnerUsers(em, id, now);
    await endSessionsOf(em, userIds);
    const expiredDeals = await expireOpenDealsOf(em, id, actor.id);
    audit(em, {
      actorId: actor.id,
      action: 'partner.offboarded',
      entityType: 'Partner',
      entityId: id,
      after: { status: 'OFFBOARDED', usersDisabled: userIds.length, registrationsExpired: expiredDeals },
      reason: why,
    });
  });
  scope.em.clear();
  return scope.em.findOneOrFail(Partner, { id });
}
