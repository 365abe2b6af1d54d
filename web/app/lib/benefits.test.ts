import { describe, expect, it } from 'vitest';
import { benefitSentence, sortBenefits } from './benefits';

describe('benefit sentences', () => {
  it('reads every benefit kind in words', () => {
    expect(benefitSentence('RESALE_MARGIN_BPS', 1500)).toBe('15% margin on won resale deals');
    expect(benefitSentence('CO_SELL_CREDIT_BPS', 250)).toBe('2.5% co-sell credit on won deals');
    expect(benefitSentence('REFERRAL_FEE', 100_000, 'USD')).toBe('$1,000.00 referral fee per won sourced deal');
    expect(benefitSentence('MDF_PER_QUARTER', 1_500_000, 'EUR')).toBe('€15,000.00 market development funds per quarter');
    expect(benefitSentence('DEAL_PROTECTION_DAYS', 120)).toBe('120-day deal protection');
    expect(benefitSentence('PRIORITY_SUPPORT', 1)).toBe('Priority support');
    expect(benefitSentence('DEDICATED_PARTNER_MANAGER', 1)).toBe('A dedicated partner manager');
  });

  it('orders money first', () => {
    const sorted = sortBenefits([
      { kind: 'PRIORITY_SUPPORT' as const, value: 1 },
      { kind: 'DEAL_PROTECTION_DAYS' as const, value: 90 },
      { kind: 'RESALE_MARGIN_BPS' as const, value: 1000 },
    ]);
    expect(sorted.map((b) => b.kind)).toEqual(['RESALE_MARGIN_BPS', 'DEAL_PROTECTION_DAYS', 'PRIORITY_SUPPORT']);
  });
});
