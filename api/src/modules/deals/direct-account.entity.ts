import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { UuidEntity } from '../../db/uuid-entity.js';

/** A customer the vendor sells to directly (imported from CSV); a registration for it conflicts. */
@Entity({ tableName: 'direct_accounts' })
@ObjectType('DirectAccount')
export class DirectAccount extends UuidEntity {
  @Property({ type: 'string', length: 253, unique: true })
  @Field(() => String)
  domain!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who owns the account at the vendor.' })
  owner?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar)
  importedAt: Date = new Date();
}
