import { assertUnreachable, BENEFIT_ORDER, formatMoney, type BenefitKind } from '@tierwise/shared';
import { formatBps } from './format';

/**
 * A benefit as a sentence a partner understands at a glance:
 * RESALE_MARGIN_BPS 1500 → "15% margin on won resale deals".
 */
export function benefitSentence(kind: BenefitKind, value: number, currency = 'USD'): string {
  switch (kind) {
    case 'RESALE_MARGIN_BPS':
      return `${formatBps(value)} margin on won resale deals`;
    case 'CO_SELL_CREDIT_BPS':
      return `${formatBps(value)} co-sell credit on won deals`;
    case 'REFERRAL_FEE':
      return `${formatMoney(value, currency)} referral fee per won sourced deal`;
    case 'MDF_PER_QUARTER':
      return `${formatMoney(value, currency)} market development funds per quarter`;
    case 'DEAL_PROTECTION_DAYS':
      return `${value}-day deal protection`;
    case 'PRIORITY_SUPPORT':
      return value >= 1 ? 'Priority support' : 'Standard support';
    case 'DEDICATED_PARTNER_MANAGER':
      return value >= 1 ? 'A dedicated partner manager' : 'Shared partner management';
    default:
      return assertUnreachable(kind, 'benefit kind');
  }
}

/** Benefit kinds in the order people compare them (the shared table's order). */
export { BENEFIT_ORDER };

export function sortBenefits<T extends { kind: BenefitKind }>(benefits: readonly T[]): T[] {
  return [...benefits].sort((a, b) => BENEFIT_ORDER.indexOf(a.kind) - BENEFIT_ORDER.indexOf(b.kind));
}
