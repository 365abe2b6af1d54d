/** The program document: what vendor admins design and publish (mirrors ProgramInput). */

export const INCENTIVE_MODELS = ['RESALE_MARGIN', 'REFERRAL_FEE', 'CO_SELL_CREDIT'] as const;
export type IncentiveModel = (typeof INCENTIVE_MODELS)[number];

export const TIER_METRICS = [
  'CERTIFIED_REPS',
  'SOURCED_PIPELINE',
  'SOURCED_REVENUE_WON',
  'DEALS_WON',
  'REGISTERED_DEALS',
  'ONBOARDING_COMPLETE',
] as const;
export type TierMetric = (typeof TIER_METRICS)[number];

export const BENEFIT_KINDS = [
  'RESALE_MARGIN_BPS',
  'REFERRAL_FEE',
  'CO_SELL_CREDIT_BPS',
  'MDF_PER_QUARTER',
  'DEAL_PROTECTION_DAYS',
  'PRIORITY_SUPPORT',
  'DEDICATED_PARTNER_MANAGER',
] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

export const STEP_COMPLETIONS = [
  'MANUAL',
  'PROFILE_COMPLETED',
  'FIRST_CERTIFICATION',
  'FIRST_DEAL_REGISTERED',
  'FIRST_DEAL_APPROVED',
  'FIRST_DEAL_WON',
] as const;
export type StepCompletion = (typeof STEP_COMPLETIONS)[number];

export const DEFAULT_WINDOW_DAYS = 365;

export interface CriterionDoc {
  metric: TierMetric;
  threshold: number;
  windowDays?: number | null;
}

export interface BenefitDoc {
  kind: BenefitKind;
  value: number;
}

export interface TierDoc {
  key: string;
  name: string;
  criteria: CriterionDoc[];
  benefits: BenefitDoc[];
}

export interface OnboardingStepDoc {
  key: string;
  title: string;
  description?: string | null;
  completion: StepCompletion;
}

export interface TrackDoc {
  key: string;
  name: string;
  motion: string;
  incentiveModel: IncentiveModel;
  /** Lowest first: index = rank. */
  tiers: TierDoc[];
  onboardingSteps: OnboardingStepDoc[];
}

export interface ProgramDoc {
  name: string;
  currency: string;
  targetMetric: TierMetric;
  reviewCadenceMonths: number;
  dealProtectionDays: number;
  dealReviewSlaHours: number;
  /** Days after an MDF approval within which the partner must claim; default 90. */
  mdfClaimWindowDays?: number | null;
  tracks: TrackDoc[];
}

/** Stable ids: the same key gives the same id in every version. */
export const programIds = {
  track: (trackKey: string) => `track:${trackKey}`,
  tier: (trackKey: string, tierKey: string) => `tier:${trackKey}/${tierKey}`,
  step: (trackKey: string, stepKey: string) => `step:${trackKey}/${stepKey}`,
};

export function findTrack(program: ProgramDoc, trackKey: string): TrackDoc | undefined {
  return program.tracks.find((t) => t.key === trackKey);
}

export function findTier(track: TrackDoc, tierKey: string): { tier: TierDoc; rank: number } | undefined {
  const rank = track.tiers.findIndex((t) => t.key === tierKey);
  return rank < 0 ? undefined : { tier: track.tiers[rank], rank };
}

export function benefitValue(tier: TierDoc | undefined, kind: BenefitKind): number | undefined {
  return tier?.benefits.find((b) => b.kind === kind)?.value;
}

/**
 * What `next` gives that `current` does not: benefits it adds, or raises.
 * Every benefit kind is "more is better" (days, bps, money, yes=1).
 */
export function benefitsGained(current: TierDoc | undefined, next: TierDoc): BenefitDoc[] {
  return next.benefits.filter((b) => {
    const had = benefitValue(current, b.kind);
    return had === undefined ? b.value > 0 : b.value > had;
  });
}
