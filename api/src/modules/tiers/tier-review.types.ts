import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TierMoveEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { Tier } from '../program/program.types.js';
import { User } from '../users/user.entity.js';

@ObjectType('TierChange')
export class TierChangeGql {
  @Field(() => Partner) partner!: Partner;
  @Field(() => Tier, { nullable: true }) from!: Tier | null;
  @Field(() => Tier, { nullable: true }) to!: Tier | null;
  @Field(() => TierMoveEnum) move!: keyof typeof TierMoveEnum;
  @Field(() => Boolean, { description: 'Held by a pinned override rather than placed by the rule.' }) pinned!: boolean;
}

@ObjectType('TierReview')
export class TierReviewGql {
  @Field(() => ID) id!: string;
  @Field(() => Int) programVersion!: number;
  @Field(() => DateTimeScalar) appliedAt!: Date;
  @Field(() => [TierChangeGql]) changes!: TierChangeGql[];
  @Field(() => User, { nullable: true, description: 'Null for a scheduled review.' }) appliedBy!: User | null;
}

@ObjectType({ description: 'A tier set by hand outside a review: an exception on reports.' })
export class TierOverride {
  @Field(() => String) reason!: string;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => User, { nullable: true }) by!: User | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Reviews hold the tier until then; null: the next review applies the rule.' }) pinnedUntil!: Date | null;
}

@ObjectType('Notification')
export class NotificationGql {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) message!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
}
