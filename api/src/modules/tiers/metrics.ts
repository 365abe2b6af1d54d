import { DEFAULT_WINDOW_DAYS, type CriterionDoc, type TierMetric, type TrackDoc } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';

export type MetricValues = Record<TierMetric, number>;

/**
 * Measures every TierMetric for one partner over a window. Each metric reads
 * its own source; the sources arrive with their features: deals (issue
 * "Deal registration"), certifications and onboarding completions (issue
 * "Enablement"). Until a source exists there is nothing to count, so it
 * measures zero, which is the true value.
 */
export async function measurePartner(
  _em: Em,
  _partnerId: string,
  track: TrackDoc,
  _windowDays: number = DEFAULT_WINDOW_DAYS,
): Promise<MetricValues> {
  return {
    CERTIFIED_REPS: 0,
    SOURCED_PIPELINE: 0,
    SOURCED_REVENUE_WON: 0,
    DEALS_WON: 0,
    REGISTERED_DEALS: 0,
    // No completion can be recorded yet, so only a track without steps is complete.
    ONBOARDING_COMPLETE: track.onboardingSteps.length === 0 ? 1 : 0,
  };
}

export function criterionMet(criterion: CriterionDoc, values: MetricValues): boolean {
  return values[criterion.metric] >= criterion.threshold;
}
