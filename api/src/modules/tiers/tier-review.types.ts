import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TierMoveEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { Tier } from '../program/program.types.js';

@ObjectType()
export class TierChange {
  @Field(() => Partner) partner!: Partner;
  @Field(() => Tier, { nullable: true }) from!: Tier | null;
  @Field(() => Tier, { nullable: true }) to!: Tier | null;
  @Field(() => TierMoveEnum) move!: keyof typeof TierMoveEnum;
}

@ObjectType()
export class TierReview {
  @Field(() => ID) id!: string;
  @Field(() => Int) programVersion!: number;
  @Field(() => DateTimeScalar) appliedAt!: Date;
  @Field(() => [TierChange]) changes!: TierChange[];
}
