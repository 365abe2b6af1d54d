import { DEFAULT_WINDOW_DAYS, findTrack, METRIC_TABLE, type MeasuredValues, type ProgramDoc, type TierMetric } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { certifiedRepsByPartner } from '../certifications/certification.service.js';
import { onboardingStates } from '../onboarding/onboarding.service.js';
import { Partner } from '../partners/partner.entity.js';
import { dealMetric } from './tier.repository.js';

const DAY_MS = 24 * 3600 * 1000;

/** Values measured for a set of partners: value(partnerId, metric, windowDays). */
export interface Measurements {
  value(partnerId: string, metric: TierMetric, windowDays?: number): number;
}

type Need = { metric: TierMetric; windowDays: number };

/** One measurement per metric, and per window for the metrics measured over one (the metric table says which). */
const measurementKey = (metric: TierMetric, windowDays: number) => (METRIC_TABLE[metric].windowed ? `${metric}:${windowDays}` : metric);

/**
 * Measure the given metrics for many partners at once (set-based: a fixed
 * number of statements whatever the number of partners).
 */
export async function measure(em: Em, partners: Partner[], program: ProgramDoc, needs: Need[], now = new Date()): Promise<Measurements> {
  const ids = partners.map((p) => p.id);
  const results = new Map<string, Map<string, number>>();
  const unique = new Map(needs.map((n) => [measurementKey(n.metric, n.windowDays), n]));
  for (const [k, need] of unique) {
    if (!ids.length) break;
    const { metric } = need;
    switch (metric) {
      case 'CERTIFIED_REPS':
        results.set(k, await certifiedRepsByPartner(em, ids, now));
        break;
      case 'ONBOARDING_COMPLETE': {
        const trackOf = new Map(partners.map((p) => [p.id, findTrack(program, p.trackKey)]));
        const states = await onboardingStates(em, ids, (id) => trackOf.get(id));
        results.set(k, new Map([...states].map(([id, steps]) => [id, steps.every((s) => s.completedAt) ? 1 : 0])));
        break;
      }
      case 'SOURCED_PIPELINE':
      case 'SOURCED_REVENUE_WON':
      case 'DEALS_WON':
      case 'REGISTERED_DEALS':
        results.set(k, await dealMetric(em, ids, metric, new Date(now.getTime() - need.windowDays * DAY_MS), now));
    }
  }
  return {
    value: (partnerId, metric, windowDays = DEFAULT_WINDOW_DAYS) => results.get(measurementKey(metric, windowDays))?.get(partnerId) ?? 0,
  };
}

/** One partner's values in the form the shared placement rules read them. */
export function measuredFor(m: Measurements, partnerId: string): MeasuredValues {
  return (metric, windowDays) => m.value(partnerId, metric, windowDays);
}
