import type { CriterionDoc, TierMetric, TrackDoc } from './program.js';
import { DEFAULT_WINDOW_DAYS } from './program.js';

/** Metric values of one partner, per trailing window in days (CERTIFIED_REPS and ONBOARDING_COMPLETE ignore the window). */
export type MeasuredValues = (metric: TierMetric, windowDays: number) => number;

export function criterionHolds(c: CriterionDoc, measure: MeasuredValues): boolean {
  return measure(c.metric, c.windowDays ?? DEFAULT_WINDOW_DAYS) >= c.threshold;
}

/**
 * The placement rule: the highest tier whose criteria all hold (a tier with
 * no criteria always holds). Returns its rank; the entry tier (0) when none
 * above it holds.
 */
export function placeInTrack(track: TrackDoc, measure: MeasuredValues): number {
  for (let rank = track.tiers.length - 1; rank > 0; rank--) {
    if (track.tiers[rank].criteria.every((c) => criterionHolds(c, measure))) return rank;
  }
  return 0;
}

export const TIER_MOVES = ['PROMOTE', 'DEMOTE', 'HOLD'] as const;
export type TierMove = (typeof TIER_MOVES)[number];

export function moveBetween(fromRank: number, toRank: number): TierMove {
  return toRank > fromRank ? 'PROMOTE' : toRank < fromRank ? 'DEMOTE' : 'HOLD';
}

/** The (metric, window) pairs a track's criteria need measured. */
export function measurementsNeeded(track: TrackDoc): { metric: TierMetric; windowDays: number }[] {
  const seen = new Map<string, { metric: TierMetric; windowDays: number }>();
  for (const tier of track.tiers)
    for (const c of tier.criteria) {
      const windowDays = c.windowDays ?? DEFAULT_WINDOW_DAYS;
      seen.set(`${c.metric}:${windowDays}`, { metric: c.metric, windowDays });
    }
  return [...seen.values()];
}

/** The first day of the month `months` after `from` (UTC): when the next review at this cadence falls. */
export function nextReviewDate(lastReview: Date | null, cadenceMonths: number, firstPublish: Date): Date | null {
  if (cadenceMonths <= 0) return null;
  const base = lastReview ?? firstPublish;
  return new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + cadenceMonths, 1));
}
