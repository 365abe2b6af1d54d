import { closeDealInput, earningFor, findTier, findTrack } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { Partner } from '../partners/partner.entity.js';
import { requirePublished } from '../program/program.service.js';
import type { Scope } from '../scope.js';
import type { Deal } from './deal.entity.js';
import { getDeal, reloadDeal } from './deal-queries.js';
import { changeDealStatus } from './deal-transition.js';

export interface CloseDeal {
  won: boolean;
  /** The won amount (won only); none: the registered amount. */
  amount?: number | null;
  /** When it was won or lost; none: now. */
  closedAt?: Date | null;
}

/**
 * Close an APPROVED registration as won or lost (vendor staff, or the
 * registering partner) while its protection lasts. A won deal records what it
 * earns under the partner's track and tier at that moment.
 */
export async function closeDeal(scope: Scope, id: string, { won, amount, closedAt }: CloseDeal): Promise<Deal> {
  const deal = await getDeal(scope, id);
  const now = scope.clock();
  // The close date (default now): a deal closes between its registration and now.
  validInput(closeDealInput({ now, won, registeredAt: deal.createdAt }), { amount, closedAt }, '');
  const closed = closedAt ?? now;
  if (deal.status === 'APPROVED' && deal.protectionEndsAt && deal.protectionEndsAt <= now)
    throw AppError.invalidState('The protection of this registration has ended; it can no longer be closed.');
  if (!won) {
    await changeDealStatus(scope, deal, { from: 'APPROVED', to: 'LOST', changes: { closedAt: closed }, action: 'deal.lost', after: { status: 'LOST', closedAt: closed } });
    return reloadDeal(scope, id);
  }
  const wonAmount = amount ?? deal.amount;
  const program = await requirePublished(scope);
  const partner = await scope.em.findOneOrFail(Partner, { id: deal.partner.id });
  const track = findTrack(program.document, partner.trackKey)!;
  const tier = findTier(track, partner.tierKey)!.tier;
  const earning = earningFor(track.incentiveModel, tier, { wonAmount, attribution: deal.attribution });
  await changeDealStatus(scope, deal, {
    from: 'APPROVED',
    to: 'WON',
    changes: {
      closedAt: closed,
      wonAmount,
      earningModel: track.incentiveModel,
      earningTrackKey: track.key,
      earningTierKey: tier.key,
      earningProgramVersion: program.version,
      earningAmount: earning,
    },
    action: 'deal.won',
    after: { status: 'WON', wonAmount, closedAt: closed, earning, model: track.incentiveModel, tierKey: tier.key },
    event: 'FIRST_DEAL_WON',
  });
  return reloadDeal(scope, id);
}
