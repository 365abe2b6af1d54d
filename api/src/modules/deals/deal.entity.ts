import { BigIntType, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Attribution, DealStatus, IncentiveModel } from '@tierwise/shared';
import { Field, ObjectType } from 'type-graphql';
import { AttributionEnum, DealStatusEnum } from '../../graphql/enums.js';
import { DateTimeScalar, SafeIntScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import { UuidEntity } from '../../db/uuid-entity.js';

/** A deal registration. Money in integer minor units (64-bit columns). */
@Entity({ tableName: 'deals' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['partner', 'createdAt'] })
@Index({ properties: ['status', 'reviewDueAt'] })
@Index({ properties: ['customerDomain', 'status'] })
@Index({ properties: ['status', 'protectionEndsAt'] })
@ObjectType('DealRegistration')
export class Deal extends UuidEntity {
  @ManyToOne({ entity: () => Partner, ref: true, updateRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne({ entity: () => User, ref: true, updateRule: 'cascade' })
  submittedBy!: Ref<User>;

  @Property({ type: 'string', length: 200 })
  @Field(() => String)
  customerName!: string;

  /** For SIMILAR_NAME: case, punctuation and legal suffixes removed (shared normaliseCompanyName). */
  @Property({ type: 'string', length: 200 })
  customerNameNormalised!: string;

  @Property({ type: 'string', length: 253 })
  @Field(() => String, { description: 'Lower-cased registrable domain, e.g. acme.com.' })
  customerDomain!: string;

  @Property({ type: new BigIntType('number') })
  @Field(() => SafeIntScalar)
  amount!: number;

  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar)
  expectedCloseDate!: Date;

  @Property({ type: 'string', length: 12 })
  @Field(() => AttributionEnum)
  attribution!: Attribution;

  @Property({ type: 'string', length: 12 })
  @Field(() => DealStatusEnum)
  status: DealStatus = 'SUBMITTED';

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the partner added when registering.' })
  notes?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar)
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar, { description: 'When the vendor must decide by (created + program SLA).' })
  reviewDueAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'string', length: 36, nullable: true })
  decidedById?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  rejectionReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'Set on approval; after it the registration expires unless closed.' })
  protectionEndsAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was closed WON or LOST.' })
  closedAt?: Date | null;

  @Property({ type: new BigIntType('number'), nullable: true })
  @Field(() => SafeIntScalar, { nullable: true, description: 'The amount won (may differ from the registered amount).' })
  wonAmount?: number | null;

  /** The earning fixed at close: model and tier held then decide it. */
  @Property({ type: 'string', length: 20, nullable: true })
  earningModel?: IncentiveModel | null;

  @Property({ type: 'string', length: 40, nullable: true })
  earningTrackKey?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  earningTierKey?: string | null;

  @Property({ type: 'integer', nullable: true })
  earningProgramVersion?: number | null;

  @Property({ type: new BigIntType('number'), nullable: true })
  earningAmount?: number | null;
}
