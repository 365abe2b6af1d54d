import { DEAL_STATUSES, ROLE_LABELS, type BenefitKind, type TierMetric } from '@tierwise/shared';
import { BENEFIT_LABELS, formatBenefitValue, formatMetricValue, INCENTIVE_LABELS, METRIC_LABELS, STATUS_LABELS } from './format';

/**
 * The API, the design check and the program diff speak in the program
 * document's words (CERTIFIED_REPS, CO_SELL_CREDIT_BPS = 300, APPROVED). The
 * interface shows them as people read them: labels, percentages, money, Yes/No.
 */

const STEP_COMPLETION_LABELS: Record<string, string> = {
  MANUAL: 'marked done by the partner',
  PROFILE_COMPLETED: 'company profile completed',
  FIRST_CERTIFICATION: 'first certification',
  FIRST_DEAL_REGISTERED: 'first deal registered',
  FIRST_DEAL_APPROVED: 'first deal approved',
  FIRST_DEAL_WON: 'first deal won',
};

/** Statuses read in the middle of a sentence: "This registration is approved". */
const STATUS_WORDS: Record<string, string> = {
  ...Object.fromEntries(DEAL_STATUSES.map((s) => [s, s.toLowerCase()])),
  CLAIMED: 'claimed',
  PAID: 'paid',
  CLAIM_REJECTED: 'claim rejected',
  ...Object.fromEntries(Object.keys(STATUS_LABELS).map((s) => [s, s.toLowerCase()])),
};

const WORDS: Record<string, string> = {
  ...STEP_COMPLETION_LABELS,
  ...(ROLE_LABELS as Record<string, string>),
  ...BENEFIT_LABELS,
  ...INCENTIVE_LABELS,
  ...METRIC_LABELS,
  ...STATUS_WORDS,
};

const isBenefit = (k: string): k is BenefitKind => k in BENEFIT_LABELS;
const isMetric = (k: string): k is TierMetric => k in METRIC_LABELS;

/** Enum names in a sentence become their labels; other text is left alone. */
export function plainWords(text: string): string {
  return text.replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b/g, (word) => WORDS[word] ?? word);
}

/** One line of the program diff ("benefit CO_SELL_CREDIT_BPS = 300") in plain words ("benefit Co-sell credit = 3%"). */
export function plainDiffText(description: string, currency: string): string {
  const benefit = (kind: string, v: string) => (isBenefit(kind) ? formatBenefitValue(kind, Number(v), currency) : v);
  const metric = (m: string, v: string) => (isMetric(m) ? formatMetricValue(m, Number(v), currency) : v);
  let m = /^benefit ([A-Z_]+) = (-?\d+)$/.exec(description);
  if (m) return `benefit ${plainWords(m[1])} = ${benefit(m[1], m[2])}`;
  m = /^([A-Z_]+) (-?\d+) → (-?\d+)$/.exec(description);
  if (m && isBenefit(m[1])) return `${BENEFIT_LABELS[m[1]]}: ${benefit(m[1], m[2])} → ${benefit(m[1], m[3])}`;
  m = /^criterion ([A-Z_]+) ≥ (-?\d+)(.*)$/.exec(description);
  if (m) return `criterion ${plainWords(m[1])} ≥ ${metric(m[1], m[2])}${m[3]}`;
  m = /^([A-Z_]+) threshold (-?\d+) → (-?\d+)$/.exec(description);
  if (m && isMetric(m[1])) return `${METRIC_LABELS[m[1]]} threshold: ${metric(m[1], m[2])} → ${metric(m[1], m[3])}`;
  return plainWords(description);
}

/** A design-check rule id (TIER_WITHOUT_BENEFIT_GAIN) as a short title ("Tier without benefit gain"). */
export function ruleTitle(rule: string): string {
  const words = rule.toLowerCase().split('_').filter(Boolean).join(' ');
  return words ? words[0].toUpperCase() + words.slice(1) : rule;
}

