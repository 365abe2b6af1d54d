import { BigIntType } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { MdfStatus } from '@tierwise/shared';
import { Field, ObjectType } from 'type-graphql';
import { MdfRequestStatusEnum } from '../../graphql/enums.js';
import { DateTimeScalar, SafeIntScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { Upload } from '../uploads/upload.entity.js';
import { UuidEntity, UuidKeyed } from '../../db/uuid-entity.js';

/**
 * A partner's fund for one calendar quarter. The database itself refuses to
 * overspend it (check constraint); approvals reserve with a conditional update.
 */
@Entity({ tableName: 'mdf_funds' })
@Unique({ properties: ['partnerId', 'quarter'] })
@Check({ name: 'mdf_funds_never_overspent', expression: 'committed >= 0 and paid >= 0 and committed + paid <= allocated' })
export class MdfFund extends UuidKeyed {
  /** A foreign key to partners, read and written as the id. */
  @ManyToOne({ entity: () => Partner, mapToPk: true, fieldName: 'partner_id', updateRule: 'cascade' })
  partnerId!: string;

  @Property({ type: 'string', length: 7 })
  quarter!: string;

  /** Fixed when the quarter's fund is first touched, from the tier held then (adjustable by vendor staff). */
  @Property({ type: new BigIntType('number') })
  allocated!: number;

  @Property({ type: new BigIntType('number'), defaultRaw: '0' })
  committed: number = 0;

  @Property({ type: new BigIntType('number'), defaultRaw: '0' })
  paid: number = 0;

  @Property({ type: 'string', length: 40, nullable: true })
  tierKeyAtAllocation?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'mdf_requests' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['partnerId', 'createdAt'] })
@Index({ properties: ['status', 'claimDueAt'] })
@ObjectType('MdfRequest')
export class MdfRequest extends UuidEntity {
  /** Foreign keys to partners and mdf_funds, read and written as ids. */
  @ManyToOne({ entity: () => Partner, mapToPk: true, fieldName: 'partner_id', updateRule: 'cascade' })
  partnerId!: string;

  @ManyToOne({ entity: () => MdfFund, mapToPk: true, fieldName: 'fund_id', updateRule: 'cascade' })
  fundId!: string;

  @Property({ type: 'string', length: 7 })
  @Field(() => String, { description: 'Calendar quarter, e.g. 2026-Q4.' })
  quarter!: string;

  @Property({ type: 'string', length: 120 })
  @Field(() => String)
  activity!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Property({ type: new BigIntType('number') })
  @Field(() => SafeIntScalar)
  requestedAmount!: number;

  @Property({ type: new BigIntType('number'), nullable: true })
  @Field(() => SafeIntScalar, { nullable: true })
  approvedAmount?: number | null;

  @Property({ type: new BigIntType('number'), nullable: true })
  @Field(() => SafeIntScalar, { nullable: true })
  claimedAmount?: number | null;

  @Property({ type: new BigIntType('number'), nullable: true })
  @Field(() => SafeIntScalar, { nullable: true })
  paidAmount?: number | null;

  @Property({ type: 'string', length: 16 })
  @Field(() => MdfRequestStatusEnum)
  status: MdfStatus = 'SUBMITTED';

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decisionReason?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the activity achieved, as claimed.' })
  claimResults?: string | null;

  @Property({ type: 'string', length: 36 })
  submittedById!: string;

  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar)
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'Approved requests: claim by then, or the funds are released.' })
  claimDueAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  claimedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  paidAt?: Date | null;
}

/** Proof of performance: an upload attached to a claim. */
@Entity({ tableName: 'mdf_claim_attachments' })
export class MdfClaimAttachment {
  @ManyToOne({ entity: () => MdfRequest, primary: true, mapToPk: true, fieldName: 'request_id', updateRule: 'cascade' })
  requestId!: string;

  @ManyToOne({ entity: () => Upload, primary: true, mapToPk: true, fieldName: 'upload_id', updateRule: 'cascade' })
  uploadId!: string;
}
