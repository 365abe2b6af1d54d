import { describe, expect, it } from 'vitest';
import { DEMO_PROGRAM } from './demo-program.js';
import { measurementsNeeded, moveBetween, nextReviewDate, placeInTrack } from './placement.js';
import type { TierMetric, TrackDoc } from './program.js';

const values = (v: Partial<Record<TierMetric, number>>, windows: Record<number, Partial<Record<TierMetric, number>>> = {}) => (metric: TierMetric, windowDays: number) =>
  windows[windowDays]?.[metric] ?? v[metric] ?? 0;

const agency = DEMO_PROGRAM.tracks[1]; // select (no criteria) -> elite (pipeline 150k, 3 won, 2 certified)
const ladder: TrackDoc = {
  ...agency,
  tiers: [
    { key: 'bronze', name: 'Bronze', criteria: [], benefits: [] },
    { key: 'silver', name: 'Silver', criteria: [{ metric: 'DEALS_WON', threshold: 2 }], benefits: [] },
    { key: 'gold', name: 'Gold', criteria: [{ metric: 'DEALS_WON', threshold: 5 }, { metric: 'CERTIFIED_REPS', threshold: 3 }], benefits: [] },
  ],
};

describe('placeInTrack', () => {
  it.each([
    ['nothing measured', {}, 0],
    ['every elite criterion met', { SOURCED_PIPELINE: 15_000_000, DEALS_WON: 3, CERTIFIED_REPS: 2 }, 1],
    ['one criterion short', { SOURCED_PIPELINE: 15_000_000, DEALS_WON: 3, CERTIFIED_REPS: 1 }, 0],
    ['exactly at the thresholds', { SOURCED_PIPELINE: 15_000_000, DEALS_WON: 3, CERTIFIED_REPS: 2 }, 1],
  ])('agency: %s', (_name, v, rank) => {
    expect(placeInTrack(agency, values(v))).toBe(rank);
  });

  it.each([
    [{ DEALS_WON: 1 }, 0],
    [{ DEALS_WON: 2 }, 1],
    [{ DEALS_WON: 5, CERTIFIED_REPS: 2 }, 1],
    [{ DEALS_WON: 5, CERTIFIED_REPS: 3 }, 2],
    // The highest tier that holds wins, even when a middle one would not (gold needs 5 won, silver 2: both hold).
    [{ DEALS_WON: 9, CERTIFIED_REPS: 9 }, 2],
  ])('three tiers: %j -> rank %i', (v, rank) => {
    expect(placeInTrack(ladder, values(v))).toBe(rank);
  });

  it('measures each criterion over its own window', () => {
    const windowed: TrackDoc = { ...ladder, tiers: [ladder.tiers[0], { ...ladder.tiers[1], criteria: [{ metric: 'DEALS_WON', threshold: 2, windowDays: 90 }] }] };
    expect(placeInTrack(windowed, values({ DEALS_WON: 5 }, { 90: { DEALS_WON: 1 } }))).toBe(0);
    expect(placeInTrack(windowed, values({ DEALS_WON: 0 }, { 90: { DEALS_WON: 2 } }))).toBe(1);
  });

  it('lists each metric and window once', () => {
    expect(measurementsNeeded(ladder)).toEqual([
      { metric: 'DEALS_WON', windowDays: 365 },
      { metric: 'CERTIFIED_REPS', windowDays: 365 },
    ]);
  });
});

describe('moves and reviews', () => {
  it.each([
    [0, 1, 'PROMOTE'],
    [2, 0, 'DEMOTE'],
    [1, 1, 'HOLD'],
  ] as const)('%i -> %i is %s', (from, to, move) => expect(moveBetween(from, to)).toBe(move));

  it('schedules the next review on the first of the month after the cadence', () => {
    expect(nextReviewDate(new Date('2026-11-15T10:00:00Z'), 3, new Date('2026-01-01'))?.toISOString()).toBe('2027-02-01T00:00:00.000Z');
    expect(nextReviewDate(null, 6, new Date('2026-03-20T00:00:00Z'))?.toISOString()).toBe('2026-09-01T00:00:00.000Z');
    expect(nextReviewDate(null, 0, new Date())).toBeNull();
  });
});
