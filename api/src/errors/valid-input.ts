import { checkInput } from '@tierwise/shared';
import type { z } from 'zod';
import { AppError } from './app-error.js';

/**
 * The input parsed by its shared schema, or BAD_USER_INPUT listing every bad
 * field at once, each path under `argument` (e.g. `input.customerName`).
 */
export function validInput<S extends z.ZodType>(schema: S, input: unknown, argument = 'input'): z.output<S> {
  const result = checkInput(schema, input, argument);
  if (result.ok) return result.value;
  throw AppError.badInput(result.fields, result.fields.map((f) => f.message).join(' '));
}
