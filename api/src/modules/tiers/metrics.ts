import { DEFAULT_WINDOW_DAYS, type CriterionDoc, type TierMetric, type TrackDoc } from '@tierwise/shared';
import { raw } from '@mikro-orm/core';
import type { Em } from '../../db/orm.js';
import { certifiedRepsByPartner } from '../certifications/certification.service.js';
import { Deal } from '../deals/deal.entity.js';
import { onboardingState } from '../onboarding/onboarding.service.js';

export type MetricValues = Record<TierMetric, number>;

const DAY_MS = 24 * 3600 * 1000;

/**
 * Every TierMetric for one partner over a trailing window (definitions in the
 * contract's TierMetric docs). CERTIFIED_REPS and ONBOARDING_COMPLETE are
 * measured now, not over a window.
 */
export async function measurePartner(em: Em, partnerId: string, track: TrackDoc, windowDays: number = DEFAULT_WINDOW_DAYS, now = new Date()): Promise<MetricValues> {
  const since = new Date(now.getTime() - windowDays * DAY_MS);
  const sum = async (field: 'amount' | 'wonAmount', where: object) => {
    const column = field === 'amount' ? 'd.amount' : 'd.won_amount';
    const rows = await em.createQueryBuilder(Deal, 'd').select(raw(`sum(${column}) as total`)).where({ partner: partnerId, ...where }).execute<{ total: string | number | null }[]>('all', false);
    return Number(rows[0]?.total ?? 0);
  };
  const [pipeline, revenue, won, registered, reps, steps] = await Promise.all([
    sum('amount', { attribution: 'SOURCED', decidedAt: { $gte: since, $lte: now }, status: { $in: ['APPROVED', 'WON', 'LOST', 'EXPIRED'] } }),
    sum('wonAmount', { attribution: 'SOURCED', status: 'WON', closedAt: { $gte: since, $lte: now } }),
    em.count(Deal, { partner: partnerId, status: 'WON', closedAt: { $gte: since, $lte: now } }),
    em.count(Deal, { partner: partnerId, createdAt: { $gte: since, $lte: now } }),
    certifiedRepsByPartner(em, [partnerId], now),
    onboardingState(em, partnerId, track),
  ]);
  return {
    CERTIFIED_REPS: reps.get(partnerId) ?? 0,
    SOURCED_PIPELINE: pipeline,
    SOURCED_REVENUE_WON: revenue,
    DEALS_WON: won,
    REGISTERED_DEALS: registered,
    ONBOARDING_COMPLETE: steps.every((s) => s.completedAt) ? 1 : 0,
  };
}

export function criterionMet(criterion: CriterionDoc, values: MetricValues): boolean {
  return values[criterion.metric] >= criterion.threshold;
}
