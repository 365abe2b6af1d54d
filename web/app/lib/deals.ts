import {
  checkInput,
  closeDealInput,
  DEAL_STATUSES,
  fieldMessages,
  registerDealInput,
  type Attribution,
  type DealStatus,
} from '@tierwise/shared';
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

/** The problems of a shared input schema by field name, with the form's conversion problems first. */
function formErrors<F extends string>(conversion: Partial<Record<F, string>>, check: ReturnType<typeof checkInput>): Partial<Record<F, string>> {
  return { ...(check.ok ? {} : (fieldMessages(check.fields) as Partial<Record<F, string>>)), ...conversion };
}

/**
 * Reads the registration form; what the user typed comes back as `values` for
 * re-rendering. The amount and the date are converted from what was typed,
 * then the API's own schema (registerDealInput) checks everything at once:
 * the form must not report some problems only on the next submit.
 */
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
  const conversion: DealFormErrors = {};
  const amount = parseMoneyInput(values.amount, currency);
  if (!amount.ok) conversion.amount = amount.error;
  const closeIso = values.expectedCloseDate.trim() ? dateInputToIso(values.expectedCloseDate) : null;
  if (!values.expectedCloseDate.trim()) conversion.expectedCloseDate = 'Enter the date you expect the deal to close.';
  else if (!closeIso) conversion.expectedCloseDate = 'Enter a date as yyyy-mm-dd.';
  const check = checkInput(registerDealInput({ now: new Date(`${today}T00:00:00Z`) }), {
    ...values,
    amount: amount.ok ? amount.minor : undefined,
    expectedCloseDate: closeIso ?? undefined,
  });
  const errors = formErrors(conversion, check);
  if (!check.ok || Object.keys(errors).length) return { ok: false, errors, values };
  const input = check.value;
  return {
    ok: true,
    values,
    input: {
      customerName: input.customerName,
      // As typed: the API reads the registrable domain from it.
      customerDomain: values.customerDomain.trim(),
      amount: input.amount,
      expectedCloseDate: input.expectedCloseDate.toISOString(),
      attribution: input.attribution,
      notes: input.notes,
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
  const conversion: CloseFormErrors = {};
  let amount: number | null = null;
  if (won && values.amount.trim()) {
    const parsed = parseMoneyInput(values.amount, currency);
    if (parsed.ok) amount = parsed.minor;
    else conversion.amount = parsed.error;
  }
  const closedOn = values.closedOn.trim() || today;
  const closedIso = dateInputToIso(closedOn);
  if (!closedIso) conversion.closedOn = 'Enter a date as yyyy-mm-dd.';
  // The API's own schema; "now" is the end of today, as a day picked in the form is a whole day.
  const schema = closeDealInput({
    now: new Date(Date.parse(`${today}T00:00:00Z`) + DAY - 1),
    won,
    registeredAt: registeredOn ? new Date(`${registeredOn}T00:00:00Z`) : null,
  });
  const check = checkInput(schema, { amount, closedAt: closedIso });
  const { closedAt: closedAtError, ...others } = formErrors<'amount' | 'closedAt'>({}, check);
  const errors: CloseFormErrors = { ...others, ...(closedAtError ? { closedOn: closedAtError } : {}), ...conversion };
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
