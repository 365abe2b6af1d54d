import { Field, Int, ObjectType } from 'type-graphql';
import { SafeIntScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';

@ObjectType({ description: 'Outcomes of one track for the period.' })
export class TrackScore {
  @Field(() => String) trackKey!: string;
  @Field(() => String) trackName!: string;
  @Field(() => Int) partners!: number;
  @Field(() => SafeIntScalar) sourcedPipeline!: number;
  @Field(() => SafeIntScalar) influencedPipeline!: number;
  @Field(() => SafeIntScalar) sourcedRevenueWon!: number;
  @Field(() => Int) registeredDeals!: number;
  @Field(() => Int) approvedDeals!: number;
}

@ObjectType()
export class TierCount {
  @Field(() => String) trackKey!: string;
  @Field(() => String) tierKey!: string;
  @Field(() => String) tierName!: string;
  @Field(() => Int) rank!: number;
  @Field(() => Int) partners!: number;
}

@ObjectType({ description: 'Program outcomes for a period [from, to).' })
export class Scoreboard {
  @Field(() => SafeIntScalar, { description: 'Sum of amounts of SOURCED registrations approved in the period, whatever their status now.' }) sourcedPipeline!: number;
  @Field(() => SafeIntScalar, { description: 'Same for INFLUENCED and CO_SOLD registrations.' }) influencedPipeline!: number;
  @Field(() => SafeIntScalar, { description: 'Sum of won amounts of SOURCED registrations closed won in the period.' }) sourcedRevenueWon!: number;
  @Field(() => Int, { description: 'Registrations submitted in the period.' }) registeredDeals!: number;
  @Field(() => Int, { description: 'Registrations approved in the period, whatever their status now.' }) approvedDeals!: number;
  @Field(() => Int, { description: 'Partner users who signed in within the last 60 days (as of now).' }) activeReps60d!: number;
  @Field(() => Int, { description: 'Partners with at least one active user holding an unexpired certification now.' }) certifiedPartners!: number;
  @Field(() => Int, { nullable: true, description: 'approvedDeals / registeredDeals in basis points; null without registrations.' }) registeredToApprovedBps!: number | null;
  @Field(() => [TrackScore]) byTrack!: TrackScore[];
  @Field(() => [TierCount], { description: 'Partners per tier now (offboarded ones excluded).' }) tierDistribution!: TierCount[];
  @Field(() => [Partner], { description: 'Active partners with no registration in the last 90 days: off-boarding candidates.' }) inactivePartners!: Partner[];
  @Field(() => [Partner], { description: 'Partners whose tier was set by hand (exceptions to the rule).' }) overrides!: Partner[];
}
