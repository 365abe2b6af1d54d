import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { formatMoney } from '@tierwise/shared';
import { AttributionTag, DealStatusBadge } from '~/components/deals-badges';
import { CloseDealForms, DealHistory } from '~/components/deals-detail';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { ATTRIBUTION_HELP } from '~/lib/deals';
import { closeDealAction } from '~/lib/deals-close.server';
import { formatDate, formatDateTime } from '~/lib/format';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.deal.customerName ?? 'Deal'} · Tierwise` }];

// Partner users never see conflicts: the document does not ask for them
// (DealDetail, ~/lib/fragments, has none).
const PartnerDeal = graphql(`
  query PartnerDeal($id: ID!) {
    program {
      currency
    }
    deal(id: $id) {
      ...DealDetail
    }
  }
`);

const CloseDeal = graphql(`
  mutation PartnerCloseDeal($id: ID!, $won: Boolean!, $amount: SafeInt, $closedAt: DateTime) {
    closeDeal(id: $id, won: $won, amount: $amount, closedAt: $closedAt) {
      id
      status
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePartner(request);
  const result = await query(request, PartnerDeal, { id: params.dealId ?? '' });
  if (!result.deal) throw data({ message: 'There is no such registration.' }, { status: 404 });
  return { deal: result.deal, currency: result.program?.currency ?? 'USD', now: Date.now() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, 'deal:close');
  await requirePartner(request);
  const form = await request.formData();
  const page = await query(request, PartnerDeal, { id: params.dealId ?? '' });
  if (!page.deal) throw data({ message: 'There is no such registration.' }, { status: 404 });
  return closeDealAction(form, {
    currency: page.program?.currency ?? 'USD',
    deal: page.deal,
    close: (variables) => mutate(request, CloseDeal, { id: params.dealId ?? '', ...variables }),
  });
}

export default function PartnerDealPage() {
  const { deal, currency, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();

  return (
    <>
      <PageHeader eyebrow={<Link to="/portal/deals">Deals</Link>} title={deal.customerName} actions={<DealStatusBadge status={deal.status} />}>
        <p className="muted">
          {deal.customerDomain} · {formatMoney(deal.amount, currency)}
        </p>
      </PageHeader>

      {params.get('registered') && !actionData ? (
        <Alert tone="success" title="Deal registered">
          We review it by {formatDateTime(deal.reviewDueAt)}. You will see the decision here.
        </Alert>
      ) : null}
      {actionData?.ok ? <Alert tone="success">{actionData.intent === 'won' ? 'Closed as won. Congratulations!' : 'Closed as lost.'}</Alert> : null}
      {deal.status === 'APPROVED' && deal.protectionEndsAt ? (
        <Alert tone="success" title={`Protected until ${formatDate(deal.protectionEndsAt)}`}>
          No other partner can claim {deal.customerName} until then. Close the deal before protection ends.
        </Alert>
      ) : null}
      {deal.status === 'REJECTED' ? (
        <Alert tone="error" title="Registration rejected">
          {deal.rejectionReason ? `Reason: ${deal.rejectionReason}` : 'No reason was given.'}
        </Alert>
      ) : null}

      <div className="grid grid--2">
        <Card title="Registration" id="registration">
          <dl className="summary-list">
            <div>
              <dt>Status</dt>
              <dd>
                <DealStatusBadge status={deal.status} />
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
                <span className="muted">{ATTRIBUTION_HELP[deal.attribution]}</span>
              </dd>
            </div>
            <div>
              <dt>Expected close</dt>
              <dd>{formatDate(deal.expectedCloseDate)}</dd>
            </div>
            <div>
              <dt>Protection ends</dt>
              <dd data-testid="protection-ends">{deal.protectionEndsAt ? formatDate(deal.protectionEndsAt) : <span className="muted">Set on approval</span>}</dd>
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
            result={actionData && !actionData.ok ? actionData : null}
            today={new Date(now).toISOString().slice(0, 10)}
            registeredOn={deal.createdAt.slice(0, 10)}
          />
        </Card>
      ) : null}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
