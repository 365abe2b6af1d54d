import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { AttributionEnum, ConflictKindEnum, DealStatusEnum, IncentiveModelEnum } from '../../graphql/enums.js';
import { DateTimeScalar, SafeIntScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { Tier } from '../program/program.types.js';
import { User } from '../users/user.entity.js';

export type Attribution = keyof typeof AttributionEnum;
export type DealStatus = keyof typeof DealStatusEnum;

@ObjectType()
export class DealRegistration {
  @Field(() => ID) id!: string;
  @Field(() => Partner) partner!: Partner;
  @Field(() => User) submittedBy!: User;
  @Field(() => String) customerName!: string;
  @Field(() => String, { description: 'Lower-cased registrable domain, e.g. acme.com.' }) customerDomain!: string;
  @Field(() => SafeIntScalar) amount!: number;
  @Field(() => DateTimeScalar) expectedCloseDate!: Date;
  @Field(() => AttributionEnum) attribution!: Attribution;
  @Field(() => DealStatusEnum) status!: DealStatus;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When the vendor must decide by (created + program SLA).' }) reviewDueAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) protectionEndsAt!: Date | null;
  @Field(() => [DealConflict], { description: 'Vendor staff only. FORBIDDEN for partner users.' }) conflicts!: DealConflict[];
}

@ObjectType()
export class DealConflict {
  @Field(() => ConflictKindEnum) kind!: keyof typeof ConflictKindEnum;
  @Field(() => DealRegistration, { nullable: true }) registration!: DealRegistration | null;
  @Field(() => String, { nullable: true }) detail!: string | null;
}

@ObjectType()
export class DealEdge {
  @Field(() => DealRegistration) node!: DealRegistration;
  @Field(() => String) cursor!: string;
}

@ObjectType()
export class DealConnection {
  @Field(() => [DealEdge]) edges!: DealEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class RegisterDealInput {
  @Field(() => String) customerName!: string;
  @Field(() => String) customerDomain!: string;
  @Field(() => SafeIntScalar) amount!: number;
  @Field(() => DateTimeScalar) expectedCloseDate!: Date;
  @Field(() => AttributionEnum) attribution!: Attribution;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class DealFilter {
  @Field(() => [DealStatusEnum], { nullable: true }) status?: DealStatus[] | null;
  @Field(() => ID, { nullable: true }) partnerId?: string | null;
}

@ObjectType()
export class Earning {
  @Field(() => DealRegistration) deal!: DealRegistration;
  @Field(() => IncentiveModelEnum) model!: keyof typeof IncentiveModelEnum;
  @Field(() => Tier) tier!: Tier;
  @Field(() => SafeIntScalar) amount!: number;
}
