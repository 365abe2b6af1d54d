import { ATTRIBUTIONS, DEAL_STATUSES, unsafeTextProblem, type Attribution, type DealStatus } from '@tierwise/shared';
import { parseMoneyInput } from './money';

export const DEAL_STATUS_LABELS: Record<DealStatus, string> = {
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  EXPIRED: 'Expired',
  WON: 'Won',
  LOST: 'Lost',
};

/** Badge tones, the same vocabulary as badges.tsx (ok, warning, danger, muted). */
export const DEAL_STATUS_TONES: Record<DealStatus, 'ok' | 'warning' | 'danger' | 'muted'> = {
  SUBMITTED: 'warning',
  APPROVED: 'ok',
  WON: 'ok',
  REJECTED: 'danger',
  LOST: 'muted',
  EXPIRED: 'muted',
};

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  SOURCED: 'Sourced',
  INFLUENCED: 'Influenced',
  CO_SOLD: 'Co-sold',
};

export const ATTRIBUTION_HELP: Record<Attribution, string> = {
  SOURCED: 'You found this opportunity and brought it to us.',
  INFLUENCED: 'We already knew the customer; you helped move the deal.',
  CO_SOLD: 'You and our sales team are selling it together.',
};

export function isDealStatus(value: unknown): value is DealStatus {
  return typeof value === 'string' && (DEAL_STATUSES as readonly string[]).includes(value);
}

export function isAttribution(value: unknown): value is Attribution {
  return typeof value === 'string' && (ATTRIBUTIONS as readonly string[]).includes(value);
}

/** The statuses of a `?status=A&status=B` query, valid ones only, in the canonical order. */
export function statusesFromParams(params: URLSearchParams): DealStatus[] {
  const wanted = new Set(params.getAll('status').flatMap((s) => s.split(',')));
  return DEAL_STATUSES.filter((s) => wanted.has(s));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration in words, two units at most: "3 days 4 hours", "5 hours 10 minutes", "12 minutes". */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (abs < MINUTE) return 'less than a minute';
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days >= 7) return plural(days, 'day');
  if (days > 0) return hours ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours > 0) return minutes ? `${plural(hours, 'hour')} ${plural(minutes, 'minute')}` : plural(hours, 'hour');
  return plural(minutes, 'minute');
}

export interface Countdown {
  overdue: boolean;
  /** "2 days 3 hours left" or "overdue by 5 hours". */
  text: string;
  ms: number;
}

/** Time left until `iso` as of `now` (ms); null without a date. */
export function countdown(iso: string | null | undefined, now: number): Countdown | null {
  if (!iso) return null;
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return null;
  const ms = at - now;
  return ms > 0 ? { overdue: false, text: `${formatDuration(ms)} left`, ms } : { overdue: true, text: `overdue by ${formatDuration(ms)}`, ms };
}

export type DealFormField = 'customerName' | 'customerDomain' | 'amount' | 'expectedCloseDate' | 'attribution' | 'notes';
export type DealFormErrors = Partial<Record<DealFormField, string>>;
export type DealFormValues = Record<DealFormField, string>;

export interface DealInput {
  customerName: string;
  customerDomain: string;
  amount: number;
  expectedCloseDate: string;
  attribution: Attribution;
  notes: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A yyyy-mm-dd date as the ISO date-time at UTC midnight; null when not a real date. */
export function dateInputToIso(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text.trim()) return null;
  return date.toISOString();
}

/**
 * The host of what a user typed as the customer's domain (a domain, URL or
 * email), lower-cased, or null when it cannot be a public web domain. The
 * API decides for good (public-suffix list); this catches what it would
 * refuse anyway, so that the form reports every problem in one pass: a bare
 * word ("acme"), an IP address, "localhost", spaces or odd characters.
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

const DAY_MS = 24 * 3600 * 1000;

/** Reads the registration form; what the user typed comes back as `values` for re-rendering. */
export function parseDealForm(
  form: FormData,
  currency: string,
  today: string = new Date().toISOString().slice(0, 10),
): { ok: true; input: DealInput; values: DealFormValues } | { ok: false; errors: DealFormErrors; values: DealFormValues } {
  const get = (k: DealFormField) => String(form.get(k) ?? '');
  const values: DealFormValues = {
    customerName: get('customerName'),
    customerDomain: get('customerDomain'),
    amount: get('amount'),
    expectedCloseDate: get('expectedCloseDate'),
    attribution: get('attribution'),
    notes: get('notes'),
  };
  // Every check the API makes too, all at once: the form must not report some
  // problems only on the next submit (the API would answer with the rest).
  const errors: DealFormErrors = {};
  const customerName = values.customerName.trim();
  if (!customerName) errors.customerName = 'Enter the customer’s company name.';
  else if (customerName.length > 200) errors.customerName = 'At most 200 characters.';
  else if (unsafeTextProblem(customerName)) errors.customerName = unsafeTextProblem(customerName)!;
  const customerDomain = values.customerDomain.trim();
  if (!customerDomain) errors.customerDomain = 'Enter the customer’s web domain, e.g. acme.com.';
  else if (!customerDomainHost(customerDomain)) errors.customerDomain = 'Enter the customer’s web domain, e.g. acme.com (not a name, address or IP).';
  const amount = parseMoneyInput(values.amount, currency);
  if (!amount.ok) errors.amount = amount.error;
  const closeIso = values.expectedCloseDate.trim() ? dateInputToIso(values.expectedCloseDate) : null;
  if (!values.expectedCloseDate.trim()) errors.expectedCloseDate = 'Enter the date you expect the deal to close.';
  else if (!closeIso) errors.expectedCloseDate = 'Enter a date as yyyy-mm-dd.';
  else if (values.expectedCloseDate.trim() < today) errors.expectedCloseDate = 'The expected close date cannot be in the past.';
  else if (Date.parse(closeIso) > Date.parse(`${today}T00:00:00Z`) + 5 * 366 * DAY_MS)
    errors.expectedCloseDate = 'The expected close date is more than five years away.';
  if (!isAttribution(values.attribution)) errors.attribution = 'Choose how you are involved in this deal.';
  const notes = values.notes.trim();
  if (notes.length > 2000) errors.notes = 'At most 2000 characters.';
  else if (unsafeTextProblem(notes)) errors.notes = unsafeTextProblem(notes)!;
  if (Object.keys(errors).length || !amount.ok || !closeIso || !isAttribution(values.attribution)) return { ok: false, errors, values };
  return {
    ok: true,
    values,
    input: {
      customerName,
      customerDomain,
      amount: amount.minor,
      expectedCloseDate: closeIso,
      attribution: values.attribution,
      notes: notes || null,
    },
  };
}

export type CloseIntent = 'won' | 'lost';

export type CloseFormField = 'amount' | 'closedOn';
export type CloseFormValues = Record<CloseFormField, string>;
export type CloseFormErrors = Partial<Record<CloseFormField, string>>;

export type CloseParse =
  | {
      ok: true;
      won: boolean;
      /** Minor units; null: the registered amount (won) or none (lost). */
      amount: number | null;
      /** ISO date-time at UTC midnight; null: today (the API records the moment). */
      closedAt: string | null;
      /** yyyy-mm-dd, today when left blank. */
      closedOn: string;
      /** The second step: the person saw what will be recorded and confirmed it. */
      confirmed: boolean;
      values: CloseFormValues;
    }
  | { ok: false; won: boolean; errors: CloseFormErrors; values: CloseFormValues };

/**
 * The close form: won (with the won amount, blank = the registered amount) or
 * lost, and the close date (blank = today; not in the future, not before the
 * registration). Every problem in one pass. `confirm=yes` is the second step.
 */
export function parseCloseForm(
  form: FormData,
  currency: string,
  { today = new Date().toISOString().slice(0, 10), registeredOn }: { today?: string; registeredOn?: string | null } = {},
): CloseParse {
  const won = form.get('intent') === 'won';
  const values: CloseFormValues = { amount: String(form.get('amount') ?? ''), closedOn: String(form.get('closedOn') ?? '') };
  const errors: CloseFormErrors = {};
  let amount: number | null = null;
  if (won && values.amount.trim()) {
    const parsed = parseMoneyInput(values.amount, currency);
    if (parsed.ok) amount = parsed.minor;
    else errors.amount = parsed.error;
  }
  const closedOn = values.closedOn.trim() || today;
  const closedIso = dateInputToIso(closedOn);
  if (!closedIso) errors.closedOn = 'Enter a date as yyyy-mm-dd.';
  else if (closedOn > today) errors.closedOn = 'The close date cannot be in the future.';
  else if (registeredOn && closedOn < registeredOn) errors.closedOn = 'The close date cannot be before the registration.';
  if (Object.keys(errors).length) return { ok: false, won, errors, values };
  return { ok: true, won, amount, closedAt: closedOn === today ? null : closedIso, closedOn, confirmed: form.get('confirm') === 'yes', values };
}

/**
 * What closing answers, for CloseDealForms. Without `confirm=yes` a valid form
 * comes back as `confirm` (step two: "close as won for … on …?"); with it the
 * deal is closed. JavaScript on or off alike.
 */
export type CloseResult = {
  intent: CloseIntent;
  ok: boolean;
  formError?: string;
  errors?: CloseFormErrors;
  values?: CloseFormValues;
  /** Step two: what will be recorded, for the person to confirm. */
  confirm?: { wonAmount: number | null; closedOn: string };
  /** INVALID_STATE: someone else closed or the protection ended. */
  conflict?: boolean;
};
