import { ATTRIBUTIONS, DEAL_STATUSES, type Attribution, type DealStatus } from '@tierwise/shared';
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
  const errors: DealFormErrors = {};
  const customerName = values.customerName.trim();
  if (!customerName) errors.customerName = 'Enter the customer’s company name.';
  else if (customerName.length > 200) errors.customerName = 'At most 200 characters.';
  const customerDomain = values.customerDomain.trim();
  if (!customerDomain) errors.customerDomain = 'Enter the customer’s web domain, e.g. acme.com.';
  const amount = parseMoneyInput(values.amount, currency);
  if (!amount.ok) errors.amount = amount.error;
  const closeIso = values.expectedCloseDate.trim() ? dateInputToIso(values.expectedCloseDate) : null;
  if (!values.expectedCloseDate.trim()) errors.expectedCloseDate = 'Enter the date you expect the deal to close.';
  else if (!closeIso) errors.expectedCloseDate = 'Enter a date as yyyy-mm-dd.';
  else if (values.expectedCloseDate.trim() < today) errors.expectedCloseDate = 'The expected close date cannot be in the past.';
  if (!isAttribution(values.attribution)) errors.attribution = 'Choose how you are involved in this deal.';
  const notes = values.notes.trim();
  if (notes.length > 2000) errors.notes = 'At most 2000 characters.';
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

/** The close form: won (with an optional won amount; blank = the registered amount) or lost. */
export function parseCloseForm(
  form: FormData,
  currency: string,
): { ok: true; won: boolean; amount: number | null } | { ok: false; amountError: string; amount: string } {
  const won = form.get('intent') === 'won';
  const raw = String(form.get('amount') ?? '');
  if (!won || !raw.trim()) return { ok: true, won, amount: null };
  const parsed = parseMoneyInput(raw, currency);
  if (!parsed.ok) return { ok: false, amountError: parsed.error, amount: raw };
  return { ok: true, won, amount: parsed.minor };
}
