import { fieldErrorMap, messageForError, type ApiError } from './errors';

/**
 * An API refusal of a form: its BAD_USER_INPUT fields that the form shows
 * (under `prefix`, e.g. `input.name` as `name`; `rename` maps an API field to
 * a form field), or one form-level message when none of them is named.
 */
export function apiFormErrors<F extends string>(
  error: ApiError,
  fields: readonly F[],
  prefix = '',
  rename: Partial<Record<string, F>> = {},
): { fieldErrors: Partial<Record<F, string>>; formError?: string } {
  const named = fieldErrorMap(error.fields, prefix);
  const fieldErrors: Partial<Record<F, string>> = {};
  for (const [apiField, message] of Object.entries(named)) {
    const field = rename[apiField] ?? (fields as readonly string[]).find((f) => f === apiField);
    if (field && message) fieldErrors[field as F] ??= message;
  }
  return Object.keys(fieldErrors).length ? { fieldErrors } : { fieldErrors, formError: messageForError(error) };
}
