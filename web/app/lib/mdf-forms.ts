import {
  checkInput,
  fieldMessages,
  mdfAdjustArgs,
  mdfApproveArgs,
  mdfClaimInput,
  mdfPayArgs,
  mdfRejectArgs,
  mdfRequestInput,
} from '@tierwise/shared';
import { fieldErrorMap, messageForError, type ApiError } from './errors';
import { parseMoneyInput, type MoneyParse } from './money';

/**
 * The MDF forms: each converts its strings (money "12,000.50" to minor units)
 * and then runs the SAME shared schema the API checks, so every error of a
 * form shows in one pass. Rules that need the database (the fund, the state,
 * the uploads) are the API's; its answer is shown when it refuses.
 */
export type FormCheck<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

type Schema = Parameters<typeof checkInput>[0];
type Output<S extends Schema> = Extract<ReturnType<typeof checkInput<S>>, { ok: true }>['value'];

/** `schema` over `input`; a field whose money did not parse shows why instead (its input is left out). */
export function checkForm<S extends Schema>(schema: S, input: Record<string, unknown>, money: Record<string, MoneyParse> = {}): FormCheck<Output<S>> {
  const values = { ...input };
  for (const [field, parsed] of Object.entries(money)) values[field] = parsed.ok ? parsed.minor : undefined;
  const result = checkInput(schema, values);
  const errors = result.ok ? {} : fieldMessages(result.fields);
  for (const [field, parsed] of Object.entries(money)) if (!parsed.ok) errors[field] = parsed.error;
  if (!result.ok || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: result.value as Output<S> };
}

/** The text of a form field, trimmed ('' when absent). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export function checkRequestForm(values: { activity: string; description: string; amount: string; quarter: string }, currency: string, currentQuarter: string) {
  return checkForm(mdfRequestInput(currentQuarter), { activity: values.activity, description: values.description, quarter: values.quarter || null }, { amount: parseMoneyInput(values.amount, currency) });
}

export function checkApproveForm(amount: string, requested: number, currency: string) {
  return checkForm(mdfApproveArgs(requested, currency), {}, { amount: parseMoneyInput(amount, currency) });
}

export function checkPayForm(amount: string, claimed: number, approved: number, currency: string) {
  return checkForm(mdfPayArgs(claimed, approved, currency), {}, { amount: parseMoneyInput(amount, currency) });
}

export function checkRejectForm(reason: string) {
  return checkForm(mdfRejectArgs, { reason });
}

export function checkAdjustForm(values: { allocated: string; reason: string }, quarter: string, currency: string) {
  return checkForm(mdfAdjustArgs, { quarter, reason: values.reason }, { allocated: parseMoneyInput(values.allocated, currency, { allowZero: true }) });
}

export function checkClaimForm(values: { amount: string; results: string }, attachmentIds: string[], approved: number, currency: string) {
  return checkForm(mdfClaimInput(approved, currency), { attachmentIds, results: values.results }, { amount: parseMoneyInput(values.amount, currency) });
}

/**
 * An API refusal for a form: the messages of the form's own `fields` (paths
 * under `prefix`, e.g. `input.amount`), and a form-level message when none of
 * them is named (the API already words amounts as money).
 */
export function apiFormErrors<K extends string>(error: ApiError, fields: readonly K[], prefix = ''): { fieldErrors: Partial<Record<K, string>>; formError?: string } {
  const named = fieldErrorMap(error.fields, prefix);
  const fieldErrors: Partial<Record<K, string>> = {};
  for (const field of fields) if (named[field]) fieldErrors[field] = named[field];
  return { fieldErrors, formError: Object.keys(fieldErrors).length ? undefined : messageForError(error) };
}
