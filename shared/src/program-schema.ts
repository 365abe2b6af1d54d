import { z } from './zod.js';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { FieldError } from './errors.js';
import { BENEFIT_KINDS, INCENTIVE_MODELS, STEP_COMPLETIONS, TIER_METRICS, type ProgramDoc } from './program.js';

/**
 * Structural validation of a program document (what makes saving impossible).
 * Design problems a draft may still have (duplicate keys, negative thresholds)
 * are the lint's job, so that a half-done draft can be saved and fixed.
 */
const key = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(40, 'At most 40 characters.')
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'Use lower-case letters, digits, - and _.');
const name = z.string().trim().min(1, 'Required.').max(120, 'At most 120 characters.');
const safeInt = z.number().int('Must be a whole number.').refine(Number.isSafeInteger, 'Too large.');

export const programDocSchema = z.object({
  name,
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code, e.g. USD.'),
  targetMetric: z.enum(TIER_METRICS),
  reviewCadenceMonths: z.number().int().min(0, 'Zero or more.').max(24, 'At most 24 months.'),
  dealProtectionDays: z.number().int().min(1, 'At least one day.').max(3650, 'At most 3650 days.'),
  dealReviewSlaHours: z.number().int().min(1, 'At least one hour.').max(24 * 90, 'At most 2160 hours.'),
  mdfClaimWindowDays: z.number().int().min(1, 'At least one day.').max(730, 'At most 730 days.').nullish(),
  tracks: z
    .array(
      z.object({
        key,
        name,
        motion: z.string().trim().max(2000, 'At most 2000 characters.'),
        incentiveModel: z.enum(INCENTIVE_MODELS),
        tiers: z
          .array(
            z.object({
              key,
              name,
              criteria: z
                .array(
                  z.object({
                    metric: z.enum(TIER_METRICS),
                    threshold: safeInt,
                    windowDays: z.number().int().max(3650, 'At most 3650 days.').nullish(),
                  }),
                )
                .max(10, 'At most 10 criteria.'),
              benefits: z
                .array(z.object({ kind: z.enum(BENEFIT_KINDS), value: safeInt.min(0, 'Zero or more.') }))
                .max(20, 'At most 20 benefits.'),
            }),
          )
          .max(10, 'At most 10 tiers.'),
        onboardingSteps: z
          .array(
            z.object({
              key,
              title: name,
              description: z.string().max(2000, 'At most 2000 characters.').nullish(),
              completion: z.enum(STEP_COMPLETIONS),
            }),
          )
          .max(30, 'At most 30 steps.'),
      }),
    )
    .max(12, 'At most 12 tracks.'),
});

export type ProgramParseResult = { ok: true; program: ProgramDoc } | { ok: false; errors: FieldError[] };

export function validateProgramDoc(input: unknown): ProgramParseResult {
  const result = programDocSchema.safeParse(input);
  if (result.success) return { ok: true, program: result.data as ProgramDoc };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(document)',
      message: issue.message,
    })),
  };
}

/** "Program as code": parse a YAML or JSON text (JSON is YAML) and validate it. */
export function parseProgramText(text: string): ProgramParseResult {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (e) {
    const message = e instanceof YAMLParseError ? e.message.split('\n')[0] : 'Not valid YAML or JSON.';
    const line = e instanceof YAMLParseError && e.linePos ? `line ${e.linePos[0].line}` : '(document)';
    return { ok: false, errors: [{ path: line, message }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, errors: [{ path: '(document)', message: 'Expected a program object with name, currency and tracks.' }] };
  return validateProgramDoc(data);
}
