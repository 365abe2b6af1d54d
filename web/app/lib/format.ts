import { formatMoney, type BenefitKind, type PartnerStatus, type TierMetric } from '@tierwise/shared';

/** Dates are shown in UTC so that server and browser render the same text. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const text = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(date);
  return `${text} UTC`;
}

export function formatBps(bps: number): string {
  const percent = bps / 100;
  return `${Number.isInteger(percent) ? percent : percent.toFixed(2).replace(/0+$/, '')}%`;
}

export const BENEFIT_LABELS: Record<BenefitKind, string> = {
  RESALE_MARGIN_BPS: 'Resale margin',
  REFERRAL_FEE: 'Referral fee per won deal',
  CO_SELL_CREDIT_BPS: 'Co-sell credit',
  MDF_PER_QUARTER: 'Marketing funds per quarter',
  DEAL_PROTECTION_DAYS: 'Deal protection',
  PRIORITY_SUPPORT: 'Priority support',
  DEDICATED_PARTNER_MANAGER: 'Dedicated partner manager',
};

/** The value of a benefit in words: "15%", "$10,000.00", "120 days", "Yes". */
export function formatBenefitValue(kind: BenefitKind, value: number, currency = 'USD'): string {
  switch (kind) {
    case 'RESALE_MARGIN_BPS':
    case 'CO_SELL_CREDIT_BPS':
      return formatBps(value);
    case 'REFERRAL_FEE':
    case 'MDF_PER_QUARTER':
      return formatMoney(value, currency);
    case 'DEAL_PROTECTION_DAYS':
      return value === 1 ? '1 day' : `${value} days`;
    case 'PRIORITY_SUPPORT':
    case 'DEDICATED_PARTNER_MANAGER':
      return value >= 1 ? 'Yes' : 'No';
    default:
      return String(value);
  }
}

export const METRIC_LABELS: Record<TierMetric, string> = {
  CERTIFIED_REPS: 'Certified reps',
  SOURCED_PIPELINE: 'Sourced pipeline',
  SOURCED_REVENUE_WON: 'Sourced revenue won',
  DEALS_WON: 'Deals won',
  REGISTERED_DEALS: 'Registered deals',
  ONBOARDING_COMPLETE: 'Onboarding complete',
};

export function isMoneyMetric(metric: TierMetric): boolean {
  return metric === 'SOURCED_PIPELINE' || metric === 'SOURCED_REVENUE_WON';
}

/** A metric value in words: money for pipeline/revenue, "Yes/No" for onboarding, else a count. */
export function formatMetricValue(metric: TierMetric, value: number, currency = 'USD'): string {
  if (isMoneyMetric(metric)) return formatMoney(value, currency);
  if (metric === 'ONBOARDING_COMPLETE') return value >= 1 ? 'Yes' : 'No';
  return new Intl.NumberFormat('en-US').format(value);
}

/** "Sourced pipeline ≥ $250,000.00 over 365 days". */
export function formatCriterion(
  c: { metric: TierMetric; threshold: number; windowDays?: number | null },
  currency = 'USD',
): string {
  if (c.metric === 'ONBOARDING_COMPLETE') return 'Onboarding complete';
  const window = c.windowDays ?? 365;
  return `${METRIC_LABELS[c.metric]} ≥ ${formatMetricValue(c.metric, c.threshold, currency)} over ${window} days`;
}

/** Share of a criterion reached, 0..1 (1 when nothing is required). */
export function progressRatio(current: number, required: number): number {
  if (required <= 0) return 1;
  return Math.max(0, Math.min(1, current / required));
}

export const INCENTIVE_LABELS = {
  RESALE_MARGIN: 'Resale margin',
  REFERRAL_FEE: 'Referral fee',
  CO_SELL_CREDIT: 'Co-sell credit',
} as const;

export const STATUS_LABELS: Record<PartnerStatus, string> = {
  ONBOARDING: 'Onboarding',
  ACTIVE: 'Active',
  OFFBOARDED: 'Offboarded',
};

/** Pretty-prints JSON text (audit before/after); other text as is. */
export function prettyJson(text: string | null | undefined): string {
  if (!text) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
