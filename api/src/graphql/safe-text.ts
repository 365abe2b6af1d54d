import { unsafeTextProblem, type FieldError } from '@tierwise/shared';
import { getNullableType, isInputObjectType, isListType, isScalarType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { AppError } from '../errors/app-error.js';

/**
 * The longest text any argument or input field may hold. Services check their
 * own (shorter) limits with their own messages; this bound is the one place
 * that keeps a huge string from reaching a service, a rate-limiter key or the
 * database at all (a column shorter than the text fails on PostgreSQL with a
 * driver error). 10,000 is above every limit a service accepts (reasons and
 * descriptions: 2,000), except the documents listed in LARGE_DOCUMENTS.
 */
export const MAX_TEXT_LENGTH = 10_000;

/** The longest id: ids are UUIDs (36 characters), keys (40) and module slugs (60 and a suffix). */
export const MAX_ID_LENGTH = 200;

/**
 * The only texts allowed past MAX_TEXT_LENGTH: whole documents whose services
 * bound their size with their own message (CSV import 2 MB, program import
 * 1 MB, a course module's Markdown 50,000 characters). Keyed
 * `Type.field.argument` for arguments and `InputType.field` for input fields.
 */
const LARGE_DOCUMENTS = new Set(['Mutation.importDirectAccounts.csv', 'Mutation.importProgramDraft.text', 'CertificationModuleInput.content']);

/** The first refused leaf of `value` of GraphQL type `type`, walking input objects and lists. */
function refusedLeaf(value: unknown, type: GraphQLInputType, path: string, owner: string): FieldError | null {
  if (value === null || value === undefined) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return refusedLeaf(value, inner.ofType, path, owner);
    for (let i = 0; i < value.length; i++) {
      const found = refusedLeaf(value[i], inner.ofType, `${path}.${i}`, owner);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return null;
    for (const field of Object.values(inner.getFields())) {
      const found = refusedLeaf((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, `${inner.name}.${field.name}`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value !== 'string') return null;
  const problem = unsafeTextProblem(value);
  if (problem) return { path, message: problem };
  // An empty id is never "no filter" nor "none": a client that means none leaves the argument out.
  if (isScalarType(inner) && inner.name === 'ID') {
    if (!value.trim()) return { path, message: 'An id may not be empty.' };
    // An id that no row can have is a bad input, not an empty result.
    if (value.length > MAX_ID_LENGTH) return { path, message: `An id has at most ${MAX_ID_LENGTH} characters.` };
  }
  if (value.length > MAX_TEXT_LENGTH && !LARGE_DOCUMENTS.has(owner))
    return { path, message: `At most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters.` };
  return null;
}

/** The first refused argument of a field, by its definition (types come from the schema, not from the values). */
export function findRefusedArgument(definitions: readonly GraphQLArgument[], args: Record<string, unknown>, owner: string): FieldError | null {
  for (const arg of definitions) {
    const found = refusedLeaf(args[arg.name], arg.type, arg.name, `${owner}.${arg.name}`);
    if (found) return found;
  }
  return null;
}

/**
 * The input boundary for text: every String and ID argument of every field,
 * nested inputs and lists included, is refused with BAD_USER_INPUT naming the
 * field, before any resolver runs, when it holds a NUL or a lone surrogate,
 * when it is longer than MAX_TEXT_LENGTH (documents aside), or, for an ID,
 * when it is empty, blank or longer than MAX_ID_LENGTH.
 */
export const refuseUnsafeText: MiddlewareFn = ({ args, info }, next) => {
  const definitions = info.parentType.getFields()[info.fieldName]?.args ?? [];
  if (definitions.length) {
    const found = findRefusedArgument(definitions, args, `${info.parentType.name}.${info.fieldName}`);
    if (found) throw AppError.field(found.path, found.message);
  }
  return next();
};
