import { z } from './zod.js';

/** The longest reason a tier override may carry. */
export const TIER_OVERRIDE_REASON_MAX = 2000;

/**
 * overrideTier's own fields (the tier key is checked against the partner's
 * track, which needs the database). `now` decides whether a pin is in the
 * future: the API passes its clock, a form the time of submission.
 */
export function overrideTierInput(now: Date) {
  return z.object({
    reason: z
      .string({ error: 'Say why the tier is set by hand; it shows on reports.' })
      .trim()
      .min(1, { error: 'Say why the tier is set by hand; it shows on reports.' })
      .max(TIER_OVERRIDE_REASON_MAX, { error: `At most ${TIER_OVERRIDE_REASON_MAX} characters.` }),
    pinnedUntil: z
      .date({ error: 'Enter the day the pin ends.' })
      .nullish()
      .refine((day) => !day || day > now, { error: 'The pin must end in the future.' })
      .transform((day) => day ?? null),
  });
}

export type OverrideTierInput = z.output<ReturnType<typeof overrideTierInput>>;
