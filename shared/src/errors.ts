/** The contract's error codes (schema.graphql, "Errors carry extensions.code"). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INVALID_STATE',
  'INSUFFICIENT_FUNDS',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A bad input field: its path in the input (e.g. "tracks.0.key") and why. */
export interface FieldError {
  path: string;
  message: string;
}
