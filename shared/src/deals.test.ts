import { describe, expect, it } from 'vitest';
import {
  applyBasisPoints,
  canTransitionDeal,
  DEAL_STATUSES,
  earningFor,
  namesAreSimilar,
  normaliseCompanyName,
  trigramSimilarity,
  type DealStatus,
} from './deals.js';
import type { TierDoc } from './program.js';

describe('deal status machine', () => {
  const allowed: [DealStatus, DealStatus][] = [
    ['SUBMITTED', 'APPROVED'],
    ['SUBMITTED', 'REJECTED'],
    ['SUBMITTED', 'EXPIRED'],
    ['APPROVED', 'WON'],
    ['APPROVED', 'LOST'],
    ['APPROVED', 'EXPIRED'],
  ];
  const every = DEAL_STATUSES.flatMap((from) => DEAL_STATUSES.map((to) => [from, to] as [DealStatus, DealStatus]));
  it.each(every)('%s -> %s', (from, to) => {
    const expected = allowed.some(([f, t]) => f === from && t === to);
    expect(canTransitionDeal(from, to)).toBe(expected);
  });
});

describe('company names', () => {
  it.each([
    ['Acme, Inc.', 'acme'],
    ['ACME LLC', 'acme'],
    ['Müller GmbH', 'muller'],
    ['The Widget Co.', 'widget'],
    ['Smith & Sons Ltd', 'smith and sons'],
    ['Inc', 'inc'],
  ])('normalises %s to %s', (raw, normal) => {
    expect(normaliseCompanyName(raw)).toBe(normal);
  });

  it.each([
    ['Acme Inc', 'ACME, LLC', true],
    ['Acme Corporation', 'Acme Corp.', true],
    ['Globex International', 'Globex Intl', true],
    ['Initech', 'Initech Software', true],
    ['Acme', 'Umbrella', false],
    ['Northwind Traders', 'Southwind Bakery', false],
  ])('%s ~ %s: %s', (a, b, similar) => {
    expect(namesAreSimilar(a, b)).toBe(similar);
  });

  it('computes similarity like pg_trgm', () => {
    // SELECT similarity('word', 'two words') = 0.363636 in PostgreSQL.
    expect(trigramSimilarity('word', 'two words')).toBeCloseTo(0.363636, 5);
    expect(trigramSimilarity('acme', 'acme')).toBe(1);
    expect(trigramSimilarity('', 'acme')).toBe(0);
  });
});

describe('money', () => {
  it.each([
    [7_000_000, 1000, 700_000],
    [1, 5000, 1],
    [1, 4999, 0],
    [Number.MAX_SAFE_INTEGER, 1, 900_719_925_474],
  ])('%i at %i bps is %i', (amount, bps, expected) => {
    expect(applyBasisPoints(amount, bps)).toBe(expected);
  });

  const tier = (benefits: TierDoc['benefits']): TierDoc => ({ key: 't', name: 'T', criteria: [], benefits });

  it('pays margin on won resale deals: 70,000.00 at 1000 bps earns 7,000.00', () => {
    expect(earningFor('RESALE_MARGIN', tier([{ kind: 'RESALE_MARGIN_BPS', value: 1000 }]), { wonAmount: 7_000_000, attribution: 'INFLUENCED' })).toBe(700_000);
  });

  it('pays a flat referral fee only for SOURCED deals', () => {
    const referral = tier([{ kind: 'REFERRAL_FEE', value: 50_000 }]);
    expect(earningFor('REFERRAL_FEE', referral, { wonAmount: 9_999_999, attribution: 'SOURCED' })).toBe(50_000);
    expect(earningFor('REFERRAL_FEE', referral, { wonAmount: 9_999_999, attribution: 'CO_SOLD' })).toBe(0);
  });

  it('credits co-sell on any attribution, and nothing without the benefit', () => {
    expect(earningFor('CO_SELL_CREDIT', tier([{ kind: 'CO_SELL_CREDIT_BPS', value: 300 }]), { wonAmount: 1_000_000, attribution: 'CO_SOLD' })).toBe(30_000);
    expect(earningFor('CO_SELL_CREDIT', tier([]), { wonAmount: 1_000_000, attribution: 'SOURCED' })).toBe(0);
  });
});
