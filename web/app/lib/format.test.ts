import { describe, expect, it } from 'vitest';
import { formatBenefitValue, formatBps, formatCriterion, formatDate, formatDateTime, formatMetricValue, prettyJson, progressRatio } from './format';

describe('formatting', () => {
  it('formats basis points as percent', () => {
    expect(formatBps(1500)).toBe('15%');
    expect(formatBps(125)).toBe('1.25%');
    expect(formatBps(250)).toBe('2.5%');
  });

  it('formats benefits by kind', () => {
    expect(formatBenefitValue('RESALE_MARGIN_BPS', 1000)).toBe('10%');
    expect(formatBenefitValue('MDF_PER_QUARTER', 1_000_000, 'USD')).toBe('$10,000.00');
    expect(formatBenefitValue('DEAL_PROTECTION_DAYS', 90)).toBe('90 days');
    expect(formatBenefitValue('PRIORITY_SUPPORT', 1)).toBe('Yes');
  });

  it('formats metrics: money for pipeline, counts otherwise', () => {
    expect(formatMetricValue('SOURCED_PIPELINE', 15_000_000, 'USD')).toBe('$150,000.00');
    expect(formatMetricValue('DEALS_WON', 3)).toBe('3');
    expect(formatMetricValue('ONBOARDING_COMPLETE', 0)).toBe('No');
  });

  it('states criteria with their window', () => {
    expect(formatCriterion({ metric: 'DEALS_WON', threshold: 3 })).toBe('Deals won ≥ 3 over 365 days');
    expect(formatCriterion({ metric: 'SOURCED_PIPELINE', threshold: 100, windowDays: 90 }, 'EUR')).toBe('Sourced pipeline ≥ €1.00 over 90 days');
  });

  it('clamps progress', () => {
    expect(progressRatio(5, 10)).toBe(0.5);
    expect(progressRatio(20, 10)).toBe(1);
    expect(progressRatio(-1, 10)).toBe(0);
    expect(progressRatio(0, 0)).toBe(1);
  });

  it('shows dates in UTC, the same on server and browser', () => {
    expect(formatDate('2026-01-05T23:30:00Z')).toBe('5 Jan 2026');
    expect(formatDateTime('2026-01-05T23:30:00Z')).toBe('5 Jan 2026, 23:30 UTC');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('nonsense')).toBe('—');
  });

  it('pretty-prints JSON and leaves other text alone', () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson('plain')).toBe('plain');
    expect(prettyJson(null)).toBe('');
  });
});
