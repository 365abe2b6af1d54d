import { describe, expect, it } from 'vitest';
import { canTransitionMdf, MDF_AWAITING_VENDOR, MDF_COMMITTED_STATUSES, MDF_MACHINE, MDF_STATUSES, mdfAvailable, parseQuarter, quarterOf, quartersBetween, type MdfStatus } from './mdf.js';

describe('MDF status machine', () => {
  const allowed: [MdfStatus, MdfStatus][] = [
    ['SUBMITTED', 'APPROVED'],
    ['SUBMITTED', 'REJECTED'],
    ['APPROVED', 'CLAIMED'],
    ['APPROVED', 'CLAIM_REJECTED'],
    ['CLAIMED', 'PAID'],
    ['CLAIMED', 'CLAIM_REJECTED'],
  ];
  const every = MDF_STATUSES.flatMap((from) => MDF_STATUSES.map((to) => [from, to] as [MdfStatus, MdfStatus]));
  it.each(every)('%s -> %s', (from, to) => {
    expect(canTransitionMdf(from, to)).toBe(allowed.some(([f, t]) => f === from && t === to));
  });
});

describe('MDF status groups', () => {
  it('wait for vendor staff exactly where the machine has a vendor decision to make', () => {
    expect([...MDF_AWAITING_VENDOR].sort()).toEqual(['CLAIMED', 'SUBMITTED']);
  });

  it('hold committed money only between approval and payment or release', () => {
    for (const status of MDF_COMMITTED_STATUSES) expect(MDF_MACHINE.transitions[status]).toContain('CLAIM_REJECTED');
    expect([...MDF_COMMITTED_STATUSES].sort()).toEqual(['APPROVED', 'CLAIMED']);
  });
});

describe('quarters', () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2026-Q1'],
    ['2026-03-31T23:59:59Z', '2026-Q1'],
    ['2026-04-01T00:00:00Z', '2026-Q2'],
    ['2026-12-31T12:00:00Z', '2026-Q4'],
  ])('%s is in %s', (date, quarter) => expect(quarterOf(new Date(date))).toBe(quarter));

  it('parses and counts quarters', () => {
    expect(parseQuarter('2026-Q4')).toEqual({ year: 2026, quarter: 4 });
    expect(parseQuarter('2026-Q5')).toBeNull();
    expect(parseQuarter('Q1 2026')).toBeNull();
    expect(quartersBetween('2026-Q4', '2027-Q1')).toBe(1);
    expect(quartersBetween('2026-Q2', '2026-Q1')).toBe(-1);
  });

  it('never reports less than nothing available', () => {
    expect(mdfAvailable({ allocated: 100, committed: 30, paid: 20 })).toBe(50);
    expect(mdfAvailable({ allocated: 100, committed: 80, paid: 40 })).toBe(0);
  });
});
