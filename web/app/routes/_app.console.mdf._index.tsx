import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { formatMoney, MDF_AWAITING_VENDOR, MDF_STATUSES, type MdfStatus } from '@tierwise/shared';
import { TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { SelectField } from '~/components/form';
import { FilteredPagination } from '~/components/deals-badges';
import { MdfStatusBadge } from '~/components/mdf-badges';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { DataTable } from '~/components/data-table';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { formatDate } from '~/lib/format';
import { MDF_STATUS_LABELS_VENDOR } from '~/lib/mdf';
import { MdfFundQuery } from '~/lib/mdf.server';
import '~/styles/routes/mdf.css';

export const meta: MetaFunction = () => [{ title: 'MDF queue · Tierwise' }];

const PAGE_SIZE = 25;

const Queue = graphql(`
  query MdfQueue($first: Int, $after: String, $partnerId: ID, $status: [MdfRequestStatus!]) {
    program {
      currency
    }
    mdfRequests(first: $first, after: $after, partnerId: $partnerId, status: $status) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges {
        node {
          ...MdfRequestFields
          partner {
            id
            name
            tier {
              name
              rank
            }
          }
        }
      }
    }
  }
`);

const PartnerName = graphql(`
  query MdfQueuePartner($id: ID!) {
    partner(id: $id) {
      id
      name
    }
  }
`);

const FILTERS = [
  { value: 'open', label: 'To do: requests to decide and claims to pay', statuses: [...MDF_AWAITING_VENDOR] },
  ...MDF_STATUSES.map((s) => ({ value: s, label: MDF_STATUS_LABELS_VENDOR[s], statuses: [s] as MdfStatus[] })),
  { value: 'all', label: 'All requests', statuses: [] as MdfStatus[] },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'mdf:review');
  const params = new URL(request.url).searchParams;
  const filter = FILTERS.find((f) => f.value === params.get('status')) ?? FILTERS[0];
  const partnerId = params.get('partnerId') || null;
  const [result, partner] = await Promise.all([
    query(request, Queue, {
      first: PAGE_SIZE,
      after: params.get('after') || null,
      partnerId,
      status: filter.statuses.length ? filter.statuses : null,
    }),
    partnerId ? query(request, PartnerName, { id: partnerId }) : Promise.resolve(null),
  ]);
  // Each row shows its partner's fund for the request's quarter.
  const pairs = new Map<string, { partnerId: string; quarter: string }>();
  for (const { node } of result.mdfRequests.edges) pairs.set(`${node.partner.id}|${node.quarter}`, { partnerId: node.partner.id, quarter: node.quarter });
  const funds = await Promise.all([...pairs.entries()].map(async ([key, v]) => [key, (await query(request, MdfFundQuery, v)).mdfFund] as const));
  return {
    currency: result.program?.currency ?? 'USD',
    requests: result.mdfRequests,
    funds: Object.fromEntries(funds),
    filter: filter.value,
    filters: FILTERS.map(({ value, label }) => ({ value, label })),
    partner: partner?.partner ?? null,
  };
}

export default function MdfQueuePage() {
  const { currency, requests, funds, filter, filters, partner } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const money = (v: number | null | undefined) => (v == null ? '—' : formatMoney(v, currency));
  return (
    <>
      <PageHeader
        title={partner ? `MDF: ${partner.name}` : 'MDF queue'}
        eyebrow={partner ? <Link to={`/console/partners/${partner.id}`}>{partner.name}</Link> : undefined}
        actions={
          <a href="/console/mdf/payments.csv" className="button button--secondary" download>
            Export payments (CSV)
          </a>
        }
      >
        <p className="muted">
          Decide on requests, then pay claims against proof of performance. Each row shows the partner&apos;s fund for that quarter.
        </p>
      </PageHeader>

      <Card>
        <Form method="get" className="mdf-filter">
          {partner ? <input type="hidden" name="partnerId" value={partner.id} /> : null}
          <SelectField label="Show" name="status" defaultValue={filter}>
            {filters.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </SelectField>
          <div className="form-actions">
            <button type="submit" className="button button--secondary">
              Filter
            </button>
            {partner ? (
              <Link to={`?${new URLSearchParams({ status: filter })}`} className="button button--ghost">
                All partners
              </Link>
            ) : null}
          </div>
        </Form>

        {requests.edges.length ? (
          <DataTable label="MDF requests" className="table table--top mdf-queue" testId="mdf-queue" columns={['Partner', 'Activity', { label: 'Amount', className: 'tiers-num' }, 'Status', 'Fund of the quarter']}>
            {requests.edges.map(({ node }) => {
              const fund = funds[`${node.partner.id}|${node.quarter}`];
              const amount = node.status === 'CLAIMED' ? node.claimedAmount : node.status === 'PAID' ? node.paidAmount : (node.approvedAmount ?? node.requestedAmount);
              return (
                <tr key={node.id} data-request={node.activity}>
                  <td>
                    <Link to={`/console/partners/${node.partner.id}`}>{node.partner.name}</Link>
                    <span className="cell-sub">
                      <TierBadge name={node.partner.tier.name} rank={node.partner.tier.rank} />
                    </span>
                  </td>
                  <td>
                    <Link to={`/console/mdf/${node.id}`} className="row-link">
                      {node.activity}
                    </Link>
                    <span className="cell-sub">
                      {node.quarter} · {node.status === 'CLAIMED' ? `claimed ${formatDate(node.claimedAt)}` : `requested ${formatDate(node.createdAt)}`}
                    </span>
                  </td>
                  <td className="tiers-num">
                    {money(amount)}
                    <span className="cell-sub">{node.status === 'CLAIMED' ? `of ${money(node.approvedAmount)} approved` : node.status === 'SUBMITTED' ? 'requested' : ''}</span>
                  </td>
                  <td>
                    <MdfStatusBadge status={node.status} audience="vendor" />
                  </td>
                  <td>
                    {fund ? (
                      <span className="mdf-fund-mini" data-testid="row-fund">
                        <span>
                          <strong>{money(fund.available)}</strong> available
                        </span>
                        <span className="cell-sub">
                          of {money(fund.allocated)} · {money(fund.committed)} committed · {money(fund.paid)} paid
                        </span>
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        ) : (
          <EmptyState title="Nothing here">{filter === 'open' ? 'No request waits for a decision and no claim waits for payment.' : 'No request matches.'}</EmptyState>
        )}
        <FilteredPagination hasNextPage={requests.pageInfo.hasNextPage} endCursor={requests.pageInfo.endCursor ?? null} params={params} />
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
