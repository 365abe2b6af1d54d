import type { BenefitKind, TierMetric } from './program.js';

/**
 * How a number is meant: what the program stores and how people read it.
 * BASIS_POINTS: 1500 is 15%. MONEY: integer minor units. DAYS. YES_NO: 1 or 0. COUNT.
 */
export type ValueUnit = 'BASIS_POINTS' | 'MONEY' | 'DAYS' | 'YES_NO' | 'COUNT';

export interface BenefitKindInfo {
  unit: Exclude<ValueUnit, 'COUNT'>;
  label: string;
}

/**
 * Every benefit kind, in the order people compare them (money first, then
 * protection, then service). Lint, the web's forms, badges and formatting
 * read this table; adding a kind is a row here (see docs/adding-a-benefit-kind.md).
 */
export const BENEFIT_TABLE = {
  RESALE_MARGIN_BPS: { unit: 'BASIS_POINTS', label: 'Resale margin' },
  CO_SELL_CREDIT_BPS: { unit: 'BASIS_POINTS', label: 'Co-sell credit' },
  REFERRAL_FEE: { unit: 'MONEY', label: 'Referral fee per won deal' },
  MDF_PER_QUARTER: { unit: 'MONEY', label: 'Marketing funds per quarter' },
  DEAL_PROTECTION_DAYS: { unit: 'DAYS', label: 'Deal protection' },
  PRIORITY_SUPPORT: { unit: 'YES_NO', label: 'Priority support' },
  DEDICATED_PARTNER_MANAGER: { unit: 'YES_NO', label: 'Dedicated partner manager' },
} as const satisfies Record<BenefitKind, BenefitKindInfo>;

/** Benefit kinds in display order (the table's order). */
export const BENEFIT_ORDER = Object.keys(BENEFIT_TABLE) as BenefitKind[];

export function benefitUnit(kind: BenefitKind): BenefitKindInfo['unit'] {
  return BENEFIT_TABLE[kind].unit;
}

export interface MetricInfo {
  unit: 'MONEY' | 'COUNT' | 'YES_NO';
  label: string;
  /** Measured over a trailing window of days (false: a state as of now, whatever the criterion's window). */
  windowed: boolean;
}

/** Every tier metric: its unit, its name as people read it, and whether a window applies. */
export const METRIC_TABLE = {
  SOURCED_PIPELINE: { unit: 'MONEY', label: 'Sourced pipeline', windowed: true },
  SOURCED_REVENUE_WON: { unit: 'MONEY', label: 'Sourced revenue won', windowed: true },
  DEALS_WON: { unit: 'COUNT', label: 'Deals won', windowed: true },
  REGISTERED_DEALS: { unit: 'COUNT', label: 'Registered deals', windowed: true },
  CERTIFIED_REPS: { unit: 'COUNT', label: 'Certified reps', windowed: false },
  ONBOARDING_COMPLETE: { unit: 'YES_NO', label: 'Onboarding complete', windowed: false },
} as const satisfies Record<TierMetric, MetricInfo>;

export function metricUnit(metric: TierMetric): MetricInfo['unit'] {
  return METRIC_TABLE[metric].unit;
}
