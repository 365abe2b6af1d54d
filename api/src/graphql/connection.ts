import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { PageInfo as PageInfoData } from '../db/keyset.js';

@ObjectType()
export class PageInfo implements PageInfoData {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A page of T as the contract shapes every list: `edges { node cursor }`, `pageInfo`, `totalCount`. */
export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The `<name>Edge` and `<name>Connection` object types of a paged list of `node`. */
export function connectionTypes<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }

  return { Edge, Connection: ConnectionType };
}

/** The `first`/`after` arguments of a paged query. */
export interface PageArgs {
  first: number;
  after: string | null;
}

/** The `first` (default `defaultFirst`) and `after` arguments of a paged query, for `@Args(() => ...)`. */
export function pageArgs(defaultFirst: number): ClassType<PageArgs> {
  @ArgsType()
  class PageArgsType implements PageArgs {
    @Field(() => Int, { nullable: true, defaultValue: defaultFirst })
    first!: number;

    @Field(() => String, { nullable: true })
    after!: string | null;
  }
  return PageArgsType;
}

/** Pages of 20 by default: the lists people scroll. */
export const PageArgs = pageArgs(20);
/** Pages of 50 by default: the long reference lists (audit log, direct accounts). */
export const LongPageArgs = pageArgs(50);
