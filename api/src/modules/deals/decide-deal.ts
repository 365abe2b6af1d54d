import { benefitValue, findTier, findTrack, rejectDealInput } from '@tierwise/shared';
import { validInput } from '../../errors/valid-input.js';
import { Partner } from '../partners/partner.entity.js';
import { requirePublished } from '../program/program.service.js';
import { requireUser, type Scope } from '../scope.js';
import type { Deal } from './deal.entity.js';
import { getDeal, reloadDeal } from './deal-queries.js';
import { addDays } from './deal.rules.js';
import { changeDealStatus } from './deal-transition.js';

/** Vendor staff approve a submitted registration: the partner is protected for its tier's number of days. */
export async function approveDeal(scope: Scope, id: string): Promise<Deal> {
  const user = requireUser(scope);
  const deal = await getDeal(scope, id);
  const program = await requirePublished(scope);
  const partner = await scope.em.findOneOrFail(Partner, { id: deal.partner.id });
  const track = findTrack(program.document, partner.trackKey);
  const tier = track ? findTier(track, partner.tierKey)?.tier : undefined;
  const days = benefitValue(tier, 'DEAL_PROTECTION_DAYS') ?? program.document.dealProtectionDays;
  const now = scope.clock();
  const protectionEndsAt = addDays(now, days);
  await changeDealStatus(scope, deal, {
    from: 'SUBMITTED',
    to: 'APPROVED',
    changes: { decidedAt: now, decidedById: user.id, protectionEndsAt },
    action: 'deal.approved',
    after: { status: 'APPROVED', protectionEndsAt, protectionDays: days },
    event: 'FIRST_DEAL_APPROVED',
  });
  return reloadDeal(scope, id);
}

/** Vendor staff reject a submitted registration, saying why (the partner sees the reason). */
export async function rejectDeal(scope: Scope, id: string, rawReason: string): Promise<Deal> {
  const user = requireUser(scope);
  const { reason } = validInput(rejectDealInput, { reason: rawReason }, '');
  const deal = await getDeal(scope, id);
  await changeDealStatus(scope, deal, {
    from: 'SUBMITTED',
    to: 'REJECTED',
    changes: { decidedAt: scope.clock(), decidedById: user.id, rejectionReason: reason },
    action: 'deal.rejected',
    after: { status: 'REJECTED' },
    reason,
  });
  return reloadDeal(scope, id);
}
