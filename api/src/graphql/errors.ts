import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException } from '@mikro-orm/core';
import { ERROR_CODES, type FieldError } from '@tierwise/shared';
import { AppError } from '../errors/app-error.js';

/** Apollo's request-level codes that mean "the client sent something invalid". */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
]);

const INTERNAL_MESSAGE = 'Something went wrong on our side. Try again, or contact support.';

/**
 * graphql-js suggests names of the schema a client did not ask for ("Did you
 * mean the enum value …?", "Did you mean "first"?"). graphql-armor's
 * blockFieldSuggestion covers field names only; production strips them all.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const withoutSuggestions = (text: string) => text.replace(SUGGESTION, '');

/**
 * The field of a variable graphql-js could not coerce, from its message
 * (`Variable "$input" got invalid value … at "input.amount"; reason`, or
 * `Variable "$id" of required type "ID!" was not provided.`), as a contract
 * field path ("input.attachmentIds.1"), so that a client can point at it.
 */
export function variableFieldError(message: string): FieldError | null {
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" /.exec(message);
  if (!variable) return null;
  const name = variable[1];
  const at = new RegExp(` at "(${name}(?:\\.[_A-Za-z][_0-9A-Za-z]*|\\[\\d+\\])*)"; ([\\s\\S]*)$`).exec(message);
  if (at) return { path: at[1].replace(/\[(\d+)\]/g, '.$1'), message: at[2] };
  const reason = message.indexOf('; ');
  return { path: name, message: reason >= 0 ? message.slice(reason + 2) : message };
}

/**
 * An internal error's stack for development responses: the frames, headed by
 * the error's class and (unless it is a database error, whose message holds
 * the SQL and its values) its message. The SQL stays in the server log.
 */
function safeStack(error: unknown): string[] | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  const frames = error.stack.split('\n').filter((line) => /^\s+at /.test(line));
  const head = error instanceof DriverException ? `${error.name} (the statement is in the server log)` : `${error.name}: ${error.message.split('\n')[0]}`;
  return [head, ...frames];
}

export interface ErrorLogger {
  error(message: string, error: unknown): void;
}

/**
 * The one place errors become GraphQL errors: AppError keeps its code,
 * message and bad fields; malformed requests become BAD_USER_INPUT; anything
 * else is an internal error whose details stay in the log.
 */
export function createFormatError(options: { isProduction: boolean; logger: ErrorLogger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: original.code,
          ...(original.fields.length ? { fields: original.fields } : {}),
        },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    if ((ERROR_CODES as readonly string[]).includes(code) || CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...rest } = formatted.extensions ?? {};
      const clean = options.isProduction ? withoutSuggestions : (text: string) => text;
      const field = code === 'BAD_USER_INPUT' && !rest.fields ? variableFieldError(formatted.message) : null;
      return {
        ...formatted,
        message: clean(formatted.message),
        extensions: {
          ...(options.isProduction ? {} : rest),
          code: (ERROR_CODES as readonly string[]).includes(code) ? code : 'BAD_USER_INPUT',
          ...(field ? { fields: [{ path: field.path, message: clean(field.message) }] } : {}),
          ...(options.isProduction ? {} : { stacktrace: _stacktrace }),
        },
      };
    }
    options.logger.error('Unexpected error in a GraphQL request', original);
    // The message is generic in every mode: a driver's message carries the SQL text and its values.
    return {
      message: INTERNAL_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(options.isProduction ? {} : { stacktrace: safeStack(original) }) },
    };
  };
}
