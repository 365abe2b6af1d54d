import { describe, expect, it } from 'vitest';
import { BENEFIT_KINDS, TIER_METRICS } from './program.js';
import { BENEFIT_ORDER, BENEFIT_TABLE, METRIC_TABLE } from './vocabulary-tables.js';

describe('vocabulary tables', () => {
  it('give every benefit kind a unit and a label, and order all of them once', () => {
    expect(Object.keys(BENEFIT_TABLE).sort()).toEqual([...BENEFIT_KINDS].sort());
    expect([...BENEFIT_ORDER].sort()).toEqual([...BENEFIT_KINDS].sort());
    for (const kind of BENEFIT_KINDS) expect(BENEFIT_TABLE[kind].label.length).toBeGreaterThan(0);
    // The stored unit is in the name where the program stores basis points or days.
    for (const kind of BENEFIT_KINDS) {
      if (kind.endsWith('_BPS')) expect(BENEFIT_TABLE[kind].unit).toBe('BASIS_POINTS');
      if (kind.endsWith('_DAYS')) expect(BENEFIT_TABLE[kind].unit).toBe('DAYS');
    }
  });

  it('give every metric a unit and a label', () => {
    expect(Object.keys(METRIC_TABLE).sort()).toEqual([...TIER_METRICS].sort());
  });
});
