import { assertUnreachable, BENEFIT_TABLE, benefitUnit, formatMoney, METRIC_TABLE, metricUnit, type BenefitKind, type PartnerStatus, type TierMetric } from '@tierwise/shared';

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

const labelsOf = <K extends string>(table: Record<K, { label: string }>) =>
  Object.fromEntries(Object.entries<{ label: string }>(table).map(([k, v]) => [k, v.label])) as Record<K, string>;

/** Names of benefit kinds and metrics, from the tables in shared/. */
export const BENEFIT_LABELS: Record<BenefitKind, string> = labelsOf(BENEFIT_TABLE);
export const METRIC_LABELS: Record<TierMetric, string> = labelsOf(METRIC_TABLE);

/** The value of a benefit in words, by its unit: "15%", "$10,000.00", "120 days", "Yes". */
export function formatBenefitValue(kind: BenefitKind, value: number, currency = 'USD'): string {
  const unit = benefitUnit(kind);
  switch (unit) {
    case 'BASIS_POINTS':
      return formatBps(value);
    case 'MONEY':
      return formatMoney(value, currency);
    case 'DAYS':
      return value === 1 ? '1 day' : `${value} days`;
    case 'YES_NO':
      return value >= 1 ? 'Yes' : 'No';
    default:
      return assertUnreachable(unit, 'benefit unit');
  }
}

export function isMoneyMetric(metric: TierMetric): boolean {
  return metricUnit(metric) === 'MONEY';
}

/** A metric value in words, by its unit: money, "Yes/No", or a count. */
export function formatMetricValue(metric: TierMetric, value: number, currency = 'USD'): string {
  const unit = metricUnit(metric);
  switch (unit) {
    case 'MONEY':
      return formatMoney(value, currency);
    case 'YES_NO':
      return value >= 1 ? 'Yes' : 'No';
    case 'COUNT':
      return new Intl.NumberFormat('en-US').format(value);
    default:
      return assertUnreachable(unit, 'metric unit');
  }
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
