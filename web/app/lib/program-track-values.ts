import type { ProgramDoc } from '@tierwise/shared';

/**
 * The track form's values as typed (strings, so a re-render keeps them
 * exactly), its field names, empty rows, and reading a posted form back into
 * values. Units and parsing: program-track-units.ts; add/remove rows:
 * program-track-rows.ts; validation and API paths: program-track-form.ts.
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

/** Field names, one place: the form, the parser and the error mapping agree. */
export const fieldName = {
  tier: (t: number, f: keyof Omit<TierValues, 'criteria' | 'benefits'>) => `tiers[${t}].${f}`,
  criterion: (t: number, c: number, f: keyof CriterionValues) => `tiers[${t}].criteria[${c}].${f}`,
  benefit: (t: number, b: number, f: keyof BenefitValues) => `tiers[${t}].benefits[${b}].${f}`,
  step: (s: number, f: keyof StepValues) => `onboardingSteps[${s}].${f}`,
};

/** The track's own fields (not in a row). */
export const TOP_FIELDS = ['key', 'name', 'motion', 'incentiveModel'] as const;

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

const INDEXED = /^(tiers|onboardingSteps)\[(\d{1,3})\]\.(?:(criteria|benefits)\[(\d{1,3})\]\.)?([A-Za-z]+)$/;

/** Sparse index → value map, compacted in index order (gaps from a removed row vanish). */
function compact<T>(rows: Map<number, T>): T[] {
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

/** Sets `field` of a row when the row has it (unknown field names are ignored). */
function setField<T extends object>(row: T, field: string, raw: string): T {
  if (field in row) (row as Record<string, string>)[field] = raw;
  return row;
}

/**
 * Reads the posted form into values as typed. Unknown names are ignored;
 * rows keep the order of their indexes.
 */
export function readTrackForm(form: Iterable<[string, FormDataEntryValue]>): TrackFormValues {
  const out = emptyTrack();
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
      if (!sub) steps.set(index, setField(steps.get(index) ?? emptyStep(), field, raw));
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
    if (sub === 'criteria') entry.criteria.set(subIndex, setField(entry.criteria.get(subIndex) ?? emptyCriterion(), field, raw));
    else entry.benefits.set(subIndex, setField(entry.benefits.get(subIndex) ?? emptyBenefit(), field, raw));
  }

  out.tiers = compact(tiers).map(({ tier, criteria, benefits }) => ({ ...tier, criteria: compact(criteria), benefits: compact(benefits) }));
  out.onboardingSteps = compact(steps);
  return out;
}
