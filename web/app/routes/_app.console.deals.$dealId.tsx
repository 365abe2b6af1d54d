import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { formatMoney } from '@tierwise/shared';
import type { ReactNode } from 'react';
import { TierBadge } from '~/components/badges';
import { AttributionTag, Countdown, DealStatusBadge } from '~/components/deals-badges';
import { CloseDealForms, DealHistory, type CloseResult } from '~/components/deals-detail';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert, TextareaField } from '~/components/form';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import type { ReviewDealQuery } from '~/gql/graphql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { ATTRIBUTION_LABELS } from '~/lib/deals';
import { closeDealAction } from '~/lib/deals-close.server';
import { fieldErrorMap, messageForError } from '~/lib/errors';
import { formatDate, formatDateTime } from '~/lib/format';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.deal.customerName ?? 'Registration'} · Tierwise` }];

const ReviewDeal = graphql(`
  query ReviewDeal($id: ID!) {
    program {
      currency
    }
    deal(id: $id) {
      id
      customerName
      customerDomain
      amount
      attribution
      status
      createdAt
      reviewDueAt
      decidedAt
      expectedCloseDate
      protectionEndsAt
      rejectionReason
      closedAt
      wonAmount
      notes
      submittedBy {
        name
        email
      }
      partner {
        id
        name
        domain
        tier {
          name
          rank
        }
        track {
          name
        }
      }
      conflicts {
        kind
        detail
        registration {
          id
          customerName
          customerDomain
          amount
          attribution
          status
          createdAt
          reviewDueAt
          decidedAt
          expectedCloseDate
          protectionEndsAt
          partner {
            id
            name
          }
        }
      }
    }
  }
`);

const Approve = graphql(`
  mutation ApproveDeal($id: ID!) {
    approveDeal(id: $id) {
      id
      status
      protectionEndsAt
    }
  }
`);

const Reject = graphql(`
  mutation RejectDeal($id: ID!, $reason: String!) {
    rejectDeal(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const Close = graphql(`
  mutation ConsoleCloseDeal($id: ID!, $won: Boolean!, $amount: SafeInt, $closedAt: DateTime) {
    closeDeal(id: $id, won: $won, amount: $amount, closedAt: $closedAt) {
      id
      status
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'deal:review');
  const result = await query(request, ReviewDeal, { id: params.dealId ?? '' });
  if (!result.deal) throw data({ message: 'There is no such registration.' }, { status: 404 });
  return { deal: result.deal, currency: result.program?.currency ?? 'USD', now: Date.now() };
}

type ActionData =
  | { intent: 'approve'; ok: boolean; formError?: string; conflict?: boolean }
  | { intent: 'reject'; ok: boolean; formError?: string; reasonError?: string; reason?: string; conflict?: boolean }
  | CloseResult;

// INVALID_STATE (someone else decided first) answers 200 so that the page
// revalidates and shows the registration as it now is.
export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.dealId ?? '';
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  if (intent === 'approve') {
    await requirePermission(request, 'deal:review');
    const result = await mutate(request, Approve, { id });
    if (!result.ok)
      return data<ActionData>(
        { intent, ok: false, formError: messageForError(result.error), conflict: result.error.code === 'INVALID_STATE' },
        { status: result.error.code === 'INVALID_STATE' ? 200 : 400 },
      );
    return data<ActionData>({ intent, ok: true });
  }
  if (intent === 'reject') {
    await requirePermission(request, 'deal:review');
    const reason = String(form.get('reason') ?? '');
    if (!reason.trim())
      return data<ActionData>({ intent, ok: false, reasonError: 'Say why the registration is rejected; the partner sees it.', reason }, { status: 400 });
    const result = await mutate(request, Reject, { id, reason: reason.trim() });
    if (!result.ok) {
      const fields = fieldErrorMap(result.error.fields);
      return data<ActionData>(
        {
          intent,
          ok: false,
          reason,
          reasonError: fields.reason,
          formError: fields.reason ? undefined : messageForError(result.error),
          conflict: result.error.code === 'INVALID_STATE',
        },
        { status: result.error.code === 'INVALID_STATE' ? 200 : 400 },
      );
    }
    return data<ActionData>({ intent, ok: true });
  }
  if (intent === 'won' || intent === 'lost') {
    await requirePermission(request, 'deal:close');
    const page = await query(request, ReviewDeal, { id });
    if (!page.deal) throw data({ message: 'There is no such registration.' }, { status: 404 });
    return closeDealAction(form, {
      currency: page.program?.currency ?? 'USD',
      deal: page.deal,
      close: (variables) => mutate(request, Close, { id, ...variables }),
    });
  }
  return data<ActionData>({ intent: 'approve', ok: false, formError: 'Unknown action.' }, { status: 400 });
}

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

export default function ReviewDealPage() {
  const { deal, currency, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' ? String(navigation.formData?.get('intent') ?? '') : null;
  const failed = actionData && !actionData.ok ? actionData : null;
  const rejectResult = actionData?.intent === 'reject' ? actionData : null;
  const closeResult = actionData && (actionData.intent === 'won' || actionData.intent === 'lost') ? (actionData as CloseResult) : null;

  return (
    <>
      <PageHeader
        eyebrow={<Link to="/console/deals">Registrations</Link>}
        title={deal.customerName}
        actions={<DealStatusBadge status={deal.status} />}
      >
        <p className="muted">
          {deal.customerDomain} · {formatMoney(deal.amount, currency)} · registered by {deal.partner.name}
        </p>
      </PageHeader>

      {failed?.conflict ? (
        <Alert tone="warning" title="Someone else got there first">
          {failed.formError} This page now shows the registration as it is.
        </Alert>
      ) : failed?.formError && failed.intent !== 'won' && failed.intent !== 'lost' ? (
        <Alert tone="error">{failed.formError}</Alert>
      ) : null}
      {actionData?.ok ? (
        <Alert tone="success">
          {actionData.intent === 'approve'
            ? `Approved. ${deal.partner.name} is protected until ${formatDate(deal.protectionEndsAt)}.`
            : actionData.intent === 'reject'
              ? 'Rejected. The partner sees your reason.'
              : actionData.intent === 'won'
                ? 'Closed as won.'
                : 'Closed as lost.'}
        </Alert>
      ) : null}

      {deal.status === 'SUBMITTED' ? (
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
                defaultValue={rejectResult && !rejectResult.ok ? (rejectResult.reason ?? '') : ''}
                error={rejectResult && !rejectResult.ok ? rejectResult.reasonError : undefined}
              />
              <div className="form-actions">
                <button type="submit" className="button button--danger" disabled={Boolean(busy)}>
                  {busy === 'reject' ? 'Rejecting…' : 'Reject'}
                </button>
              </div>
            </Form>
          </div>
        </Card>
      ) : null}

      <Card
        title={deal.conflicts.length ? `Conflicts (${deal.conflicts.length})` : 'Conflicts'}
        id="conflicts"
        actions={deal.conflicts.length ? <span className="badge badge--warning">Check before deciding</span> : <span className="badge badge--ok">None</span>}
      >
        {deal.conflicts.length ? (
          <div className="stack">
            {deal.conflicts.map((c, i) => (
              <ConflictComparison key={`${c.kind}-${c.registration?.id ?? i}`} deal={deal} conflict={c} currency={currency} />
            ))}
          </div>
        ) : (
          <p className="ok-text">No other partner’s open registration or direct account claims this customer.</p>
        )}
      </Card>

      <div className="grid grid--2">
        <Card title="Registration" id="registration">
          <dl className="summary-list">
            <div>
              <dt>Partner</dt>
              <dd>
                <Link to={`/console/partners/${deal.partner.id}`}>{deal.partner.name}</Link>
                <TierBadge name={deal.partner.tier.name} rank={deal.partner.tier.rank} />
              </dd>
            </div>
            <div>
              <dt>Submitted by</dt>
              <dd>
                {deal.submittedBy.name} <span className="muted">({deal.submittedBy.email})</span>
              </dd>
            </div>
            <div>
              <dt>Customer</dt>
              <dd>{deal.customerName}</dd>
            </div>
            <div>
              <dt>Domain</dt>
              <dd>{deal.customerDomain}</dd>
            </div>
            <div>
              <dt>Amount</dt>
              <dd>{formatMoney(deal.amount, currency)}</dd>
            </div>
            <div>
              <dt>Attribution</dt>
              <dd>
                <AttributionTag attribution={deal.attribution} />
              </dd>
            </div>
            <div>
              <dt>Expected close</dt>
              <dd>{formatDate(deal.expectedCloseDate)}</dd>
            </div>
          </dl>
        </Card>
        <Card title="History" id="history">
          <DealHistory deal={{ ...deal, wonAmountText: deal.wonAmount != null ? formatMoney(deal.wonAmount, currency) : null }} now={now} />
        </Card>
      </div>

      {deal.status === 'APPROVED' ? (
        <Card title="Close the deal" id="close">
          <CloseDealForms
            amount={deal.amount}
            currency={currency}
            result={closeResult && !closeResult.ok && !failed?.conflict ? closeResult : null}
            today={new Date(now).toISOString().slice(0, 10)}
            registeredOn={deal.createdAt.slice(0, 10)}
          />
        </Card>
      ) : null}
    </>
  );
}

function ConflictComparison({ deal, conflict, currency }: { deal: Deal; conflict: Conflict; currency: string }) {
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

export { RouteErrorBoundary as ErrorBoundary };
