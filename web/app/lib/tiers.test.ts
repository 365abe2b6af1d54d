import { describe, expect, it } from 'vitest';
import { cadenceText, checkCurrentTier, countMoves, missingCriteria, onboardingStepLink } from './tiers';

describe('current tier check', () => {
  const criteria = [
    { metric: 'SOURCED_PIPELINE' as const, threshold: 15_000_000 },
    { metric: 'DEALS_WON' as const, threshold: 3 },
    { metric: 'CERTIFIED_REPS' as const, threshold: 2 },
  ];

  it('uses the measured values it has', () => {
    const checks = checkCurrentTier(criteria, [
      { metric: 'SOURCED_PIPELINE', current: 20_000_000 },
      { metric: 'DEALS_WON', current: 1 },
    ]);
    expect(checks.map((c) => c.met)).toEqual([true, false, null]);
    expect(checks[1].current).toBe(1);
    expect(missingCriteria(checks).map((c) => c.criterion.metric)).toEqual(['DEALS_WON']);
  });

  it('lists unknown criteria when none is known to fail', () => {
    const checks = checkCurrentTier(criteria, []);
    expect(missingCriteria(checks)).toHaveLength(3);
  });
});

describe('reviews', () => {
  it('counts moves and pins', () => {
    expect(countMoves([{ move: 'PROMOTE' }, { move: 'HOLD', pinned: true }, { move: 'HOLD' }, { move: 'DEMOTE' }])).toEqual({
      PROMOTE: 1,
      DEMOTE: 1,
      HOLD: 2,
      pinned: 1,
    });
  });

  it('words the cadence', () => {
    expect(cadenceText(3)).toBe('Every 3 months');
    expect(cadenceText(1)).toBe('Every month');
    expect(cadenceText(0)).toMatch(/Never/);
  });
});

describe('onboarding links', () => {
  it('sends each automatic step where it is done', () => {
    expect(onboardingStepLink('PROFILE_COMPLETED')?.to).toBe('/portal/profile');
    expect(onboardingStepLink('FIRST_CERTIFICATION')?.to).toBe('/portal/certifications');
    expect(onboardingStepLink('FIRST_DEAL_WON')?.to).toBe('/portal/deals/new');
    expect(onboardingStepLink('MANUAL')).toBeNull();
  });
});
