import fc from 'fast-check';
import { getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, type GraphQLField, type GraphQLInputType, type GraphQLNamedType } from 'graphql';

/**
 * The hostile-input test's vocabulary: the leaves of an operation's input,
 * the canonical hostile values per scalar, fast-check arbitraries for more,
 * and the document that calls one operation. See hostile-input.test.ts.
 */
export type Who = 'vendor' | 'admin' | 'rep' | 'anon';
export type Path = (string | number)[];
export interface Leaf {
  path: Path;
  type: GraphQLNamedType;
  nonNull: boolean;
}
export interface Case {
  who: Who;
  vars: () => Record<string, unknown>;
  /** Selection for object results (default `__typename`). */
  select?: string;
}

// ------------------------------------------------------------ hostile values

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
export const LONG = 'x'.repeat(100_000);
/** Over every limit a service sets on a text that is not a document or a lesson (at most 4,000: MDF claim results), under the boundary's bound: each service's own check. */
export const OVER_SERVICE_LIMITS = 'x'.repeat(4_001);
export const HOSTILE_TEXT = ['nul\u0000byte', 'lone \ud800 high', '\udc00 lone low', OVER_SERVICE_LIMITS, LONG];
export const CANONICAL: Record<string, unknown[]> = {
  String: HOSTILE_TEXT,
  ID: ['', '   ', ...HOSTILE_TEXT],
  Int: [2 ** 31, -(2 ** 31) - 1, -1, 2 ** 31 - 1, 1.5],
  SafeInt: [2 ** 53, -1, MAX_SAFE, -MAX_SAFE, 0.5],
  Boolean: ['true', 0],
  DateTime: ['not a date', '2026-02-30T10:00:00Z', '2026-13-01T10:00:00Z', '2026-01-01T25:00:00Z', '+275760-09-13T00:00:00.000Z', '', 1_700_000_000_000],
  enum: ['NOT_A_VALUE', ''],
};

export const text = fc.string({ maxLength: 12 });
export const hostileString = fc.oneof(
  fc.tuple(text, text).map(([a, b]) => `${a}\u0000${b}`),
  fc.tuple(text, fc.integer({ min: 0xd800, max: 0xdfff }), text).map(([a, c, b]) => a + String.fromCharCode(c) + b),
  fc.integer({ min: 10_001, max: 100_000 }).map((n) => 'é'.repeat(n)),
);
export const fraction = fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((x) => !Number.isInteger(x));
export const ARBITRARY: Record<string, fc.Arbitrary<unknown>> = {
  String: hostileString,
  ID: fc.oneof(fc.constantFrom('', ' ', '\t', '\n  '), hostileString),
  Int: fc.oneof(fc.integer({ min: 2 ** 31, max: 2 ** 52 }), fc.integer({ min: -(2 ** 52), max: -1 }), fraction),
  SafeInt: fc.oneof(fc.integer({ min: -MAX_SAFE, max: -1 }), fc.constantFrom(2 ** 53, 2 ** 60, -(2 ** 53)), fraction),
  Boolean: fc.constantFrom('true', 'false', 0, 1, 'yes', {}),
  DateTime: fc.oneof(fc.constantFrom(...CANONICAL.DateTime), text.filter((s) => !/^\d{4}-\d\d-\d\dT/.test(s))),
};

export const kind = (leaf: Leaf) => (isEnumType(leaf.type) ? 'enum' : leaf.type.name);
export function canonicalFor(leaf: Leaf): unknown[] {
  return [...(CANONICAL[kind(leaf)] ?? []), ...(leaf.nonNull ? [null] : [])];
}
export function arbitraryFor(leaf: Leaf): fc.Arbitrary<unknown> {
  if (isEnumType(leaf.type)) {
    const values = leaf.type.getValues().map((v) => v.name);
    return text.filter((s) => !values.includes(s));
  }
  return ARBITRARY[leaf.type.name] ?? fc.constant(null);
}

// ------------------------------------------------------------ leaves of a call

/** The leaves of `value` (of `type`) to replace: present values, absent optional scalars and lists; the first item of a list. */
export function leavesOf(type: GraphQLInputType, value: unknown, path: Path): Leaf[] {
  const nonNull = isNonNullType(type);
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = Array.isArray(value) ? value[0] : undefined;
    if (item === undefined && !isLeafType(getNamedType(inner))) return [];
    return leavesOf(inner.ofType, item, [...path, 0]);
  }
  if (isInputObjectType(inner)) {
    if (value == null) return [];
    return Object.values(inner.getFields()).flatMap((f) => leavesOf(f.type, (value as Record<string, unknown>)[f.name], [...path, f.name]));
  }
  return [{ path, type: inner as GraphQLNamedType, nonNull }];
}

export function withLeaf(vars: Record<string, unknown>, path: Path, hostile: unknown): Record<string, unknown> {
  const copy = structuredClone(vars);
  let at: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((key, i) => {
    at[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    at = at[key] as Record<string | number, unknown>;
  });
  at[path.at(-1)!] = hostile;
  return copy;
}

export function documentFor(kindName: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, select = '__typename'): string {
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ` { ${select} }` : '';
  return `${kindName} Hostile(${defs}) { ${field.name}(${args})${selection} }`;
}

/** An object of the input type's fields only (drops what the schema does not take, e.g. ids of the program document). */
export function project(value: unknown, type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (value == null) return value;
  if (isListType(inner)) return (value as unknown[]).map((v) => project(v, inner.ofType));
  if (isInputObjectType(inner))
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((fd) => (value as Record<string, unknown>)[fd.name] !== undefined)
        .map((fd) => [fd.name, project((value as Record<string, unknown>)[fd.name], fd.type)]),
    );
  return value;
}
