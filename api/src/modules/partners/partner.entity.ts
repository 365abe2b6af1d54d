import { type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import type { PartnerStatus } from '@tierwise/shared';
import { PartnerStatusEnum } from '../../graphql/enums.js';
import { User } from '../users/user.entity.js';
import { UuidEntity } from '../../db/uuid-entity.js';

@Entity({ tableName: 'partners' })
@Index({ properties: ['name', 'id'] })
@ObjectType('Partner')
export class Partner extends UuidEntity {
  @Property({ type: 'string', length: 120 })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 253, nullable: true })
  @Field(() => String, { nullable: true })
  domain?: string | null;

  @Property({ type: 'string', length: 20 })
  @Field(() => PartnerStatusEnum)
  status: PartnerStatus = 'ONBOARDING';

  /** Key of its track in the published program (tracks keep their key across versions). */
  @Property({ type: 'string', length: 40 })
  trackKey!: string;

  /** Key of the tier it holds within its track. */
  @Property({ type: 'string', length: 40 })
  tierKey!: string;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, updateRule: 'cascade' })
  manager?: Ref<User> | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  offboardedAt?: Date | null;

  // ---- a tier set outside a review (an exception on reports)

  @Property({ type: 'text', nullable: true })
  overrideReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  overriddenAt?: Date | null;

  @Property({ type: 'string', length: 36, nullable: true })
  overriddenById?: string | null;

  /** Until then, reviews hold the overridden tier; without it the next review applies the rule again. */
  @Property({ type: 'datetime', nullable: true })
  overridePinnedUntil?: Date | null;

  // ---- profile (what PROFILE_COMPLETED checks)

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the partner does, for the vendor and its customers.' })
  description?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  logoUrl?: string | null;

  @Property({ type: 'json', nullable: true })
  @Field(() => [String], { description: 'Regions the partner serves.' })
  regions: string[] = [];

  @Property({ type: 'string', length: 120, nullable: true })
  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  @Field(() => String, { nullable: true })
  contactEmail?: string | null;
}
