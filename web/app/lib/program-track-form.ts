import { BENEFIT_KINDS, INCENTIVE_MODELS, STEP_COMPLETIONS, TIER_METRICS, type BenefitKind, type ProgramDoc, type TierMetric } from '@tierwise/shared';
import { benefitToInput, parseBenefitValue, parseThreshold, parseWholeNumber, thresholdToInput } from './program-track-units';
import { fieldName, TOP_FIELDS, type BenefitValues, type CriterionValues, type FieldErrors, type StepValues, type TrackDoc, type TrackFormValues } from './program-track-values';

/**
 * The form editor of ONE program track (/console/program/tracks/:trackKey):
 * a track to form values and back (validation into the API's TrackInput),
 * putting it into the program, and API field paths
 * (`input.tracks.2.tiers.0.key`) to fields. Values and field names:
 * program-track-values.ts; units: program-track-units.ts; add/remove rows:
 * program-track-rows.ts (all re-exported here).
 */

export * from './program-track-values';
export * from './program-track-units';
export * from './program-track-rows';

/** A track of the program (amounts in minor units) as form values (amounts in currency units). */
export function trackToForm(track: TrackDoc, currency: string): TrackFormValues {
  const { key, name, motion, incentiveModel } = track;
  return {
    key,
    name,
    motion,
    incentiveModel,
    tiers: track.tiers.map((tier) => ({
      key: tier.key,
      name: tier.name,
      criteria: tier.criteria.map((c) => ({
        metric: c.metric,
        threshold: thresholdToInput(c.metric, c.threshold, currency),
        windowDays: c.windowDays == null ? '' : String(c.windowDays),
      })),
      benefits: tier.benefits.map((b) => ({ kind: b.kind, value: benefitToInput(b.kind, b.value, currency) })),
    })),
    onboardingSteps: track.onboardingSteps.map((s) => ({ key: s.key, title: s.title, description: s.description ?? '', completion: s.completion })),
  };
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

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
  /** The parsed number, or 0 with the error noted under `name`. */
  const numberOf = (name: string, parsed: { ok: true; value: number } | { ok: false; error: string }) => {
    if (parsed.ok) return parsed.value;
    errors[name] = parsed.error;
    return 0;
  };

  const trackKey = key('key', values.key);
  const name = required('name', values.name, 'a name');
  const motion = required('motion', values.motion, 'the motion');
  if (!(INCENTIVE_MODELS as readonly string[]).includes(values.incentiveModel)) errors.incentiveModel = 'Choose an incentive model.';

  const tiers = values.tiers.map((tier, t) => ({
    key: key(fieldName.tier(t, 'key'), tier.key),
    name: required(fieldName.tier(t, 'name'), tier.name, 'a name'),
    criteria: tier.criteria.map((c, i) => {
      if (!(TIER_METRICS as readonly string[]).includes(c.metric)) errors[fieldName.criterion(t, i, 'metric')] = 'Choose a metric.';
      const threshold = numberOf(fieldName.criterion(t, i, 'threshold'), parseThreshold(c.metric, c.threshold, currency));
      const window = parseWholeNumber(c.windowDays, { min: 1, allowEmpty: true });
      if (!window.ok) errors[fieldName.criterion(t, i, 'windowDays')] = window.error;
      const metric = c.metric as TierMetric;
      const windowDays = window.ok ? window.value : null;
      return windowDays == null ? { metric, threshold } : { metric, threshold, windowDays };
    }),
    benefits: tier.benefits.map((b, i) => {
      if (!(BENEFIT_KINDS as readonly string[]).includes(b.kind)) errors[fieldName.benefit(t, i, 'kind')] = 'Choose a benefit.';
      return { kind: b.kind as BenefitKind, value: numberOf(fieldName.benefit(t, i, 'value'), parseBenefitValue(b.kind, b.value, currency)) };
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
