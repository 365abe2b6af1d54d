import { Form, Link } from '@remix-run/react';
import { formatMoney } from '@tierwise/shared';
import type { ReactNode } from 'react';
import type { ReviewDealQuery } from '~/gql/graphql';
import { ATTRIBUTION_LABELS } from '~/lib/deals';
import { formatDate, formatDateTime } from '~/lib/format';
import { Countdown, DealStatusBadge } from './deals-badges';
import { TextareaField } from './form';
import { SubmitRow } from './form-actions';
import { Card } from './page';
import './deals-review.css';

type Deal = NonNullable<ReviewDealQuery['deal']>;
type Conflict = Deal['conflicts'][number];

const CONFLICT_LABELS: Record<Conflict['kind'], string> = {
  SAME_DOMAIN: 'Same domain',
  SIMILAR_NAME: 'Similar company name',
  DIRECT_ACCOUNT: 'Direct account',
};

const CONFLICT_HELP: Record<Conflict['kind'], string> = {
  SAME_DOMAIN: 'Another partner has an open registration for the same customer domain.',
  SIMILAR_NAME: 'Another partner has an open registration for a company with a very similar name.',
  DIRECT_ACCOUNT: 'The customer is an account our own sales team owns.',
};

/** One possible conflict of a registration under review, side by side with this registration (console only). */
export function ConflictComparison({ deal, conflict, currency }: { deal: Deal; conflict: Conflict; currency: string }) {
  const other = conflict.registration;
  const rows: { label: string; mine: ReactNode; theirs: ReactNode; same?: boolean }[] = other
    ? [
        { label: 'Customer', mine: deal.customerName, theirs: other.customerName, same: conflict.kind === 'SIMILAR_NAME' },
        { label: 'Domain', mine: deal.customerDomain, theirs: other.customerDomain, same: deal.customerDomain === other.customerDomain },
        { label: 'Partner', mine: deal.partner.name, theirs: other.partner.name },
        { label: 'Amount', mine: formatMoney(deal.amount, currency), theirs: formatMoney(other.amount, currency) },
        { label: 'Attribution', mine: ATTRIBUTION_LABELS[deal.attribution], theirs: ATTRIBUTION_LABELS[other.attribution] },
        { label: 'Status', mine: <DealStatusBadge status={deal.status} small />, theirs: <DealStatusBadge status={other.status} small /> },
        { label: 'Registered', mine: formatDateTime(deal.createdAt), theirs: formatDateTime(other.createdAt) },
        { label: 'Expected close', mine: formatDate(deal.expectedCloseDate), theirs: formatDate(other.expectedCloseDate) },
        { label: 'Decided', mine: formatDate(deal.decidedAt), theirs: formatDate(other.decidedAt) },
        { label: 'Protected until', mine: formatDate(deal.protectionEndsAt), theirs: formatDate(other.protectionEndsAt) },
      ]
    : [
        { label: 'Customer', mine: deal.customerName, theirs: conflict.detail ?? 'Direct account' },
        { label: 'Domain', mine: deal.customerDomain, theirs: deal.customerDomain, same: true },
        { label: 'Partner', mine: deal.partner.name, theirs: 'Our direct sales team' },
        { label: 'Amount', mine: formatMoney(deal.amount, currency), theirs: '—' },
        { label: 'Status', mine: <DealStatusBadge status={deal.status} small />, theirs: 'Direct account' },
        { label: 'Registered', mine: formatDateTime(deal.createdAt), theirs: '—' },
      ];
  return (
    <section className="conflict" data-testid="conflict" aria-label={`${CONFLICT_LABELS[conflict.kind]} conflict`}>
      <div className="conflict-head">
        <span className="badge badge--warning">{CONFLICT_LABELS[conflict.kind]}</span>
        <span className="fine-print">{CONFLICT_HELP[conflict.kind]}</span>
        {other ? (
          <Link to={`/console/deals/${other.id}`} className="conflict-link">
            Open the other registration
          </Link>
        ) : null}
      </div>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Side-by-side comparison">
        <table className="table compare-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Field</span>
              </th>
              <th scope="col">This registration</th>
              <th scope="col">{other ? 'Conflicting registration' : 'Direct account'}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className={r.same ? 'compare-match' : undefined}>
                <th scope="row">{r.label}</th>
                <td>{r.mine}</td>
                <td>{r.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {other && conflict.detail && conflict.kind !== 'SIMILAR_NAME' ? <p className="fine-print">{conflict.detail}</p> : null}
    </section>
  );
}

/**
 * The decision on a SUBMITTED registration: approve, or reject with a reason
 * the partner sees. Two plain forms posting the "approve" and "reject" intents.
 */
export function DealDecision({
  deal,
  now,
  busy,
  rejected,
}: {
  deal: Pick<Deal, 'reviewDueAt' | 'conflicts' | 'partner'>;
  now: number;
  /** The intent being submitted, if any. */
  busy: string | null;
  /** The failed "reject" answer, to show its reason and error again. */
  rejected: { reason?: string; reasonError?: string } | null;
}) {
  return (
    <Card title="Decision" id="decision" className="decision-card">
      <p className="muted">
        Review due {formatDateTime(deal.reviewDueAt)} (<Countdown at={deal.reviewDueAt} now={now} />
        ).{' '}
        {deal.conflicts.length
          ? `${deal.conflicts.length} possible ${deal.conflicts.length === 1 ? 'conflict' : 'conflicts'}: compare them below before deciding.`
          : 'No conflicts found with other partners or direct accounts.'}
      </p>
      <div className="decision-forms">
        <Form method="post" className="decision-approve">
          <input type="hidden" name="intent" value="approve" />
          <button type="submit" className="button button--primary" disabled={Boolean(busy)}>
            {busy === 'approve' ? 'Approving…' : 'Approve'}
          </button>
          <p className="fine-print">Protects the customer for {deal.partner.name} for its tier’s protection period.</p>
        </Form>
        <Form method="post" className="decision-reject" noValidate>
          <input type="hidden" name="intent" value="reject" />
          <TextareaField
            id="reject-reason"
            label="Reason for rejecting"
            name="reason"
            rows={2}
            required
            hint="Required. The partner sees it."
            defaultValue={rejected ? (rejected.reason ?? '') : ''}
            error={rejected ? rejected.reasonError : undefined}
          />
          <SubmitRow busy={busy === 'reject'} label="Reject" busyLabel="Rejecting…" disabled={Boolean(busy)} kind="danger" />
        </Form>
      </div>
    </Card>
  );
}
