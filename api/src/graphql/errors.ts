import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ERROR_CODES } from '@tierwise/shared';
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
      return {
        ...formatted,
        extensions: {
          ...(options.isProduction ? {} : rest),
          code: (ERROR_CODES as readonly string[]).includes(code) ? code : 'BAD_USER_INPUT',
          ...(options.isProduction ? {} : { stacktrace: _stacktrace }),
        },
      };
    }
    options.logger.error('Unexpected error in a GraphQL request', original);
    return {
      message: options.isProduction ? 'Something went wrong on our side. Try again, or contact support.' : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(options.isProduction ? {} : { stacktrace: formatted.extensions?.stacktrace }) },
    };
  };
}
