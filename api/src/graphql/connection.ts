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

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => ['string', 'number'].includes(typeof v)))
      return values;
  } catch {
    // fall through to the error below
  }
  throw AppError.field('after', 'This cursor is not valid.');
}
