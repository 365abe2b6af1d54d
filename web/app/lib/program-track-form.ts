import { BENEFIT_KINDS, benefitUnit, INCENTIVE_MODELS, STEP_COMPLETIONS, TIER_METRICS, type BenefitKind, type ProgramDoc, type TierMetric } from '@tierwise/shared';
import { minorToInput, parseMoneyInput } from './money';

/**
 * The form editor of ONE program track (/console/program/tracks/:trackKey).
 * Pure helpers: the indexed form fields (`tiers[0].criteria[1].metric`) to
 * values as typed and back, the add/remove intents, validation into the API's
 * TrackInput, and API field paths (`input.tracks.2.tiers.0.key`) to fields.
 */

export type TrackDoc = ProgramDoc['tracks'][number];

export interface CriterionValues {
  metric: string;
  threshold: string;
  windowDays: string;
}
export interface BenefitValues {
  kind: string;
  value: string;
}
export interface TierValues {
  key: string;
  name: string;
  criteria: CriterionValues[];
  benefits: BenefitValues[];
}
export interface StepValues {
  key: string;
  title: string;
  description: string;
  completion: string;
}
/** Everything as typed (strings), so a re-render keeps it exactly. */
export interface TrackFormValues {
  key: string;
  name: string;
  motion: string;
  incentiveModel: string;
  tiers: TierValues[];
  onboardingSteps: StepValues[];
}

/** field name → message */
export type FieldErrors = Record<string, string>;

export const MONEY_BENEFITS: readonly BenefitKind[] = BENEFIT_KINDS.filter((k) => benefitUnit(k) === 'MONEY');
export const MONEY_METRICS: readonly TierMetric[] = ['SOURCED_PIPELINE', 'SOURCED_REVENUE_WON'];

export const isMoneyBenefitKind = (kind: string) => (MONEY_BENEFITS as readonly string[]).includes(kind);
/** Benefits the program stores in basis points; the form shows and takes a percentage (6 = 6%). */
export const PERCENT_BENEFITS: readonly BenefitKind[] = BENEFIT_KINDS.filter((k) => benefitUnit(k) === 'BASIS_POINTS');
export const isPercentBenefitKind = (kind: string) => (PERCENT_BENEFITS as readonly string[]).includes(kind);
/** Benefits that are on or off (stored 1 / 0); the form shows and takes Yes / No. */
export const YES_NO_BENEFITS: readonly BenefitKind[] = BENEFIT_KINDS.filter((k) => benefitUnit(k) === 'YES_NO');
export const isYesNoBenefitKind = (kind: string) => (YES_NO_BENEFITS as readonly string[]).includes(kind);

/** A benefit's stored value as the form shows it: money in currency units, a percentage, Yes/No, or the number. */
export function benefitToInput(kind: string, value: number, currency: string): string {
  if (isMoneyBenefitKind(kind)) return minorToInput(value, currency);
  if (isPercentBenefitKind(kind)) return String(value / 100);
  if (isYesNoBenefitKind(kind)) return value >= 1 ? 'Yes' : 'No';
  return String(value);
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
export const isMoneyMetricKey = (metric: string) => (MONEY_METRICS as readonly string[]).includes(metric);

/** Field names, one place: the form, the parser and the error mapping agree. */
export const fieldName = {
  tier: (t: number, f: keyof Omit<TierValues, 'criteria' | 'benefits'>) => `tiers[${t}].${f}`,
  criterion: (t: number, c: number, f: keyof CriterionValues) => `tiers[${t}].criteria[${c}].${f}`,
  benefit: (t: number, b: number, f: keyof BenefitValues) => `tiers[${t}].benefits[${b}].${f}`,
  step: (s: number, f: keyof StepValues) => `onboardingSteps[${s}].${f}`,
};

export const emptyCriterion = (): CriterionValues => ({ metric: '', threshold: '', windowDays: '' });
export const emptyBenefit = (): BenefitValues => ({ kind: '', value: '' });
export const emptyTier = (): TierValues => ({ key: '', name: '', criteria: [], benefits: [] });
export const emptyStep = (): StepValues => ({ key: '', title: '', description: '', completion: '' });
export const emptyTrack = (): TrackFormValues => ({
  key: '',
  name: '',
  motion: '',
  incentiveModel: '',
  tiers: [emptyTier()],
  onboardingSteps: [],
});

/** A track of the program (amounts in minor units) as form values (amounts in currency units). */
export function trackToForm(track: TrackDoc, currency: string): TrackFormValues {
  return {
    key: track.key,
    name: track.name,
    motion: track.motion,
    incentiveModel: track.incentiveModel,
    tiers: track.tiers.map((tier) => ({
      key: tier.key,
      name: tier.name,
      criteria: tier.criteria.map((c) => ({
        metric: c.metric,
        threshold: isMoneyMetricKey(c.metric) ? minorToInput(c.threshold, currency) : String(c.threshold),
        windowDays: c.windowDays == null ? '' : String(c.windowDays),
      })),
      benefits: tier.benefits.map((b) => ({
        kind: b.kind,
        value: benefitToInput(b.kind, b.value, currency),
      })),
    })),
    onboardingSteps: track.onboardingSteps.map((s) => ({
      key: s.key,
      title: s.title,
      description: s.description ?? '',
      completion: s.completion,
    })),
  };
}

const INDEXED = /^(tiers|onboardingSteps)\[(\d{1,3})\]\.(?:(criteria|benefits)\[(\d{1,3})\]\.)?([A-Za-z]+)$/;
const TOP_FIELDS = ['key', 'name', 'motion', 'incentiveModel'] as const;

/** Sparse index → value map, compacted in index order (gaps from a removed row vanish). */
function compact<T>(rows: Map<number, T>): T[] {
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

/**
 * Reads the posted form into values as typed. Unknown names are ignored;
 * rows keep the order of their indexes.
 */
export function readTrackForm(form: Iterable<[string, FormDataEntryValue]>): TrackFormValues {
  const out = emptyTrack();
  out.tiers = [];
  const tiers = new Map<number, { tier: TierValues; criteria: Map<number, CriterionValues>; benefits: Map<number, BenefitValues> }>();
  const steps = new Map<number, StepValues>();

  for (const [name, raw] of form) {
    if (typeof raw !== 'string') continue;
    if ((TOP_FIELDS as readonly string[]).includes(name)) {
      out[name as (typeof TOP_FIELDS)[number]] = raw;
      continue;
    }
    const m = INDEXED.exec(name);
    if (!m) continue;
    const [, list, indexText, sub, subIndexText, field] = m;
    const index = Number(indexText);
    if (list === 'onboardingSteps') {
      if (sub) continue;
      const step = steps.get(index) ?? emptyStep();
      if (field in step) step[field as keyof StepValues] = raw;
      steps.set(index, step);
      continue;
    }
    let entry = tiers.get(index);
    if (!entry) {
      entry = { tier: emptyTier(), criteria: new Map(), benefits: new Map() };
      tiers.set(index, entry);
    }
    if (!sub) {
      if (field === 'key' || field === 'name') entry.tier[field] = raw;
      continue;
    }
    const subIndex = Number(subIndexText);
    if (sub === 'criteria') {
      const c = entry.criteria.get(subIndex) ?? emptyCriterion();
      if (field in c) c[field as keyof CriterionValues] = raw;
      entry.criteria.set(subIndex, c);
    } else {
      const b = entry.benefits.get(subIndex) ?? emptyBenefit();
      if (field in b) b[field as keyof BenefitValues] = raw;
      entry.benefits.set(subIndex, b);
    }
  }

  out.tiers = compact(tiers).map(({ tier, criteria, benefits }) => ({ ...tier, criteria: compact(criteria), benefits: compact(benefits) }));
  out.onboardingSteps = compact(steps);
  return out;
}

/**
 * Intents of the add/remove buttons: `add-tier`, `add-step`,
 * `add-criterion:<tier>`, `add-benefit:<tier>`, `remove-tier:<tier>`,
 * `remove-step:<step>`, `remove-criterion:<tier>:<row>`,
 * `remove-benefit:<tier>:<row>`. Returns the new values, or null when the
 * intent is not one of these (or points at no row).
 */
export function applyRowIntent(values: TrackFormValues, intent: string): TrackFormValues | null {
  const [verb, a, b] = intent.split(':');
  const t = a === undefined ? NaN : Number(a);
  const r = b === undefined ? NaN : Number(b);
  const next: TrackFormValues = {
    ...values,
    tiers: values.tiers.map((tier) => ({ ...tier, criteria: [...tier.criteria], benefits: [...tier.benefits] })),
    onboardingSteps: [...values.onboardingSteps],
  };
  const tier = Number.isInteger(t) ? next.tiers[t] : undefined;
  switch (verb) {
    case 'add-tier':
      next.tiers.push(emptyTier());
      return next;
    case 'add-step':
      next.onboardingSteps.push(emptyStep());
      return next;
    case 'add-criterion':
      if (!tier) return null;
      tier.criteria.push(emptyCriterion());
      return next;
    case 'add-benefit':
      if (!tier) return null;
      tier.benefits.push(emptyBenefit());
      return next;
    case 'remove-tier':
      if (!tier) return null;
      next.tiers.splice(t, 1);
      return next;
    case 'remove-step':
      if (!Number.isInteger(t) || !next.onboardingSteps[t]) return null;
      next.onboardingSteps.splice(t, 1);
      return next;
    case 'remove-criterion':
      if (!tier || !Number.isInteger(r) || !tier.criteria[r]) return null;
      tier.criteria.splice(r, 1);
      return next;
    case 'remove-benefit':
      if (!tier || !Number.isInteger(r) || !tier.benefits[r]) return null;
      tier.benefits.splice(r, 1);
      return next;
    default:
      return null;
  }
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

function parseWholeNumber(raw: string, { min = 0, allowEmpty = false }: { min?: number; allowEmpty?: boolean } = {}): { ok: true; value: number | null } | { ok: false; error: string } {
  const text = raw.trim().replace(/[,\s]/g, '');
  if (!text) return allowEmpty ? { ok: true, value: null } : { ok: false, error: 'Enter a number.' };
  if (!/^-?\d+$/.test(text)) return { ok: false, error: 'Enter a whole number.' };
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'That number is too large.' };
  if (value < min) return { ok: false, error: min === 0 ? 'Enter zero or more.' : `Enter ${min} or more.` };
  return { ok: true, value };
}

export type TrackParse = { ok: true; track: TrackDoc } | { ok: false; errors: FieldErrors };

/** Validates form values into the API's TrackInput (amounts to minor units). */
export function formToTrack(values: TrackFormValues, currency: string): TrackParse {
  const errors: FieldErrors = {};
  const required = (name: string, value: string, label: string) => {
    if (!value.trim()) errors[name] = `Enter ${label}.`;
    return value.trim();
  };
  const key = (name: string, value: string) => {
    const v = required(name, value, 'a key');
    if (v && !KEY_PATTERN.test(v)) errors[name] = 'Use lowercase letters, digits and dashes (e.g. "premier").';
    return v;
  };

  const trackKey = key('key', values.key);
  const name = required('name', values.name, 'a name');
  const motion = required('motion', values.motion, 'the motion');
  if (!(INCENTIVE_MODELS as readonly string[]).includes(values.incentiveModel)) errors.incentiveModel = 'Choose an incentive model.';

  const tiers = values.tiers.map((tier, t) => ({
    key: key(fieldName.tier(t, 'key'), tier.key),
    name: required(fieldName.tier(t, 'name'), tier.name, 'a name'),
    criteria: tier.criteria.map((c, i) => {
      const metricOk = (TIER_METRICS as readonly string[]).includes(c.metric);
      if (!metricOk) errors[fieldName.criterion(t, i, 'metric')] = 'Choose a metric.';
      let threshold = 0;
      if (isMoneyMetricKey(c.metric)) {
        const parsed = parseMoneyInput(c.threshold, currency, { allowZero: true });
        if (parsed.ok) threshold = parsed.minor;
        else errors[fieldName.criterion(t, i, 'threshold')] = parsed.error;
      } else {
        const parsed = parseWholeNumber(c.threshold);
        if (parsed.ok) threshold = parsed.value ?? 0;
        else errors[fieldName.criterion(t, i, 'threshold')] = parsed.error;
      }
      const window = parseWholeNumber(c.windowDays, { min: 1, allowEmpty: true });
      if (!window.ok) errors[fieldName.criterion(t, i, 'windowDays')] = window.error;
      const metric = c.metric as TierMetric;
      const windowDays = window.ok ? window.value : null;
      return windowDays == null ? { metric, threshold } : { metric, threshold, windowDays };
    }),
    benefits: tier.benefits.map((b, i) => {
      if (!(BENEFIT_KINDS as readonly string[]).includes(b.kind)) errors[fieldName.benefit(t, i, 'kind')] = 'Choose a benefit.';
      let value = 0;
      if (isMoneyBenefitKind(b.kind)) {
        const parsed = parseMoneyInput(b.value, currency, { allowZero: true });
        if (parsed.ok) value = parsed.minor;
        else errors[fieldName.benefit(t, i, 'value')] = parsed.error;
      } else if (isPercentBenefitKind(b.kind)) {
        const parsed = parsePercentInput(b.value);
        if (parsed.ok) value = parsed.bps;
        else errors[fieldName.benefit(t, i, 'value')] = parsed.error;
      } else if (isYesNoBenefitKind(b.kind)) {
        const parsed = parseYesNoInput(b.value);
        if (parsed.ok) value = parsed.value;
        else errors[fieldName.benefit(t, i, 'value')] = parsed.error;
      } else {
        const parsed = parseWholeNumber(b.value);
        if (parsed.ok) value = parsed.value ?? 0;
        else errors[fieldName.benefit(t, i, 'value')] = parsed.error;
      }
      return { kind: b.kind as BenefitKind, value };
    }),
  }));

  const onboardingSteps = values.onboardingSteps.map((s, i) => {
    if (!(STEP_COMPLETIONS as readonly string[]).includes(s.completion)) errors[fieldName.step(i, 'completion')] = 'Choose how the step completes.';
    return {
      key: key(fieldName.step(i, 'key'), s.key),
      title: required(fieldName.step(i, 'title'), s.title, 'a title'),
      description: s.description.trim() || null,
      completion: s.completion as TrackDoc['onboardingSteps'][number]['completion'],
    };
  });

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    track: { key: trackKey, name, motion, incentiveModel: values.incentiveModel as TrackDoc['incentiveModel'], tiers, onboardingSteps },
  };
}

/**
 * The program with this track put in: it replaces the track whose key is
 * `originalKey` (its place kept), or is added at the end. Returns the index
 * the track has in the program (for mapping API field paths).
 */
export function putTrack(program: ProgramDoc, track: TrackDoc, originalKey: string | null): { program: ProgramDoc; index: number } {
  const tracks = [...program.tracks];
  const at = originalKey ? tracks.findIndex((t) => t.key === originalKey) : -1;
  if (at >= 0) {
    tracks[at] = track;
    return { program: { ...program, tracks }, index: at };
  }
  tracks.push(track);
  return { program: { ...program, tracks }, index: tracks.length - 1 };
}

/**
 * An API field path of saveProgramDraft (`input.tracks.2.tiers.0.key`) as a
 * field name of this form (`tiers[0].key`); null when it is about another
 * track or the program itself. `input.tracks.2` alone maps to the track key.
 */
export function apiPathToField(path: string, trackIndex: number): string | null {
  const parts = path.replace(/^input\./, '').split(/[.[\]]+/).filter(Boolean);
  if (parts[0] !== 'tracks' || Number(parts[1]) !== trackIndex) return null;
  const rest = parts.slice(2);
  if (rest.length === 0) return 'key';
  const [list, a, sub, b, field] = rest;
  if (rest.length === 1) return (TOP_FIELDS as readonly string[]).includes(list) ? list : null;
  if (list === 'onboardingSteps') return sub ? fieldName.step(Number(a), sub as keyof StepValues) : fieldName.step(Number(a), 'key');
  if (list !== 'tiers') return null;
  const t = Number(a);
  if (!sub) return fieldName.tier(t, 'key');
  if (sub === 'key' || sub === 'name') return fieldName.tier(t, sub);
  if (sub === 'criteria') return fieldName.criterion(t, Number(b ?? 0), (field as keyof CriterionValues | undefined) ?? 'metric');
  if (sub === 'benefits') return fieldName.benefit(t, Number(b ?? 0), (field as keyof BenefitValues | undefined) ?? 'kind');
  return null;
}
