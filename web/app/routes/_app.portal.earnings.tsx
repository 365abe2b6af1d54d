import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatMoney } from '@tierwise/shared';
import { AttributionTag } from '~/components/deals-badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { DataTable } from '~/components/data-table';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePartner } from '~/lib/auth.server';
import { formatDate, INCENTIVE_LABELS } from '~/lib/format';

export const meta: MetaFunction = () => [{ title: 'Earnings · Tierwise' }];

const Earnings = graphql(`
  query PartnerEarnings {
    program {
      currency
    }
    myPartner {
      id
      name
      track {
        incentiveModel
      }
    }
    earnings {
      amount
      model
      tier {
        key
        name
      }
      deal {
        ...DealSummary
        wonAmount
        closedAt
      }
    }
  }
`);

const MODEL_EXPLANATION = {
  RESALE_MARGIN: 'You earn your tier’s resale margin on the won amount.',
  REFERRAL_FEE: 'You earn your tier’s referral fee for every won deal you sourced.',
  CO_SELL_CREDIT: 'You earn your tier’s co-sell credit on the won amount.',
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePartner(request);
  const result = await query(request, Earnings);
  return {
    earnings: result.earnings,
    partnerName: result.myPartner?.name ?? '',
    model: result.myPartner?.track.incentiveModel ?? null,
    currency: result.program?.currency ?? 'USD',
  };
}

export default function EarningsPage() {
  const { earnings, partnerName, model, currency } = useLoaderData<typeof loader>();
  const total = earnings.reduce((sum, e) => sum + e.amount, 0);
  return (
    <>
      <PageHeader eyebrow={partnerName} title="Earnings">
        {model ? <p className="muted">{MODEL_EXPLANATION[model]}</p> : null}
      </PageHeader>

      <div className="de-stat-row">
        <div className="de-stat">
          <p className="de-stat-label">Total earned</p>
          <p className="de-stat-value" data-testid="earnings-total">
            {formatMoney(total, currency)}
          </p>
        </div>
        <div className="de-stat">
          <p className="de-stat-label">Won deals</p>
          <p className="de-stat-value">{earnings.length}</p>
        </div>
      </div>

      <Card title="Won deals">
        {earnings.length ? (
          <DataTable
            label="Earnings per won deal"
            className="table"
            testId="earnings-table"
            columns={['Customer', { label: 'Earned', className: 'de-num' }, 'Tier at close', 'Model', { label: 'Won amount', className: 'de-num' }]}
            footer={
              <tr>
                <th scope="row">Total</th>
                <td className="de-num text-strong">{formatMoney(total, currency)}</td>
                <td colSpan={3} />
              </tr>
            }
          >
            {earnings.map((e) => (
              <tr key={e.deal.id}>
                <td>
                  <Link to={`/portal/deals/${e.deal.id}`} className="row-link">
                    {e.deal.customerName}
                  </Link>
                  <span className="cell-sub">
                    {e.deal.customerDomain} · <AttributionTag attribution={e.deal.attribution} /> · won {formatDate(e.deal.closedAt ?? e.deal.expectedCloseDate)}
                  </span>
                </td>
                <td className="de-num text-strong">{formatMoney(e.amount, currency)}</td>
                <td>{e.tier.name}</td>
                <td>{INCENTIVE_LABELS[e.model]}</td>
                <td className="de-num">{formatMoney(e.deal.wonAmount ?? e.deal.amount, currency)}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <EmptyState title="No earnings yet">
            <p>
              When an approved registration is closed as won, what it earns you shows here. <Link to="/portal/deals">See your deals</Link>
            </p>
          </EmptyState>
        )}
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
