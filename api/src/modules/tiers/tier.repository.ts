import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { APPROVED_DEAL_STATUSES, assertUnreachable, type TierMetric } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { Deal } from '../deals/deal.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Notification, TierChange, TierReview } from './tier-review.entity.js';

/** The tier metrics measured from deals (the others come from certifications and onboarding). */
export type DealMetric = Exclude<TierMetric, 'CERTIFIED_REPS' | 'ONBOARDING_COMPLETE'>;

/** SQL for the windowed deal metrics: one grouped statement per (metric, window) for all partners at once. */
export async function dealMetric(em: EntityManager, partnerIds: string[], metric: DealMetric, since: Date, now: Date): Promise<Map<string, number>> {
  const qb = em.createQueryBuilder(Deal, 'd').where({ partner: { $in: partnerIds } }).groupBy('d.partner');
  switch (metric) {
    case 'SOURCED_PIPELINE':
      // Approved in the window, whatever happened after (only approved deals have a decision and are not REJECTED).
      qb.select([raw('d.partner_id as "partnerId"'), raw('sum(d.amount) as "value"')]).andWhere({
        attribution: 'SOURCED',
        status: { $in: [...APPROVED_DEAL_STATUSES] },
        decidedAt: { $gte: since, $lte: now },
      });
      break;
    case 'SOURCED_REVENUE_WON':
      qb.select([raw('d.partner_id as "partnerId"'), raw('sum(d.won_amount) as "value"')]).andWhere({ attribution: 'SOURCED', status: 'WON', closedAt: { $gte: since, $lte: now } });
      break;
    case 'DEALS_WON':
      qb.select([raw('d.partner_id as "partnerId"'), raw('count(*) as "value"')]).andWhere({ status: 'WON', closedAt: { $gte: since, $lte: now } });
      break;
    case 'REGISTERED_DEALS':
      qb.select([raw('d.partner_id as "partnerId"'), raw('count(*) as "value"')]).andWhere({ createdAt: { $gte: since, $lte: now } });
      break;
    default:
      return assertUnreachable(metric, 'deal metric');
  }
  const rows = await qb.execute<{ partnerId: string; value: string | number | null }[]>('all', false);
  return new Map(rows.map((r) => [r.partnerId, Number(r.value ?? 0)]));
}

/** The partners a review places: every one not offboarded, by name. */
export function reviewablePartners(em: Em): Promise<Partner[]> {
  return em.find(Partner, { status: { $ne: 'OFFBOARDED' } }, { orderBy: { name: 'asc', id: 'asc' } });
}

/** The latest review that ran for a scheduled slot. */
export async function lastScheduledReview(em: Em): Promise<TierReview | null> {
  const [last] = await em.find(TierReview, { scheduledFor: { $ne: null } }, { orderBy: { scheduledFor: 'desc' }, limit: 1 });
  return last ?? null;
}

/** Applied reviews, newest first. */
export function latestReviews(em: Em, limit: number): Promise<TierReview[]> {
  return em.find(TierReview, {}, { orderBy: { appliedAt: 'desc', id: 'desc' }, limit });
}

export function changesOfReview(em: Em, reviewId: string): Promise<TierChange[]> {
  return em.find(TierChange, { reviewId });
}

/** A partner's messages, newest first. */
export function latestNotifications(em: Em, partnerId: string, limit: number): Promise<Notification[]> {
  return em.find(Notification, { partnerId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit });
}
