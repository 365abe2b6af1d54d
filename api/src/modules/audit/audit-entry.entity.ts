import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { UuidEntity } from '../../db/uuid-entity.js';

/** Append-only: the audit service only ever inserts. */
@Entity({ tableName: 'audit_entries' })
@Index({ properties: ['at', 'id'] })
@Index({ properties: ['entityId'] })
@ObjectType('AuditEntry')
export class AuditEntry extends UuidEntity {
  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar)
  at: Date = new Date();

  /** Null for the system (scheduled jobs, bootstrap). The GraphQL `actor` resolves it. */
  @Property({ type: 'string', length: 36, nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 80 })
  @Field(() => String, { description: 'e.g. deal.approved, program.published, tier.overridden' })
  action!: string;

  @Property({ type: 'string', length: 40 })
  @Field(() => String)
  entityType!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => ID)
  entityId!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'JSON text of the changed fields before and after.' })
  before?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  after?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  reason?: string | null;
}
