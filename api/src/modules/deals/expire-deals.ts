import { DEAL_MACHINE } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { transitionRow } from '../../db/transition.js';
import { audit } from '../audit/audit.service.js';
import { Deal } from './deal.entity.js';
import { dealsDueToExpire, openDealsOf } from './deal.repository.js';

/** Scheduled: expire approved registrations whose protection ended. Each expires, and is audited, exactly once. */
export async function expireProtectedDeals(em: Em, now = new Date()): Promise<number> {
  const due = await dealsDueToExpire(em, now);
  let expired = 0;
  for (const { id } of due) {
    await em.fork().transactional(async (tx) => {
      // Another process may have got there first.
      if (!(await transitionRow(tx, Deal, DEAL_MACHINE, { id, protectionEndsAt: { $lte: now } }, 'APPROVED', 'EXPIRED'))) return;
      expired++;
      audit(tx, { actorId: null, action: 'deal.expired', entityType: 'DealRegistration', entityId: id, before: { status: 'APPROVED' }, after: { status: 'EXPIRED' }, reason: 'Protection period ended' });
    });
  }
  return expired;
}

/** Offboarding: the partner's open registrations expire, in the offboarding transaction. */
export async function expireOpenDealsOf(em: Em, partnerId: string, actorId: string): Promise<number> {
  const open = await openDealsOf(em, partnerId);
  for (const deal of open) {
    if (await transitionRow(em, Deal, DEAL_MACHINE, { id: deal.id }, deal.status, 'EXPIRED'))
      audit(em, { actorId, action: 'deal.expired', entityType: 'DealRegistration', entityId: deal.id, before: { status: deal.status }, after: { status: 'EXPIRED' }, reason: 'Partner offboarded' });
  }
  return open.length;
}
