import { describe, expect, it } from 'vitest';
import { plainDiffText, plainWords, ruleTitle } from './plain-words';

describe('plain words', () => {
  it('turns enum names in API and design-check messages into labels', () => {
    expect(plainWords('This registration is APPROVED; it cannot become WON.')).toBe('This registration is approved; it cannot become won.');
    expect(plainWords('The CERTIFIED_REPS threshold of tier "gold" is below zero.')).toBe('The Certified reps threshold of tier "gold" is below zero.');
    expect(plainWords('Tier "gold" lists the benefit CO_SELL_CREDIT_BPS twice.')).toBe('Tier "gold" lists the benefit Co-sell credit twice.');
    expect(plainWords('This request is CLAIM_REJECTED.')).toBe('This request is claim rejected.');
    // Other capitals stay.
    expect(plainWords('Amounts in USD; export as CSV.')).toBe('Amounts in USD; export as CSV.');
  });

  it('reads program diff lines with percentages, money and Yes/No instead of basis points and minor units', () => {
    expect(plainDiffText('benefit CO_SELL_CREDIT_BPS = 300', 'USD')).toBe('benefit Co-sell credit = 3%');
    expect(plainDiffText('RESALE_MARGIN_BPS 1000 → 1250', 'USD')).toBe('Resale margin: 10% → 12.5%');
    expect(plainDiffText('MDF_PER_QUARTER 500000 → 750000', 'USD')).toBe('Marketing funds per quarter: $5,000.00 → $7,500.00');
    expect(plainDiffText('benefit PRIORITY_SUPPORT = 1', 'USD')).toBe('benefit Priority support = Yes');
    expect(plainDiffText('criterion SOURCED_PIPELINE ≥ 25000000 over 180 days', 'USD')).toBe('criterion Sourced pipeline ≥ $250,000.00 over 180 days');
    expect(plainDiffText('CERTIFIED_REPS threshold 2 → 3', 'USD')).toBe('Certified reps threshold: 2 → 3');
    expect(plainDiffText('incentiveModel: "CO_SELL_CREDIT" → "RESALE_MARGIN"', 'USD')).toBe('incentiveModel: "Co-sell credit" → "Resale margin"');
  });

  it('titles design-check rules', () => {
    expect(ruleTitle('TIER_WITHOUT_BENEFIT_GAIN')).toBe('Tier without benefit gain');
  });
});
