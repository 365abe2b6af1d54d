import type { TierMetric } from '@tierwise/shared';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionTypes, type Connection } from '../../graphql/connection.js';
import { TierMetricEnum } from '../../graphql/enums.js';
import { DateTimeScalar, SafeIntScalar } from '../../graphql/scalars.js';
import { OnboardingStep, Tier, TierBenefit } from '../program/program.types.js';
import { Partner } from './partner.entity.js';

export const { Edge: PartnerEdge, Connection: PartnerConnection } = connectionTypes(Partner, 'Partner');
export type PartnerConnection = Connection<Partner>;

@InputType()
export class CreatePartnerInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  domain?: string | null;

  @Field(() => String)
  trackKey!: string;

  @Field(() => ID, { nullable: true })
  managerId?: string | null;
}

@ObjectType()
export class CriterionProgress {
  @Field(() => TierMetricEnum)
  metric!: TierMetric;

  @Field(() => SafeIntScalar)
  current!: number;

  @Field(() => SafeIntScalar)
  required!: number;

  @Field(() => Boolean)
  met!: boolean;
}

@ObjectType()
export class TierProgress {
  @Field(() => Tier, { nullable: true })
  currentTier!: Tier | null;

  @Field(() => Tier, { nullable: true, description: 'Null at the top tier.' })
  nextTier!: Tier | null;

  @Field(() => [CriterionProgress], { description: "Progress against the next tier's criteria (empty at the top tier)." })
  toNextTier!: CriterionProgress[];

  @Field(() => [TierBenefit], { description: 'What the next tier gives that the current one does not.' })
  benefitsGained!: TierBenefit[];

  @Field(() => Boolean, { description: "True when the partner no longer meets its current tier's criteria." })
  atRisk!: boolean;

  @Field(() => [CriterionProgress], { description: "Progress against the current tier's criteria: what is missing when at risk." })
  currentTierCriteria!: CriterionProgress[];
}

@ObjectType()
export class OnboardingItem {
  @Field(() => OnboardingStep)
  step!: OnboardingStep;

  @Field(() => DateTimeScalar, { nullable: true })
  completedAt!: Date | null;
}

@InputType({ description: 'The partner profile; PROFILE_COMPLETED needs a description, a region and a contact.' })
export class PartnerProfileInput {
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) logoUrl?: string | null;
  @Field(() => [String], { nullable: true }) regions?: string[] | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
}
