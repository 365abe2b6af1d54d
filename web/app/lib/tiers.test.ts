import { describe, expect, it } from 'vitest';
import { cadenceText, checkCurrentTier, checkOverrideForm, countMoves, missingCriteria, onboardingStepLink } from './tiers';

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

describe('checkOverrideForm', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  it('gives the mutation its input: the reason trimmed, the pin at the end of its day', () => {
    expect(checkOverrideForm({ tierKey: 'gold', reason: '  Launch partner ', pinnedUntil: '2026-07-31' }, now)).toEqual({
      ok: true,
      input: { tierKey: 'gold', reason: 'Launch partner', pinnedUntil: '2026-07-31T23:59:59.000Z' },
    });
    expect(checkOverrideForm({ tierKey: 'gold', reason: 'Launch', pinnedUntil: '' }, now)).toMatchObject({ ok: true, input: { pinnedUntil: null } });
  });

  it("shows every problem at once, in the API's words", () => {
    expect(checkOverrideForm({ tierKey: '', reason: ' ', pinnedUntil: '2026-05-01' }, now)).toEqual({
      ok: false,
      fieldErrors: { tierKey: 'Choose the tier.', reason: 'Say why the tier is set by hand; it shows on reports.', pinnedUntil: 'The pin must end in the future.' },
    });
    expect(checkOverrideForm({ tierKey: 'gold', reason: 'x', pinnedUntil: '31/12/2026' }, now)).toEqual({ ok: false, fieldErrors: { pinnedUntil: 'Enter a date like 2027-03-31.' } });
  });
});
