import { describe, expect, it } from 'vitest';
import { currentQuarter, quarterBounds, quarterLabel, quarterParam, quarterRange, shiftQuarter } from './quarters';

describe('quarters', () => {
  it('knows the current quarter in UTC', () => {
    expect(currentQuarter(new Date('2026-11-25T10:00:00Z'))).toBe('2026-Q4');
    expect(currentQuarter(new Date('2027-01-01T00:00:00Z'))).toBe('2027-Q1');
  });

  it('shifts across years', () => {
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q2', -6)).toBe('2024-Q4');
  });

  it('gives the bounds and a label', () => {
    const { start, end } = quarterBounds('2026-Q4');
    expect(start.toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(end.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(quarterLabel('2026-Q1')).toBe('Q1 2026 (Jan–Mar)');
  });

  it('lists a range and reads parameters', () => {
    expect(quarterRange('2026-Q4', 1, 2)).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(quarterParam('2025-Q2', '2026-Q4')).toBe('2025-Q2');
    expect(quarterParam('2025-Q9', '2026-Q4')).toBe('2026-Q4');
    expect(quarterParam(null, '2026-Q4')).toBe('2026-Q4');
  });
});
