import { Field, Int, ObjectType } from 'type-graphql';
import { SafeIntScalar } from '../../graphql/scalars.js';

@ObjectType({ description: 'Program outcomes for a period [from, to).' })
export class Scoreboard {
  @Field(() => SafeIntScalar) sourcedPipeline!: number;
  @Field(() => SafeIntScalar) influencedPipeline!: number;
  @Field(() => SafeIntScalar) sourcedRevenueWon!: number;
  @Field(() => Int) registeredDeals!: number;
  @Field(() => Int) approvedDeals!: number;
  @Field(() => Int) activeReps60d!: number;
  @Field(() => Int) certifiedPartners!: number;
}
