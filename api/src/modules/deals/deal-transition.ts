import { DEAL_MACHINE, type DealStatus } from '@tierwise/shared';
import { transitionRow } from '../../db/transition.js';
import { AppError } from '../../errors/app-error.js';
import { audit } from '../audit/audit.service.js';
import { activateIfOnboarded } from '../onboarding/onboarding.service.js';
import { recordPartnerEvent } from '../partner-events/partner-events.service.js';
import { requireUser, type Scope } from '../scope.js';
import { Deal } from './deal.entity.js';
import { currentStatus } from './deal.repository.js';

export interface DealChange {
  from: DealStatus;
  to: DealStatus;
  changes?: Partial<Deal>;
  /** The audit action, e.g. `deal.approved`. */
  action: string;
  after: object;
  reason?: string;
  /** The partner's first such event, which may complete onboarding. */
  event?: 'FIRST_DEAL_APPROVED' | 'FIRST_DEAL_WON';
}

/**
 * Move a registration along the status machine with one conditional update,
 * audited by the signed-in user: of two reviewers acting at once, exactly one
 * wins; the other gets INVALID_STATE.
 */
export async function changeDealStatus(scope: Scope, deal: Deal, change: DealChange): Promise<void> {
  const actor = requireUser(scope);
  const { from, to, event } = change;
  await scope.em.fork().transactional(async (em) => {
    if (!(await transitionRow(em, Deal, DEAL_MACHINE, { id: deal.id }, from, to, change.changes ?? {}))) {
      const current = await currentStatus(em, deal.id);
      throw AppError.invalidState(`This registration is ${current ?? deal.status}; it cannot become ${to}.`);
    }
    audit(em, { actorId: actor.id, action: change.action, entityType: 'DealRegistration', entityId: deal.id, before: { status: from }, after: change.after, reason: change.reason });
    await em.flush();
    if (event) await recordPartnerEvent(em, deal.partner.id, event);
  });
  if (event) await activateIfOnboarded(scope.em, deal.partner.id, actor.id);
}
