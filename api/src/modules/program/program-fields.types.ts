import type { BenefitKind, IncentiveModel, StepCompletion, TierMetric } from '@tierwise/shared';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { BenefitKindEnum, IncentiveModelEnum, StepCompletionEnum, TierMetricEnum } from '../../graphql/enums.js';
import { SafeIntScalar } from '../../graphql/scalars.js';

/**
 * The fields the program's outputs and inputs share, declared once: each
 * output class (Tier) and its input (TierInput) extend the same abstract base
 * and add only what differs (ids and ranks out, nested inputs in). No field
 * returns or takes a base, so the bases are not types of the schema.
 */

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
@InputType('TierFieldsInput')
export abstract class TierFields {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [TierCriterion])
  criteria!: TierCriterion[];

  @Field(() => [TierBenefit])
  benefits!: TierBenefit[];
}

@ObjectType()
@InputType('OnboardingStepFieldsInput')
export abstract class OnboardingStepFields {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => StepCompletionEnum)
  completion!: StepCompletion;
}

@ObjectType()
@InputType('TrackFieldsInput')
export abstract class TrackFields {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => IncentiveModelEnum)
  incentiveModel!: IncentiveModel;
}

@ObjectType()
@InputType('ProgramSettingsFieldsInput')
export abstract class ProgramSettingsFields {
  @Field(() => String)
  name!: string;

  @Field(() => TierMetricEnum)
  targetMetric!: TierMetric;

  @Field(() => Int)
  reviewCadenceMonths!: number;

  @Field(() => Int)
  dealProtectionDays!: number;

  @Field(() => Int)
  dealReviewSlaHours!: number;
}
