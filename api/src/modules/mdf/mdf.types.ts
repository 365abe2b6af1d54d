import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionTypes, type Connection } from '../../graphql/connection.js';
import { SafeIntScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { MdfRequest } from './mdf.entity.js';


@ObjectType('MdfFund')
export class MdfFundGql {
  @Field(() => Partner) partner!: Partner;
  @Field(() => String, { description: 'Calendar quarter, e.g. 2026-Q4.' }) quarter!: string;
  @Field(() => SafeIntScalar) allocated!: number;
  @Field(() => SafeIntScalar, { description: 'Approved and not yet paid or released.' }) committed!: number;
  @Field(() => SafeIntScalar) paid!: number;
  @Field(() => SafeIntScalar, { description: 'allocated - committed - paid; never below zero.' }) available!: number;
}

export const { Edge: MdfRequestEdge, Connection: MdfRequestConnection } = connectionTypes(MdfRequest, 'MdfRequest');
export type MdfRequestConnection = Connection<MdfRequest>;

@InputType()
export class MdfRequestInput {
  @Field(() => String) activity!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => SafeIntScalar) amount!: number;
  @Field(() => String, { nullable: true, description: 'Quarter the funds come from; default: the current quarter.' }) quarter?: string | null;
}

@InputType()
export class MdfClaimInput {
  @Field(() => SafeIntScalar) amount!: number;
  @Field(() => [ID], { description: 'Proof of performance: ids returned by the upload endpoint.' }) attachmentIds!: string[];
  @Field(() => String, { nullable: true, description: 'Results, e.g. leads generated.' }) results?: string | null;
}
