import { Form, useNavigation } from '@remix-run/react';
import type { DealStatus } from '@tierwise/shared';
import type { ReactNode } from 'react';
import { formatMoney } from '@tierwise/shared';
import { formatDateTime } from '~/lib/format';
import { minorToInput } from '~/lib/money';
import { Countdown } from './deals-badges';
import { Alert, Field } from './form';

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
  const wasApproved = ['APPROVED', 'WON', 'LOST'].includes(deal.status) || (deal.status === 'EXPIRED' && Boolean(deal.protectionEndsAt));
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

export type CloseResult = { intent: 'won' | 'lost'; ok: boolean; formError?: string; amountError?: string; amount?: string };

/** Close an APPROVED registration: won (with the won amount) or lost. Two forms, both work without JavaScript. */
export function CloseDealForms({ amount, currency, result }: { amount: number; currency: string; result?: CloseResult | null }) {
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null;
  const failed = result && !result.ok ? result : null;
  return (
    <div className="stack">
      {failed?.formError ? <Alert tone="error">{failed.formError}</Alert> : null}
      <div className="close-forms">
        <Form method="post" className="close-form" noValidate>
          <input type="hidden" name="intent" value="won" />
          <Field
            id="close-amount"
            label={`Won amount (${currency})`}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={failed?.amount ?? minorToInput(amount, currency)}
            hint={`Registered at ${formatMoney(amount, currency)}; leave as is if unchanged.`}
            error={failed?.amountError}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={Boolean(busy)}>
              {busy === 'won' ? 'Saving…' : 'Close as won'}
            </button>
          </div>
        </Form>
        <Form method="post" className="close-form close-form--lost">
          <input type="hidden" name="intent" value="lost" />
          <p className="fine-print">The customer chose otherwise, or the opportunity ended.</p>
          <div className="form-actions">
            <button type="submit" className="button button--secondary" disabled={Boolean(busy)}>
              {busy === 'lost' ? 'Saving…' : 'Close as lost'}
            </button>
          </div>
        </Form>
      </div>
    </div>
  );
}
