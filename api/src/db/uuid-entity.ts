import { randomUUID } from 'node:crypto';
import { PrimaryKey } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The base of the entities keyed by a generated UUID that GraphQL exposes as
 * `id: ID!` (the id column and field are declared once here).
 */
@ObjectType({ isAbstract: true })
export abstract class UuidEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  @Field(() => ID)
  id: string = randomUUID();
}
