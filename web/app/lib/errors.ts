import type { ErrorCode, FieldError } from '@tierwise/shared';
import { ERROR_CODES } from '@tierwise/shared';
import { plainWords } from './plain-words';

/**
 * Codes of the contract, NOT_IMPLEMENTED (a contract operation whose feature
 * has not landed in the API yet), and what can go wrong between web and API.
 */
export type ApiErrorCode = ErrorCode | 'NOT_IMPLEMENTED' | 'UNAVAILABLE' | 'INTERNAL';

const EXTRA_CODES = ['NOT_IMPLEMENTED'] as const;

/** One error of a GraphQL response, as much of it as we rely on. */
export interface GraphQLErrorLike {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown; fields?: unknown; [key: string]: unknown } | null;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: FieldError[];
  constructor(code: ApiErrorCode, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
  }
}

function isKnownCode(code: unknown): code is ErrorCode | 'NOT_IMPLEMENTED' {
  return typeof code === 'string' && ([...ERROR_CODES, ...EXTRA_CODES] as readonly string[]).includes(code);
}

/**
 * extensions.fields "lists the bad fields"; accept the shapes an API may send:
 * ["email"], [{ path: "email", message }], [{ field: "email", message }],
 * { email: "message" }.
 */
export function normaliseFields(raw: unknown): FieldError[] {
  const out: FieldError[] = [];
  const push = (path: unknown, message: unknown) => {
    const p = Array.isArray(path) ? path.map(String).join('.') : typeof path === 'string' ? path : null;
    if (p) out.push({ path: p, message: typeof message === 'string' && message ? message : 'Invalid value.' });
  };
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (typeof item === 'string') push(item, null);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        push(o.path ?? o.field ?? o.name, o.message);
      }
    }
  } else if (raw && typeof raw === 'object') {
    for (const [path, message] of Object.entries(raw as Record<string, unknown>)) {
      push(path, Array.isArray(message) ? message.join(' ') : message);
    }
  }
  return out;
}

/** The ApiError for a GraphQL response's `errors` (the first coded error wins). */
export function toApiError(errors: readonly GraphQLErrorLike[]): ApiError {
  const coded = errors.find((e) => isKnownCode(e.extensions?.code)) ?? errors[0];
  const code = coded && isKnownCode(coded.extensions?.code) ? coded.extensions.code : 'INTERNAL';
  const message = typeof coded?.message === 'string' && coded.message ? coded.message : 'The request failed.';
  return new ApiError(code, message, normaliseFields(coded?.extensions?.fields));
}

/** HTTP status a page shows for an API error. */
export function statusForCode(code: ApiErrorCode): number {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'BAD_USER_INPUT':
      return 400;
    case 'INVALID_STATE':
    case 'INSUFFICIENT_FUNDS':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    case 'NOT_IMPLEMENTED':
      return 501;
    case 'UNAVAILABLE':
      return 503;
    case 'INTERNAL':
      return 502;
  }
}

/** A sentence for people; the API's own message where it is meant for them. */
export function messageForError(error: ApiError): string {
  switch (error.code) {
    case 'RATE_LIMITED':
      return 'Too many attempts, try again later.';
    case 'FORBIDDEN':
      return 'Your role cannot do this.';
    case 'NOT_FOUND':
      return 'Not found. It may have been removed, or you may not have access to it.';
    case 'UNAVAILABLE':
      return 'Tierwise cannot reach its server right now. Try again in a moment.';
    case 'INTERNAL':
      return 'Something went wrong on our side. Try again in a moment.';
    case 'UNAUTHENTICATED':
    case 'BAD_USER_INPUT':
    case 'INVALID_STATE':
    case 'INSUFFICIENT_FUNDS':
    case 'NOT_IMPLEMENTED':
      // The API's words for states and rules (APPROVED, CERTIFIED_REPS) as people read them.
      return plainWords(error.message);
  }
}

/** Field errors keyed by field name (first message per field), for forms. */
export function fieldErrorMap(fields: readonly FieldError[], prefix = ''): Record<string, string> {
  const map: Record<string, string> = {};
  for (const f of fields) {
    let path = f.path;
    if (prefix && path.startsWith(`${prefix}.`)) path = path.slice(prefix.length + 1);
    if (!(path in map)) map[path] = f.message;
  }
  return map;
}
