import { Field, ObjectType } from 'type-graphql';
import type { PageInfo as PageInfoData } from '../db/keyset.js';

@ObjectType()
export class PageInfo implements PageInfoData {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
