import { Form } from '@remix-run/react';
import { formatMoney } from '@tierwise/shared';
import { minorToInput } from '~/lib/money';
import { SubmitRow } from './form-actions';
import { Field, TextareaField } from './form';

/** The vendor's forms on /console/mdf/:id: decisions on a request or a claim, and the fund's allocation. */

/** The intents /console/mdf/:id's action dispatches, one function each. */
export type MdfReviewIntent = 'approve' | 'reject' | 'pay' | 'reject-claim' | 'adjust';
export type MdfReviewActionData = {
  intent: MdfReviewIntent;
  errorTitle?: string;
  formError?: string;
  fieldErrors?: { amount?: string; reason?: string; allocated?: string };
  values?: { amount?: string; reason?: string; allocated?: string };
};

/** An amount to accept (approve or pay) beside a reason to reject: the two decisions on a request or a claim. */
export function DecisionForms({
  accept,
  reject,
  amount,
  errorsFor,
  busyIntent,
}: {
  accept: { intent: MdfReviewIntent; label: string; busyLabel: string };
  reject: { intent: MdfReviewIntent; label: string; reasonLabel: string };
  amount: { label: string; defaultValue: string; hint: string };
  errorsFor: (intent: MdfReviewIntent) => MdfReviewActionData | undefined;
  busyIntent: string | null;
}) {
  return (
    <>
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value={accept.intent} />
        <Field
          label={amount.label}
          name="amount"
          id={`${accept.intent}-amount`}
          inputMode="decimal"
          defaultValue={errorsFor(accept.intent)?.values?.amount ?? amount.defaultValue}
          hint={amount.hint}
          error={errorsFor(accept.intent)?.fieldErrors?.amount}
        />
        <SubmitRow busy={busyIntent === accept.intent} label={accept.label} busyLabel={accept.busyLabel} />
      </Form>
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value={reject.intent} />
        <TextareaField
          label={reject.reasonLabel}
          name="reason"
          id={`${reject.intent}-reason`}
          rows={3}
          defaultValue={errorsFor(reject.intent)?.values?.reason ?? ''}
          error={errorsFor(reject.intent)?.fieldErrors?.reason}
        />
        <SubmitRow busy={busyIntent === reject.intent} label={reject.label} busyLabel="Rejecting…" kind="danger" />
      </Form>
    </>
  );
}


/** "Adjust the allocation" of the partner's fund for the request's quarter, with a reason (audited). */
export function AdjustAllocationForm({
  quarter,
  currency,
  fund,
  result,
  busy,
}: {
  quarter: string;
  currency: string;
  fund: { allocated: number; committed: number; paid: number };
  result: MdfReviewActionData | undefined;
  busy: boolean;
}) {
  return (
    <Form method="post" className="stack" noValidate>
      <input type="hidden" name="intent" value="adjust" />
      <Field
        label={`New allocation for ${quarter} (${currency})`}
        name="allocated"
        id="adjust-allocated"
        inputMode="decimal"
        defaultValue={result?.values?.allocated ?? minorToInput(fund.allocated, currency)}
        hint={`Never below what is committed and paid (${formatMoney(fund.committed + fund.paid, currency)}).`}
        error={result?.fieldErrors?.allocated}
      />
      <TextareaField
        label="Reason"
        name="reason"
        id="adjust-reason"
        rows={2}
        defaultValue={result?.values?.reason ?? ''}
        error={result?.fieldErrors?.reason}
      />
      <SubmitRow busy={busy} label="Change allocation" busyLabel="Saving…" kind="secondary" />
    </Form>
  );
}
