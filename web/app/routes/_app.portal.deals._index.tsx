import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { DEAL_STATUSES, formatMoney } from '@tierwise/shared';
import { RouteErrorBoundary } from '~/components/errors';
import { AttributionTag, Countdown, DealStatusBadge, FilteredPagination } from '~/components/deals-badges';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { DataTable } from '~/components/data-table';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { DEAL_STATUS_LABELS, statusesFromParams } from '~/lib/deals';
import { formatDate } from '~/lib/format';
import '~/styles/routes/deals.css';

export const meta: MetaFunction = () => [{ title: 'Deals · Tierwise' }];

const PAGE_SIZE = 20;

const PartnerDeals = graphql(`
  query PartnerDeals($first: Int, $after: String, $filter: DealFilter) {
    program {
      currency
    }
    deals(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges {
        node {
          ...DealSummary
          submittedBy {
            name
          }
        }
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'deal:register');
  const params = new URL(request.url).searchParams;
  const statuses = statusesFromParams(params);
  const after = params.get('after') || null;
  const result = await query(request, PartnerDeals, {
    first: PAGE_SIZE,
    after,
    filter: statuses.length ? { status: statuses } : null,
  });
  return {
    deals: result.deals,
    currency: result.program?.currency ?? 'USD',
    statuses,
    search: params.toString(),
    now: Date.now(),
  };
}

export default function PartnerDealsPage() {
  const { deals, currency, statuses, search, now } = useLoaderData<typeof loader>();
  const params = new URLSearchParams(search);
  const filtered = statuses.length > 0;
  return (
    <>
      <PageHeader
        title="Deals"
        actions={
          <Link to="/portal/deals/new" className="button button--primary">
            Register a deal
          </Link>
        }
      >
        <p className="muted">
          {deals.totalCount} {deals.totalCount === 1 ? 'registration' : 'registrations'}
          {filtered ? ` with status ${statuses.map((s) => DEAL_STATUS_LABELS[s]).join(', ')}` : ''}
        </p>
      </PageHeader>

      <Card>
        <Form method="get" className="deal-filters" aria-label="Filter registrations">
          <fieldset className="de-checkbox-row">
            <legend>Status</legend>
            {DEAL_STATUSES.map((s) => (
              <label key={s} className="de-check-pill">
                <input type="checkbox" name="status" value={s} defaultChecked={statuses.includes(s)} />
                {DEAL_STATUS_LABELS[s]}
              </label>
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button button--secondary button--small">
              Apply filter
            </button>
            {filtered ? (
              <Link to="/portal/deals" className="button button--ghost button--small">
                Show all
              </Link>
            ) : null}
          </div>
        </Form>

        {deals.edges.length ? (
          <DataTable label="Deal registrations" className="table" testId="deals-table" columns={['Customer', 'Status', 'Protection', { label: 'Amount', className: 'de-num' }, 'Expected close', 'Registered']}>
            {deals.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link to={`/portal/deals/${node.id}`} className="row-link">
                    {node.customerName}
                  </Link>
                  <span className="cell-sub">{node.customerDomain}</span>
                </td>
                <td>
                  <DealStatusBadge status={node.status} />
                </td>
                <td>
                  {node.status === 'APPROVED' && node.protectionEndsAt ? (
                    <>
                      <span className="nowrap">Until {formatDate(node.protectionEndsAt)}</span>
                      <span className="cell-sub">
                        <Countdown at={node.protectionEndsAt} now={now} />
                      </span>
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="de-num">
                  {formatMoney(node.amount, currency)}
                  <span className="cell-sub">
                    <AttributionTag attribution={node.attribution} />
                  </span>
                </td>
                <td className="nowrap">{formatDate(node.expectedCloseDate)}</td>
                <td className="nowrap">
                  {formatDate(node.createdAt)}
                  <span className="cell-sub">by {node.submittedBy.name}</span>
                </td>
              </tr>
            ))}
          </DataTable>
        ) : filtered ? (
          <EmptyState title="No registrations with this status">
            <p>
              <Link to="/portal/deals">Show all registrations</Link>
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="No deals registered yet">
            <p>
              Register an opportunity to protect it: once approved, no other partner can claim the customer during the protection period.
            </p>
            <p>
              <Link to="/portal/deals/new">Register your first deal</Link>
            </p>
          </EmptyState>
        )}
        <FilteredPagination hasNextPage={deals.pageInfo.hasNextPage} endCursor={deals.pageInfo.endCursor ?? null} params={params} />
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
