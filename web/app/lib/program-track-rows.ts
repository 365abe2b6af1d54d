import { emptyBenefit, emptyCriterion, emptyStep, emptyTier, type TrackFormValues } from './program-track-values';

/**
 * The add/remove buttons of the track form, one function per intent. A
 * button posts `<verb>` or `<verb>:<tier>` or `<verb>:<tier>:<row>`
 * (`add-criterion:0`, `remove-benefit:1:2`); each edit changes the copy it is
 * given and says whether its row existed.
 */
type RowEdit = (next: TrackFormValues, t: number, r: number) => boolean;

const tierAt = (next: TrackFormValues, t: number) => (Number.isInteger(t) ? next.tiers[t] : undefined);

export const ROW_EDITS = {
  'add-tier': (next) => {
    next.tiers.push(emptyTier());
    return true;
  },
  'add-step': (next) => {
    next.onboardingSteps.push(emptyStep());
    return true;
  },
  'add-criterion': (next, t) => {
    const tier = tierAt(next, t);
    return !!tier && tier.criteria.push(emptyCriterion()) > 0;
  },
  'add-benefit': (next, t) => {
    const tier = tierAt(next, t);
    return !!tier && tier.benefits.push(emptyBenefit()) > 0;
  },
  'remove-tier': (next, t) => !!tierAt(next, t) && next.tiers.splice(t, 1).length > 0,
  'remove-step': (next, t) => Number.isInteger(t) && !!next.onboardingSteps[t] && next.onboardingSteps.splice(t, 1).length > 0,
  'remove-criterion': (next, t, r) => {
    const tier = tierAt(next, t);
    return !!tier && Number.isInteger(r) && !!tier.criteria[r] && tier.criteria.splice(r, 1).length > 0;
  },
  'remove-benefit': (next, t, r) => {
    const tier = tierAt(next, t);
    return !!tier && Number.isInteger(r) && !!tier.benefits[r] && tier.benefits.splice(r, 1).length > 0;
  },
} satisfies Record<string, RowEdit>;

export type RowVerb = keyof typeof ROW_EDITS;

/**
 * The values after an add/remove intent, or null when the intent is not one
 * of ROW_EDITS (or points at no row).
 */
export function applyRowIntent(values: TrackFormValues, intent: string): TrackFormValues | null {
  const [verb, a, b] = intent.split(':');
  if (!Object.hasOwn(ROW_EDITS, verb)) return null;
  const next: TrackFormValues = {
    ...values,
    tiers: values.tiers.map((tier) => ({ ...tier, criteria: [...tier.criteria], benefits: [...tier.benefits] })),
    onboardingSteps: [...values.onboardingSteps],
  };
  const t = a === undefined ? NaN : Number(a);
  const r = b === undefined ? NaN : Number(b);
  return ROW_EDITS[verb as RowVerb](next, t, r) ? next : null;
}
