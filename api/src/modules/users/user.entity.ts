import { type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Role } from '@tierwise/shared';
import { Field, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import { Partner } from '../partners/partner.entity.js';
import { UuidEntity } from '../../db/uuid-entity.js';

@Entity({ tableName: 'users' })
@ObjectType('User')
export class User extends UuidEntity {
  /** Stored normalised (trimmed, lower case). */
  @Property({ type: 'string', length: 254, unique: true })
  @Field(() => String)
  email!: string;

  @Property({ type: 'string', length: 120 })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => RoleEnum)
  role!: Role;

  /** Null for vendor staff. Resolved by a field resolver (with a loader). */
  @ManyToOne({ entity: () => Partner, nullable: true, ref: true, index: true, updateRule: 'cascade' })
  partner?: Ref<Partner> | null;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Index()
  lastSignInAt?: Date | null;

  /** Set when the user may no longer sign in (offboarding). */
  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;
}
