import { z } from './zod.js';
import { inputAmount, inputText } from './input-check.js';
import { MAX_AMOUNT, formatMoney } from './money.js';
import { parseQuarter, quartersBetween } from './mdf.js';

/**
 * One schema per MDF mutation input: the web's forms and the API check the
 * same shape, limits and wording. Rules that need the database (the fund's
 * allocation, the request's state, uploads) stay in the API's use cases; the
 * caps that come from the request itself (approve at most the requested
 * amount, claim at most the approved one) are parameters.
 */

export const MDF_ACTIVITY_MAX = 120;
export const MDF_DESCRIPTION_MAX = 2000;
export const MDF_REASON_MAX = 2000;
export const MDF_RESULTS_MAX = 4000;
export const MDF_MAX_ATTACHMENTS = 20;

const QUARTER_MESSAGE = 'Use a quarter like 2026-Q4.';

/** A calendar quarter such as 2026-Q4 (trimmed). */
export const inputQuarter = z
  .string({ error: QUARTER_MESSAGE })
  .trim()
  .refine((q) => parseQuarter(q) !== null, { error: QUARTER_MESSAGE });

/** A quarter that may be left out (null, undefined or ''): the caller's default applies. */
const optionalQuarter = z.preprocess((v) => (v === '' ? null : v), inputQuarter.nullish());

/** The quarter of the mdfFund query: optional (the current quarter by default). */
export const mdfFundArgs = z.object({ quarter: optionalQuarter });

/** requestMdf's input; the quarter (default `current`) may be this one or up to four ahead. */
export function mdfRequestInput(current: string) {
  return z.object({
    activity: inputText.required(MDF_ACTIVITY_MAX),
    description: inputText.optional(MDF_DESCRIPTION_MAX),
    amount: inputAmount(),
    quarter: optionalQuarter
      .transform((q) => q || current)
      .superRefine((quarter, ctx) => {
        const ahead = quartersBetween(current, quarter);
        if (ahead < 0) ctx.addIssue({ code: 'custom', message: 'That quarter is over; request from this quarter or a later one.' });
        else if (ahead > 4) ctx.addIssue({ code: 'custom', message: 'Request at most four quarters ahead.' });
      }),
  });
}
export type MdfRequestValues = z.output<ReturnType<typeof mdfRequestInput>>;

/** An amount above zero and at most `cap` (one message for both, naming the cap as money). */
function cappedAmount(cap: number, message: string) {
  return z
    .number({ error: message })
    .int({ error: message })
    .refine((amount) => amount > 0 && amount <= cap, { error: message });
}

/** approveMdf's amount: all of the request by default, or part. */
export function mdfApproveArgs(requested: number, currency: string) {
  const message = `Approve up to the ${formatMoney(requested, currency)} requested.`;
  return z.object({ amount: cappedAmount(requested, message).nullish().transform((a) => a ?? requested) });
}

/** approveMdfClaim's amount: the claim by default, never more than the claim nor the approval. */
export function mdfPayArgs(claimed: number, approved: number, currency: string) {
  const cap = Math.min(claimed, approved);
  const message = `Pay up to ${formatMoney(cap, currency)} (the claim, at most the approved amount).`;
  return z.object({ amount: cappedAmount(cap, message).nullish().transform((a) => a ?? cap) });
}

/** rejectMdf and rejectMdfClaim: the partner sees the reason. */
export const mdfRejectArgs = z.object({ reason: inputText.required(MDF_REASON_MAX) });

/** claimMdf's input: at most the approved amount, one to twenty distinct attachments. */
export function mdfClaimInput(approved: number, currency: string) {
  return z.object({
    amount: cappedAmount(approved, `Claim up to the ${formatMoney(approved, currency)} approved.`),
    attachmentIds: z
      .array(z.string(), { error: 'Attach at least one proof of performance (PDF, PNG or JPEG).' })
      .transform((ids) => [...new Set(ids)])
      .superRefine((ids, ctx) => {
        if (!ids.length) ctx.addIssue({ code: 'custom', message: 'Attach at least one proof of performance (PDF, PNG or JPEG).' });
        else if (ids.length > MDF_MAX_ATTACHMENTS) ctx.addIssue({ code: 'custom', message: `Attach at most ${MDF_MAX_ATTACHMENTS} files.` });
      }),
    results: inputText.optional(MDF_RESULTS_MAX),
  });
}
export type MdfClaimValues = z.output<ReturnType<typeof mdfClaimInput>>;

/** adjustMdfAllocation: zero or more (never below committed + paid: the API's rule), with a reason (audited). */
const ALLOCATION_MESSAGE = `Zero or more, at most ${MAX_AMOUNT.toLocaleString('en')} in minor units.`;
export const mdfAdjustArgs = z.object({
  quarter: inputQuarter,
  allocated: z
    .number({ error: ALLOCATION_MESSAGE })
    .int({ error: ALLOCATION_MESSAGE })
    .refine((a) => a >= 0 && a <= MAX_AMOUNT, { error: ALLOCATION_MESSAGE }),
  reason: inputText.required(MDF_REASON_MAX),
});
