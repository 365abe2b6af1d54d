import { assertUnreachable, BENEFIT_KINDS, benefitUnit, METRIC_TABLE, TIER_METRICS, type BenefitKind, type BenefitKindInfo, type MetricInfo, type TierMetric } from '@tierwise/shared';
import { minorToInput, parseMoneyInput } from './money';

/**
 * How the track form shows and takes each value, read from the shared unit
 * tables: money in currency units, basis points as a percentage, on/off as
 * Yes/No, days and counts as whole numbers.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const MONEY_BENEFITS: readonly BenefitKind[] = BENEFIT_KINDS.filter((k) => benefitUnit(k) === 'MONEY');
/** Benefits the program stores in basis points; the form shows and takes a percentage (6 = 6%). */
export const PERCENT_BENEFITS: readonly BenefitKind[] = BENEFIT_KINDS.filter((k) => benefitUnit(k) === 'BASIS_POINTS');
/** Benefits that are on or off (stored 1 / 0); the form shows and takes Yes / No. */
export const YES_NO_BENEFITS: readonly BenefitKind[] = BENEFIT_KINDS.filter((k) => benefitUnit(k) === 'YES_NO');
export const MONEY_METRICS: readonly TierMetric[] = TIER_METRICS.filter((m) => METRIC_TABLE[m].unit === 'MONEY');

export const isMoneyBenefitKind = (kind: string) => (MONEY_BENEFITS as readonly string[]).includes(kind);
export const isPercentBenefitKind = (kind: string) => (PERCENT_BENEFITS as readonly string[]).includes(kind);
export const isYesNoBenefitKind = (kind: string) => (YES_NO_BENEFITS as readonly string[]).includes(kind);
export const isMoneyMetricKey = (metric: string) => (MONEY_METRICS as readonly string[]).includes(metric);

/** The unit of a benefit kind as posted; null when it is not a kind (nothing chosen yet). */
export function benefitUnitOf(kind: string): BenefitKindInfo['unit'] | null {
  return (BENEFIT_KINDS as readonly string[]).includes(kind) ? benefitUnit(kind as BenefitKind) : null;
}

/** The unit of a metric as posted; null when it is not a metric. */
export function metricUnitOf(metric: string): MetricInfo['unit'] | null {
  return (TIER_METRICS as readonly string[]).includes(metric) ? METRIC_TABLE[metric as TierMetric].unit : null;
}

/** A benefit's stored value as the form shows it: money in currency units, a percentage, Yes/No, or the number. */
export function benefitToInput(kind: string, value: number, currency: string): string {
  const unit = benefitUnitOf(kind);
  switch (unit) {
    case 'MONEY':
      return minorToInput(value, currency);
    case 'BASIS_POINTS':
      return String(value / 100);
    case 'YES_NO':
      return value >= 1 ? 'Yes' : 'No';
    case 'DAYS':
    case null:
      return String(value);
    default:
      return assertUnreachable(unit, 'benefit unit');
  }
}

/** A criterion's stored threshold as the form shows it. */
export function thresholdToInput(metric: string, threshold: number, currency: string): string {
  return isMoneyMetricKey(metric) ? minorToInput(threshold, currency) : String(threshold);
}

/** A percentage as typed ("6", "6.5", "6.25 %") in basis points (650), 0–100%, at most 2 decimals. */
export function parsePercentInput(raw: string): { ok: true; bps: number } | { ok: false; error: string } {
  const text = raw.trim().replace(/\s*%$/, '');
  if (!text) return { ok: false, error: 'Enter a percentage, e.g. 6 for 6%.' };
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return { ok: false, error: 'Enter a percentage like 6 or 6.5 (at most 2 decimals).' };
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0');
  if (bps > 10_000) return { ok: false, error: 'At most 100%.' };
  return { ok: true, bps };
}

/** Yes / No (also 1 / 0, true / false) as 1 / 0. */
export function parseYesNoInput(raw: string): { ok: true; value: 0 | 1 } | { ok: false; error: string } {
  const text = raw.trim().toLowerCase();
  if (['yes', 'y', '1', 'true', 'on'].includes(text)) return { ok: true, value: 1 };
  if (['no', 'n', '0', 'false', 'off'].includes(text)) return { ok: true, value: 0 };
  return { ok: false, error: 'Enter Yes or No.' };
}

export function parseWholeNumber(raw: string, { min = 0, allowEmpty = false }: { min?: number; allowEmpty?: boolean } = {}): Parsed<number | null> {
  const text = raw.trim().replace(/[,\s]/g, '');
  if (!text) return allowEmpty ? { ok: true, value: null } : { ok: false, error: 'Enter a number.' };
  if (!/^-?\d+$/.test(text)) return { ok: false, error: 'Enter a whole number.' };
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'That number is too large.' };
  if (value < min) return { ok: false, error: min === 0 ? 'Enter zero or more.' : `Enter ${min} or more.` };
  return { ok: true, value };
}

const money = (raw: string, currency: string): Parsed<number> => {
  const parsed = parseMoneyInput(raw, currency, { allowZero: true });
  return parsed.ok ? { ok: true, value: parsed.minor } : parsed;
};
const wholeOrZero = (raw: string): Parsed<number> => {
  const parsed = parseWholeNumber(raw);
  return parsed.ok ? { ok: true, value: parsed.value ?? 0 } : parsed;
};

/** A criterion's threshold as typed, in the unit stored (money in minor units). */
export function parseThreshold(metric: string, raw: string, currency: string): Parsed<number> {
  return isMoneyMetricKey(metric) ? money(raw, currency) : wholeOrZero(raw);
}

/** A benefit's value as typed, in the unit stored (minor units, basis points, 1/0, days). */
export function parseBenefitValue(kind: string, raw: string, currency: string): Parsed<number> {
  const unit = benefitUnitOf(kind);
  switch (unit) {
    case 'MONEY':
      return money(raw, currency);
    case 'BASIS_POINTS': {
      const parsed = parsePercentInput(raw);
      return parsed.ok ? { ok: true, value: parsed.bps } : parsed;
    }
    case 'YES_NO':
      return parseYesNoInput(raw);
    case 'DAYS':
    case null:
      return wholeOrZero(raw);
    default:
      return assertUnreachable(unit, 'benefit unit');
  }
}
