import { describe, expect, it } from 'vitest';
import { defaultComparison, groupChanges, pathWithinGroup } from './program-history';

describe('program history', () => {
  it('groups changes by track with counts, program rules first', () => {
    const groups = groupChanges(
      [
        { kind: 'CHANGED', path: 'agency/elite/criterion:DEALS_WON', description: 'threshold 3 → 4' },
        { kind: 'ADDED', path: 'agency/gold', description: 'tier added' },
        { kind: 'CHANGED', path: 'program', description: 'cadence 3 → 6' },
        { kind: 'REMOVED', path: 'referral', description: 'track removed' },
      ],
      { agency: 'Agencies' },
    );
    expect(groups.map((g) => g.title)).toEqual(['Program rules', 'Track: Agencies', 'Track: referral']);
    expect(groups[1].counts).toEqual({ ADDED: 1, REMOVED: 0, CHANGED: 1 });
    expect(groups[1].changes.map((c) => c.path)).toEqual(['agency/gold', 'agency/elite/criterion:DEALS_WON']);
  });

  it('shows paths inside a group', () => {
    expect(pathWithinGroup('agency/elite/criterion:DEALS_WON')).toBe('elite › criterion DEALS_WON');
    expect(pathWithinGroup('agency')).toBe('track');
    expect(pathWithinGroup('program')).toBe('rules');
  });

  it('compares the previous version with the newest, or the draft', () => {
    expect(defaultComparison([1, 2, 3], null)).toEqual({ from: 2, to: 3 });
    expect(defaultComparison([1, 2], 3)).toEqual({ from: 2, to: 3 });
    expect(defaultComparison([1], null)).toEqual({ from: 1, to: 1 });
    expect(defaultComparison([], null)).toEqual({ from: null, to: null });
  });
});
