import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { formatMoney } from '@tierwise/shared';
import { DealStatusBadge } from '~/components/deals-badges';
import { DealRegistration, Fact } from '~/components/deals-registration';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
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
  return closeDealAction(request, form, { currency: page.program?.currency ?? 'USD', deal: page.deal });
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

      <DealRegistration
        deal={deal}
        currency={currency}
        now={now}
        closeResult={actionData && !actionData.ok ? actionData : null}
        attributionHelp
        leadingFacts={
          <Fact term="Status">
            <DealStatusBadge status={deal.status} />
          </Fact>
        }
        trailingFacts={
          <Fact term="Protection ends" testId="protection-ends">
            {deal.protectionEndsAt ? formatDate(deal.protectionEndsAt) : <span className="muted">Set on approval</span>}
          </Fact>
        }
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
