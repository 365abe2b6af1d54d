import { type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Role } from '@tierwise/shared';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import { UuidKeyed } from '../../db/uuid-entity.js';

@Entity({ tableName: 'invitations' })
export class Invitation extends UuidKeyed {
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 20 })
  role!: Role;

  @ManyToOne({ entity: () => Partner, nullable: true, ref: true, updateRule: 'cascade' })
  partner?: Ref<Partner> | null;

  /** SHA-256 of the one-time token; the token itself is never stored. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne({ entity: () => User, ref: true, updateRule: 'cascade' })
  invitedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;
}
