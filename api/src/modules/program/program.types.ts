import {
  DEFAULT_MDF_CLAIM_WINDOW_DAYS,
  findTier,
  programIds,
  type BenefitDoc,
  type BenefitKind,
  type CriterionDoc,
  type IncentiveModel,
  type OnboardingStepDoc,
  type StepCompletion,
  type TierDoc,
  type TierMetric,
  type TrackDoc,
} from '@tierwise/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  BenefitKindEnum,
  IncentiveModelEnum,
  LintSeverityEnum,
  StepCompletionEnum,
  TierMetricEnum,
} from '../../graphql/enums.js';
import { DateTimeScalar, SafeIntScalar } from '../../graphql/scalars.js';
import type { ProgramVersion } from './program-version.entity.js';

/** One class serves as output and input (CriterionInput): the fields are the same. */
@ObjectType()
@InputType('CriterionInput')
export class TierCriterion {
  @Field(() => TierMetricEnum)
  metric!: TierMetric;

  @Field(() => SafeIntScalar)
  threshold!: number;

  @Field(() => Int, { nullable: true, description: 'Trailing window in days; null means the program default (365).' })
  windowDays!: number | null;
}

@ObjectType()
@InputType('BenefitInput')
export class TierBenefit {
  @Field(() => BenefitKindEnum)
  kind!: BenefitKind;

  @Field(() => SafeIntScalar)
  value!: number;
}

@ObjectType()
export class Tier {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: '0 = entry tier; higher ranks are higher tiers.' })
  rank!: number;

  @Field(() => [TierCriterion])
  criteria!: TierCriterion[];

  @Field(() => [TierBenefit])
  benefits!: TierBenefit[];
}

@ObjectType()
export class OnboardingStep {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => StepCompletionEnum)
  completion!: StepCompletion;
}

@ObjectType()
export class Track {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The go-to-market motion of this partner type, in words.' })
  motion!: string;

  @Field(() => IncentiveModelEnum)
  incentiveModel!: IncentiveModel;

  @Field(() => [Tier], { description: 'Lowest first.' })
  tiers!: Tier[];

  @Field(() => [OnboardingStep])
  onboardingSteps!: OnboardingStep[];
}

@ObjectType()
export class Program {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Increases by one at each publish; the draft has the next number.' })
  version!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  currency!: string;

  @Field(() => TierMetricEnum)
  targetMetric!: TierMetric;

  @Field(() => Int)
  reviewCadenceMonths!: number;

  @Field(() => Int)
  dealProtectionDays!: number;

  @Field(() => Int)
  dealReviewSlaHours!: number;

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

// ------------------------------------------------------------------ inputs

@InputType()
export class TierInput {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [TierCriterion])
  criteria!: TierCriterion[];

  @Field(() => [TierBenefit])
  benefits!: TierBenefit[];
}

@InputType()
export class OnboardingStepInput {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => StepCompletionEnum)
  completion!: StepCompletion;
}

@InputType()
export class TrackInput {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  motion!: string;

  @Field(() => IncentiveModelEnum)
  incentiveModel!: IncentiveModel;

  @Field(() => [TierInput], { description: 'Lowest first.' })
  tiers!: TierInput[];

  @Field(() => [OnboardingStepInput])
  onboardingSteps!: OnboardingStepInput[];
}

@InputType()
export class ProgramInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;

  @Field(() => TierMetricEnum)
  targetMetric!: TierMetric;

  @Field(() => Int)
  reviewCadenceMonths!: number;

  @Field(() => Int)
  dealProtectionDays!: number;

  @Field(() => Int)
  dealReviewSlaHours!: number;

  @Field(() => Int, { nullable: true, description: 'Days after an MDF approval within which the partner must claim (default 90).' })
  mdfClaimWindowDays?: number | null;

  @Field(() => [TrackInput])
  tracks!: TrackInput[];
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

@ObjectType({ description: 'One published version in the program history.' })
export class ProgramVersionInfo {
  @Field(() => Int)
  version!: number;

  @Field(() => String)
  name!: string;

  @Field(() => DateTimeScalar)
  publishedAt!: Date;

  @Field(() => ID, { nullable: true })
  publishedById!: string | null;
}

@ObjectType({ description: 'A difference between two program versions.' })
export class ProgramChange {
  @Field(() => String, { description: 'ADDED, REMOVED or CHANGED.' })
  kind!: string;

  @Field(() => String, { description: '"program", a track key, "track/tier", or "track/tier/criterion:METRIC" and the like.' })
  path!: string;

  @Field(() => String)
  description!: string;
}
