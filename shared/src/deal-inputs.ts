import { z } from './zod.js';
import { ATTRIBUTIONS } from './deals.js';
import { inputAmount } from './input-check.js';
import { unsafeTextProblem } from './text-safety.js';

/**
 * The inputs of the deal mutations: registerDeal's input, rejectDeal's reason,
 * closeDeal's amount and date, importDirectAccounts' file. The API checks them
 * with validInput (every bad field at once); the web's forms convert what was
 * typed (money, yyyy-mm-dd) and run the same schemas, so both say the same.
 * Rules over stored data (conflicts, states, the protection window) stay in
 * the use cases.
 */

const DAY_MS = 24 * 3600 * 1000;

export const DEAL_INPUT_LIMITS = { customerName: 200, notes: 2000, reason: 2000 } as const;

export const DEAL_INPUT_MESSAGES = {
  customerName: 'Enter the customer’s company name.',
  customerDomain: 'Enter the customer’s web domain, e.g. acme.com.',
  attribution: 'Choose how you are involved in this deal.',
  reason: 'Say why the registration is rejected.',
} as const;

/** The start of `date`'s day in UTC. */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** An expected close date is valid from today (UTC) on, up to five years ahead. */
export function expectedCloseDateProblem(date: Date, now: Date): string | null {
  if (Number.isNaN(date.getTime())) return 'Enter a date.';
  const today = utcDay(now).getTime();
  if (date.getTime() < today) return 'The expected close date cannot be in the past.';
  if (date.getTime() > today + 5 * 366 * DAY_MS) return 'The expected close date is more than five years away.';
  return null;
}

/** Text that may not hold characters no text in Tierwise may hold (see unsafeTextProblem). */
function safe<S extends z.ZodType<string | null | undefined>>(schema: S) {
  return schema.superRefine((value, ctx) => {
    const problem = typeof value === 'string' ? unsafeTextProblem(value) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

const text = (max: number, required: string) =>
  safe(
    z
      .string({ error: required })
      .trim()
      .min(1, { error: required })
      .max(max, { error: `At most ${max} characters.` }),
  );

const optionalText = (max: number) =>
  safe(z.string().trim().max(max, { error: `At most ${max} characters.` }))
    .nullish()
    .transform((v) => (v ? v : null));

const date = (message: string) => z.coerce.date({ error: message });

export interface RegisterDealCheck {
  /** The moment of the check: today (UTC) is the earliest expected close date. */
  now: Date;
  /**
   * The customer's registrable domain in what was typed (a domain, URL or
   * email), or null when it is none. The API passes its public-suffix reading;
   * the default is the syntactic reading the web can make without that list.
   */
  domainOf?: (raw: string) => string | null;
}

/** registerDeal's input. Its output has the trimmed name, the domain as `domainOf` reads it and blank notes as null. */
export function registerDealInput({ now, domainOf = customerDomainHost }: RegisterDealCheck) {
  return z.object({
    customerName: text(DEAL_INPUT_LIMITS.customerName, DEAL_INPUT_MESSAGES.customerName),
    customerDomain: z.string({ error: DEAL_INPUT_MESSAGES.customerDomain }).transform((raw, ctx) => {
      const domain = domainOf(raw);
      if (domain) return domain;
      ctx.addIssue({ code: 'custom', message: DEAL_INPUT_MESSAGES.customerDomain });
      return z.NEVER;
    }),
    amount: inputAmount(),
    expectedCloseDate: date('Enter a date.').superRefine((value, ctx) => {
      const problem = expectedCloseDateProblem(value, now);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    attribution: z.enum(ATTRIBUTIONS, { error: DEAL_INPUT_MESSAGES.attribution }),
    notes: optionalText(DEAL_INPUT_LIMITS.notes),
  });
}

export type RegisterDealRequest = z.output<ReturnType<typeof registerDealInput>>;

/** rejectDeal's reason (trimmed). */
export const rejectDealInput = z.object({ reason: text(DEAL_INPUT_LIMITS.reason, DEAL_INPUT_MESSAGES.reason) });

export interface CloseDealCheck {
  now: Date;
  /** Closed as won (else lost). */
  won: boolean;
  /** When the registration was made: a deal cannot close before its day. Unknown: not checked. */
  registeredAt?: Date | null;
}

/**
 * closeDeal's won amount (won only; none means the registered amount) and
 * close date (none means now; not in the future, not before the
 * registration's day).
 */
export function closeDealInput({ now, won, registeredAt }: CloseDealCheck) {
  return z.object({
    amount: won
      ? inputAmount('The won amount').nullish()
      : z.null({ error: 'A lost deal has no won amount.' }).optional(),
    closedAt: date('Give a valid close date.')
      .superRefine((value, ctx) => {
        if (value > now) ctx.addIssue({ code: 'custom', message: 'The close date cannot be in the future.' });
        else if (registeredAt && value < utcDay(registeredAt)) ctx.addIssue({ code: 'custom', message: 'The close date cannot be before the registration.' });
      })
      .nullish(),
  });
}

export const MAX_DIRECT_ACCOUNT_CSV_BYTES = 2 * 1024 * 1024;
export const DIRECT_ACCOUNT_CSV_TOO_LARGE = 'The file is larger than 2 MB.';

/** importDirectAccounts' file: at most 2 MB (UTF-8). Its lines are checked by the import, which reports each bad one. */
export const importDirectAccountsInput = z.object({
  csv: z.string().refine((csv) => new TextEncoder().encode(csv).length <= MAX_DIRECT_ACCOUNT_CSV_BYTES, { error: DIRECT_ACCOUNT_CSV_TOO_LARGE }),
});

/**
 * The host of what a user typed as the customer's domain (a domain, URL or
 * email), lower-cased, or null when it cannot be a public web domain: a bare
 * word ("acme"), an IP address, "localhost", spaces or odd characters. The API
 * reads the registrable domain with the public-suffix list on top.
 */
export function customerDomainHost(raw: string): string | null {
  const text = raw.trim().toLowerCase();
  if (!text || text.length > 253) return null;
  let host = text.includes('@') && !text.includes('://') ? text.slice(text.lastIndexOf('@') + 1) : text;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  } else host = host.split(/[/?#]/, 1)[0].replace(/:\d+$/, '');
  host = host.replace(/\.$/, '');
  const labels = host.split('.');
  if (labels.length < 2) return null;
  if (!labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l))) return null;
  const tld = labels[labels.length - 1];
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return null; // also refuses IP addresses
  return host;
}
