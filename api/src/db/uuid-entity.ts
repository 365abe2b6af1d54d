import { randomUUID } from 'node:crypto';
import { PrimaryKey } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

/** The base of the entities keyed by a generated UUID (the id column is declared once here). */
export abstract class UuidKeyed {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();
}

/** A UUID-keyed entity that GraphQL exposes with its `id: ID!` (no field returns the base, so it is not a type of the schema). */
@ObjectType()
export abstract class UuidEntity extends UuidKeyed {
  @Field(() => ID)
  declare id: string;
}
