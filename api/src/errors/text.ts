import { AppError } from './app-error.js';

export interface TextRule {
  required: boolean;
  max: number;
}

/** Why a free-text input is not acceptable (trimmed: blank counts as missing), or null. */
export function textProblem(value: string | null | undefined, { required, max }: TextRule): string | null {
  const trimmed = (value ?? '').trim();
  if (required && !trimmed) return 'Required.';
  if (trimmed.length > max) return `At most ${max} characters.`;
  return null;
}

/** The trimmed text (null when blank), or BAD_USER_INPUT on `field`. */
export function checkText(value: string | null | undefined, field: string, rule: TextRule): string | null {
  const problem = textProblem(value, rule);
  if (problem) throw AppError.field(field, problem);
  return value?.trim() || null;
}
