import {
  DEFAULT_MDF_CLAIM_WINDOW_DAYS,
  findTier,
  programIds,
  type BenefitDoc,
  type CriterionDoc,
  type OnboardingStepDoc,
  type TierDoc,
  type TrackDoc,
} from '@tierwise/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LintSeverityEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { ProgramVersion } from './program-version.entity.js';
import { OnboardingStepFields, ProgramSettingsFields, TierBenefit, TierCriterion, TierFields, TrackFields } from './program-fields.types.js';

/** The program as GraphQL shows it (inputs: program-input.types.ts; history: program-history.types.ts). */

export { TierBenefit, TierCriterion } from './program-fields.types.js';

@ObjectType()
export class Tier extends TierFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '0 = entry tier; higher ranks are higher tiers.' })
  rank!: number;
}

@ObjectType()
export class OnboardingStep extends OnboardingStepFields {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class Track extends TrackFields {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The go-to-market motion of this partner type, in words.' })
  motion!: string;

  @Field(() => [Tier], { description: 'Lowest first.' })
  tiers!: Tier[];

  @Field(() => [OnboardingStep])
  onboardingSteps!: OnboardingStep[];
}

@ObjectType()
export class Program extends ProgramSettingsFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Increases by one at each publish; the draft has the next number.' })
  version!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => Int, { description: 'Days after an MDF approval within which the partner must claim.' })
  mdfClaimWindowDays!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => [Track])
  tracks!: Track[];
}

@ObjectType({ description: 'A finding of the program design check. ERROR blocks publish.' })
export class LintFinding {
  @Field(() => LintSeverityEnum)
  severity!: 'ERROR' | 'WARNING';

  @Field(() => String, { description: 'Stable machine-readable rule name, e.g. TIER_WITHOUT_BENEFIT_GAIN.' })
  rule!: string;

  @Field(() => String, { nullable: true })
  path!: string | null;

  @Field(() => String)
  message!: string;
}

// ------------------------------------------------------------------ mapping

const toCriterion = (c: CriterionDoc): TierCriterion => ({ metric: c.metric, threshold: c.threshold, windowDays: c.windowDays ?? null });
const toBenefit = (b: BenefitDoc): TierBenefit => ({ kind: b.kind, value: b.value });

export function toTier(track: TrackDoc, tier: TierDoc): Tier {
  const rank = findTier(track, tier.key)?.rank ?? 0;
  return {
    id: programIds.tier(track.key, tier.key),
    key: tier.key,
    name: tier.name,
    rank,
    criteria: tier.criteria.map(toCriterion),
    benefits: tier.benefits.map(toBenefit),
  };
}

/** The tier a key names in a track, as GraphQL shows it; null for no key or a key the track lacks. */
export function toTierOrNull(track: TrackDoc, key: string | null | undefined): Tier | null {
  const held = key ? findTier(track, key) : undefined;
  return held ? toTier(track, held.tier) : null;
}

export function toStep(track: TrackDoc, step: OnboardingStepDoc): OnboardingStep {
  return {
    id: programIds.step(track.key, step.key),
    key: step.key,
    title: step.title,
    description: step.description ?? null,
    completion: step.completion,
  };
}

export function toTrack(track: TrackDoc): Track {
  return {
    id: programIds.track(track.key),
    key: track.key,
    name: track.name,
    motion: track.motion,
    incentiveModel: track.incentiveModel,
    tiers: track.tiers.map((tier, rank) => ({ ...toTier(track, tier), rank })),
    onboardingSteps: track.onboardingSteps.map((s) => toStep(track, s)),
  };
}

export function toProgram(row: ProgramVersion): Program {
  const doc = row.document;
  return {
    id: `program:v${row.version}`,
    version: row.version,
    name: doc.name,
    currency: doc.currency,
    targetMetric: doc.targetMetric,
    reviewCadenceMonths: doc.reviewCadenceMonths,
    dealProtectionDays: doc.dealProtectionDays,
    dealReviewSlaHours: doc.dealReviewSlaHours,
    mdfClaimWindowDays: doc.mdfClaimWindowDays ?? DEFAULT_MDF_CLAIM_WINDOW_DAYS,
    publishedAt: row.publishedAt ?? null,
    tracks: doc.tracks.map(toTrack),
  };
}
