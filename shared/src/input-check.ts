import { z } from './zod.js';
import type { FieldError } from './errors.js';
import { amountProblem } from './money.js';

/**
 * One validation per mutation input: a zod schema here (field names, limits,
 * messages) is what the web action checks to show every error of a form at
 * once, and what the API checks (it never trusts the web) to answer
 * BAD_USER_INPUT with `extensions.fields`. Paths are relative to the input
 * (`customerName`, `tracks.0.key`); the API prefixes its argument's name.
 */
export type InputCheck<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] };

/** Every problem of `input` in one pass, the first per path; or the parsed value. */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): InputCheck<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const issue of result.error.issues) {
    const inner = issue.path.map(String).join('.');
    const path = [prefix, inner].filter(Boolean).join('.') || prefix || 'input';
    if (seen.has(path)) continue;
    seen.add(path);
    fields.push({ path, message: issue.message });
  }
  return { ok: false, fields };
}

/** The fields of a failed check keyed by their path (for forms: `errors.customerName`). */
export function fieldMessages(fields: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) out[f.path] ??= f.message;
  return out;
}

/** Building blocks with the wording every form and the API share. */
export const inputText = {
  /** Trimmed text, required (blank counts as missing), at most `max` characters. */
  required: (max: number) =>
    z
      .string({ error: 'Required.' })
      .trim()
      .min(1, { error: 'Required.' })
      .max(max, { error: `At most ${max} characters.` }),
  /** Trimmed text that may be blank (then null), at most `max` characters. */
  optional: (max: number) =>
    z
      .string()
      .trim()
      .max(max, { error: `At most ${max} characters.` })
      .nullish()
      .transform((v) => (v ? v : null)),
};

/** A positive amount of money in integer minor units, at most MAX_AMOUNT. */
export function inputAmount(what = 'The amount') {
  return z
    .number({ error: `Enter ${what.toLowerCase()}.` })
    .int({ error: `${what} must be a whole number of minor units.` })
    .superRefine((amount, ctx) => {
      const problem = amountProblem(amount, what);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}
