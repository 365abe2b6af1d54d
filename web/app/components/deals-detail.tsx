import { Form, useNavigation } from '@remix-run/react';
import { APPROVED_DEAL_STATUSES, type DealStatus } from '@tierwise/shared';
import { useEffect, useRef, type ReactNode } from 'react';
import { formatMoney } from '@tierwise/shared';
import type { CloseResult } from '~/lib/deals';
import { formatDate, formatDateTime } from '~/lib/format';
import { minorToInput } from '~/lib/money';
import { Countdown } from './deals-badges';
import { SubmitRow } from './form-actions';
import { Alert, Field } from './form';
import './deals-detail.css';

export interface DealHistoryFields {
  status: DealStatus;
  createdAt: string;
  reviewDueAt: string;
  decidedAt: string | null;
  protectionEndsAt: string | null;
  rejectionReason: string | null;
  submittedBy?: { name: string } | null;
  closedAt?: string | null;
  /** Already formatted in the program currency. */
  wonAmountText?: string | null;
  notes?: string | null;
}

/** The life of a registration, oldest first: registered, review due, decided, protection, closed. */
export function DealHistory({ deal, now }: { deal: DealHistoryFields; now: number }) {
  const decided = deal.decidedAt;
  // Expired undecided (the partner was offboarded) has no protection end.
  const wasApproved = APPROVED_DEAL_STATUSES.includes(deal.status) && (deal.status !== 'EXPIRED' || Boolean(deal.protectionEndsAt));
  const items: { key: string; title: string; when: string | null; detail?: ReactNode; tone?: 'ok' | 'danger' | 'warning' | 'muted' }[] = [
    {
      key: 'registered',
      title: 'Registered',
      when: deal.createdAt,
      detail: (
        <>
          {deal.submittedBy ? `by ${deal.submittedBy.name}` : null}
          {deal.notes ? <span className="de-history-notes">Notes: {deal.notes}</span> : null}
        </>
      ),
      tone: 'ok',
    },
  ];
  if (deal.status === 'SUBMITTED') {
    items.push({
      key: 'review-due',
      title: 'Review due',
      when: deal.reviewDueAt,
      detail: <Countdown at={deal.reviewDueAt} now={now} />,
      tone: 'warning',
    });
  } else if (decided) {
    items.push({
      key: 'decided',
      title: deal.status === 'REJECTED' ? 'Rejected' : wasApproved ? 'Approved' : 'Decided',
      when: decided,
      detail: deal.status === 'REJECTED' && deal.rejectionReason ? <>Reason: {deal.rejectionReason}</> : `review was due ${formatDateTime(deal.reviewDueAt)}`,
      tone: deal.status === 'REJECTED' ? 'danger' : 'ok',
    });
  }
  if (deal.protectionEndsAt) {
    const ended = new Date(deal.protectionEndsAt).getTime() <= now;
    items.push({
      key: 'protection',
      title: deal.status === 'APPROVED' ? 'Protected until' : ended ? 'Protection ended' : 'Protection would have ended',
      when: deal.protectionEndsAt,
      detail: deal.status === 'APPROVED' ? <Countdown at={deal.protectionEndsAt} now={now} /> : undefined,
      tone: deal.status === 'APPROVED' ? 'ok' : 'muted',
    });
  }
  if (deal.status === 'WON' || deal.status === 'LOST') {
    items.push({
      key: 'closed',
      title: deal.status === 'WON' ? 'Closed as won' : 'Closed as lost',
      when: deal.closedAt ?? null,
      detail: deal.status === 'WON' && deal.wonAmountText ? `for ${deal.wonAmountText}` : undefined,
      tone: deal.status === 'WON' ? 'ok' : 'muted',
    });
  }
  if (deal.status === 'EXPIRED') {
    items.push({ key: 'expired', title: 'Expired', when: null, detail: 'The registration is no longer protected.', tone: 'muted' });
  }
  return (
    <ol className="deal-history" data-testid="deal-history">
      {items.map((item) => (
        <li key={item.key} className={`deal-history-item deal-history-item--${item.tone ?? 'muted'}`}>
          <span className="deal-history-dot" aria-hidden="true" />
          <div>
            <p className="deal-history-title">
              {item.title}
              {item.when ? <span className="deal-history-when"> {formatDateTime(item.when)}</span> : null}
            </p>
            {item.detail ? <p className="fine-print">{item.detail}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

export type { CloseResult };

/**
 * Close an APPROVED registration: won (won amount, default the registered
 * one) or lost, each with its close date (default today). Step one checks
 * the form; step two shows what will be recorded and asks to confirm. Plain
 * form posts: the same with JavaScript off.
 */
export function CloseDealForms({
  amount,
  currency,
  result,
  today,
  registeredOn,
}: {
  amount: number;
  currency: string;
  result?: CloseResult | null;
  /** yyyy-mm-dd */
  today: string;
  /** yyyy-mm-dd: the earliest close date. */
  registeredOn: string;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null;
  const failed = result && !result.ok ? result : null;
  if (failed?.confirm) return <CloseConfirm intent={failed.intent} values={failed.values} confirm={failed.confirm} currency={currency} busy={Boolean(busy)} />;
  const values = failed?.values;
  const errors = failed?.errors ?? {};
  const wonValues = failed?.intent === 'won' ? values : undefined;
  const lostValues = failed?.intent === 'lost' ? values : undefined;
  return (
    <div className="stack">
      {failed?.formError ? <Alert tone="error">{failed.formError}</Alert> : null}
      <div className="close-forms">
        {/* #close: without JavaScript the next page (the confirmation) opens here, not at the top. */}
        <Form method="post" action="#close" className="close-form" noValidate aria-label="Close as won">
          <input type="hidden" name="intent" value="won" />
          <Field
            id="close-amount"
            label={`Won amount (${currency})`}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={wonValues?.amount ?? minorToInput(amount, currency)}
            hint={`Registered at ${formatMoney(amount, currency)}; change it if the customer signed for a different amount.`}
            error={failed?.intent === 'won' ? errors.amount : undefined}
          />
          <Field
            id="close-won-date"
            label="Close date"
            name="closedOn"
            type="date"
            min={registeredOn}
            max={today}
            defaultValue={wonValues?.closedOn || today}
            hint="The day the customer signed."
            error={failed?.intent === 'won' ? errors.closedOn : undefined}
          />
          <SubmitRow busy={busy === 'won'} label="Close as won…" busyLabel="Checking…" disabled={Boolean(busy)} />
        </Form>
        <Form method="post" action="#close" className="close-form close-form--lost" noValidate aria-label="Close as lost">
          <input type="hidden" name="intent" value="lost" />
          <p className="fine-print">The customer chose otherwise, or the opportunity ended.</p>
          <Field
            id="close-lost-date"
            label="Close date"
            name="closedOn"
            type="date"
            min={registeredOn}
            max={today}
            defaultValue={lostValues?.closedOn || today}
            error={failed?.intent === 'lost' ? errors.closedOn : undefined}
          />
          <SubmitRow busy={busy === 'lost'} label="Close as lost…" busyLabel="Checking…" disabled={Boolean(busy)} kind="secondary" />
        </Form>
      </div>
      <p className="fine-print">You will see what is recorded and confirm it on the next step.</p>
    </div>
  );
}

/** Step two of closing: what will be recorded, confirm or change. */
function CloseConfirm({
  intent,
  values,
  confirm,
  currency,
  busy,
}: {
  intent: CloseResult['intent'];
  values?: CloseResult['values'];
  confirm: NonNullable<CloseResult['confirm']>;
  currency: string;
  busy: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // With JavaScript, move focus to the question (without it, the page opens at #close).
  useEffect(() => heading.current?.focus(), []);
  const won = intent === 'won';
  return (
    <section className="close-confirm" aria-labelledby="close-confirm-title" data-testid="close-confirm">
      <h3 id="close-confirm-title" ref={heading} tabIndex={-1}>
        {won ? 'Close this deal as won?' : 'Close this deal as lost?'}
      </h3>
      <dl className="close-confirm-facts">
        {won && confirm.wonAmount != null ? (
          <div>
            <dt>Won amount</dt>
            <dd>{formatMoney(confirm.wonAmount, currency)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Close date</dt>
          <dd>{formatDate(`${confirm.closedOn}T00:00:00.000Z`)}</dd>
        </div>
      </dl>
      <p className="fine-print">
        {won ? 'Earnings are worked out from the won amount. ' : ''}A closed registration cannot be reopened.
      </p>
      <Form method="post" className="form-actions">
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="amount" value={won ? (values?.amount ?? '') : ''} />
        <input type="hidden" name="closedOn" value={confirm.closedOn} />
        <button type="submit" name="confirm" value="yes" className={`button ${won ? 'button--primary' : 'button--secondary'}`} disabled={busy}>
          {busy ? 'Saving…' : won ? 'Yes, close as won' : 'Yes, close as lost'}
        </button>
        <button type="submit" name="confirm" value="edit" className="button button--ghost" disabled={busy}>
          Change
        </button>
      </Form>
    </section>
  );
}
