import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { APPROVED_DEAL_STATUSES, DEFAULT_WINDOW_DAYS, findTrack, type MeasuredValues, type ProgramDoc, type TierMetric } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { certifiedRepsByPartner } from '../certifications/certification.service.js';
import { Deal } from '../deals/deal.entity.js';
import { onboardingStates } from '../onboarding/onboarding.service.js';
import { Partner } from '../partners/partner.entity.js';

const DAY_MS = 24 * 3600 * 1000;

/** Values measured for a set of partners: value(partnerId, metric, windowDays). */
export interface Measurements {
  value(partnerId: string, metric: TierMetric, windowDays?: number): number;
}

type Need = { metric: TierMetric; windowDays: number };

/** SQL for the windowed deal metrics: one grouped statement per (metric, window) for all partners at once. */
async function dealMetric(em: EntityManager, partnerIds: string[], metric: TierMetric, since: Date, now: Date): Promise<Map<string, number>> {
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
      throw new Error(`${metric} is not a deal metric`);
  }
  const rows = await qb.execute<{ partnerId: string; value: string | number | null }[]>('all', false);
  return new Map(rows.map((r) => [r.partnerId, Number(r.value ?? 0)]));
}

/**
 * Measure the given metrics for many partners at once (set-based: a fixed
 * number of statements whatever the number of partners).
 */
export async function measure(em: Em, partners: Partner[], program: ProgramDoc, needs: Need[], now = new Date()): Promise<Measurements> {
  const ids = partners.map((p) => p.id);
  const results = new Map<string, Map<string, number>>();
  const key = (metric: TierMetric, windowDays: number) => (metric === 'CERTIFIED_REPS' || metric === 'ONBOARDING_COMPLETE' ? metric : `${metric}:${windowDays}`);
  const unique = new Map(needs.map((n) => [key(n.metric, n.windowDays), n]));
  for (const [k, need] of unique) {
    if (!ids.length) break;
    if (need.metric === 'CERTIFIED_REPS') results.set(k, await certifiedRepsByPartner(em, ids, now));
    else if (need.metric === 'ONBOARDING_COMPLETE') {
      const trackOf = new Map(partners.map((p) => [p.id, findTrack(program, p.trackKey)]));
      const states = await onboardingStates(em, ids, (id) => trackOf.get(id));
      results.set(k, new Map([...states].map(([id, steps]) => [id, steps.every((s) => s.completedAt) ? 1 : 0])));
    } else results.set(k, await dealMetric(em, ids, need.metric, new Date(now.getTime() - need.windowDays * DAY_MS), now));
  }
  return {
    value: (partnerId, metric, windowDays = DEFAULT_WINDOW_DAYS) => results.get(key(metric, windowDays))?.get(partnerId) ?? 0,
  };
}

/** One partner's values in the form the shared placement rules read them. */
export function measuredFor(m: Measurements, partnerId: string): MeasuredValues {
  return (metric, windowDays) => m.value(partnerId, metric, windowDays);
}
