import type { Attribution, DealOrder, DealStatus } from '@tierwise/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes, type Connection } from '../../graphql/connection.js';
import { AttributionEnum, ConflictKindEnum, DealStatusEnum, IncentiveModelEnum } from '../../graphql/enums.js';
import { DateTimeScalar, SafeIntScalar } from '../../graphql/scalars.js';
import { Tier } from '../program/program.types.js';
import { DirectAccount } from './direct-account.entity.js';
import { Deal } from './deal.entity.js';

@ObjectType('DealConflict')
export class DealConflictGql {
  @Field(() => ConflictKindEnum) kind!: keyof typeof ConflictKindEnum;
  @Field(() => Deal, { nullable: true, description: 'The other registration, when the conflict is with one.' }) registration!: Deal | null;
  @Field(() => String, { nullable: true, description: "Free text, e.g. the direct account's owner." }) detail!: string | null;
}

export const { Edge: DealEdge, Connection: DealConnection } = connectionTypes(Deal, 'Deal');
export type DealConnection = Connection<Deal>;

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

export const DealOrderEnum = { NEWEST: 'NEWEST', REVIEW_DUE: 'REVIEW_DUE' } as const satisfies { [O in DealOrder]: O };
export type { DealOrder };
registerEnumType(DealOrderEnum, {
  name: 'DealOrder',
  description: 'NEWEST: newest first. REVIEW_DUE: earliest review deadline first (overdue on top), for the review queue.',
});

@ObjectType()
export class Earning {
  @Field(() => Deal) deal!: Deal;
  @Field(() => IncentiveModelEnum, { description: "The incentive model of the partner's track when the deal closed." }) model!: keyof typeof IncentiveModelEnum;
  @Field(() => Tier, { description: 'The tier held when the deal closed; it decides the rate.' }) tier!: Tier;
  @Field(() => SafeIntScalar) amount!: number;
}

@ObjectType({ description: 'A line of a direct-account CSV that cannot be imported.' })
export class CsvRowError {
  @Field(() => Int, { description: '1-based line number in the file (the header is line 1).' }) line!: number;
  @Field(() => String) message!: string;
}

@ObjectType()
export class DirectAccountImport {
  @Field(() => Boolean, { description: 'True when nothing was written (a preview, or errors were found).' }) dryRun!: boolean;
  @Field(() => Int, { description: 'Accounts new to the list.' }) created!: number;
  @Field(() => Int, { description: 'Accounts already listed whose name or owner the file changes.' }) updated!: number;
  @Field(() => [DirectAccount], { description: 'The valid rows, as they would be (or were) stored.' }) accounts!: DirectAccount[];
  @Field(() => [CsvRowError]) errors!: CsvRowError[];
}

export const { Edge: DirectAccountEdge, Connection: DirectAccountConnection } = connectionTypes(DirectAccount, 'DirectAccount');
export type DirectAccountConnection = Connection<DirectAccount>;
