import type { Em } from './orm.js';
import { AppError } from '../errors/app-error.js';

/** Plain page data; the GraphQL Connection types have the same shape, so resolvers return it as is. */
export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
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

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * One page of a Relay connection by keyset: rows ordered by `field` then id
 * (both in `dir`), the cursor holding the last row's values. Stable under
 * inserts, and one statement for the page plus one for the count.
 */
export async function keysetPage<T extends { id: string }>(
  em: Em,
  entity: new () => T,
  base: object,
  order: { field: keyof T & string; dir: 'asc' | 'desc'; kind: 'date' | 'string' },
  first: number,
  after: string | null | undefined,
): Promise<Page<T>> {
  checkPageSize(first);
  const op = order.dir === 'asc' ? '$gt' : '$lt';
  let where: object = base;
  if (after) {
    const [raw, id] = decodeCursor(after, [order.kind === 'date' ? 'number' : 'string', 'string'] as const);
    const value = order.kind === 'date' ? new Date(raw as number) : raw;
    where = { ...base, $or: [{ [order.field]: { [op]: value } }, { [order.field]: value, id: { [op]: id } }] };
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity as never, where as never, { orderBy: { [order.field]: order.dir, id: order.dir } as never, limit: first + 1 }) as Promise<T[]>,
    em.count(entity as never, base as never),
  ]);
  const edges = rows.slice(0, first).map((node) => {
    const value = node[order.field] as unknown;
    return { node, cursor: encodeCursor([value instanceof Date ? value.getTime() : String(value), node.id]) };
  });
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
