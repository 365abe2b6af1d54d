import { Field, ObjectType } from 'type-graphql';
import { AppError } from '../errors/app-error.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw AppError.field('first', `Ask for 1 to ${MAX_PAGE_SIZE} items.`);
  return first;
}

/** Cursors are opaque: base64url of the sort key values of the last row. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

type CursorPart = 'string' | 'number';
type CursorValue<T extends CursorPart> = T extends 'string' ? string : number;

/** Decode a cursor whose values must have these types (numbers finite): anything else is BAD_USER_INPUT. */
export function decodeCursor<const T extends readonly CursorPart[]>(cursor: string, types: T): { [K in keyof T]: CursorValue<T[K]> } {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === types.length &&
      values.every((v, i) => typeof v === types[i] && (typeof v !== 'number' || (Number.isFinite(v) && Math.abs(v) <= 8.64e15)))
    )
      return values as never;
  } catch {
    // fall through to the error below
  }
  throw AppError.field('after', 'This cursor is not valid.');
}
