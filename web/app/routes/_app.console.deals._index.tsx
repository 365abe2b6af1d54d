import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatMoney, type DealStatus } from '@tierwise/shared';
import { AttributionTag, Countdown, DealStatusBadge, FilteredPagination } from '~/components/deals-badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { DataTable } from '~/components/data-table';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { countdown, DEAL_STATUS_LABELS, isDealStatus } from '~/lib/deals';
import { formatDate, formatDateTime } from '~/lib/format';
import '~/styles/routes/deals.css';

export const meta: MetaFunction = () => [{ title: 'Registrations · Tierwise' }];

const PAGE_SIZE = 25;

const ReviewQueue = graphql(`
  query ReviewQueue($first: Int, $after: String, $filter: DealFilter, $orderBy: DealOrder) {
    program {
      currency
      dealReviewSlaHours
    }
    deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges {
        node {
          ...DealSummary
          partner {
            id
            name
          }
        }
      }
    }
  }
`);

/** The tabs: the queue (SUBMITTED, earliest due first), one per other status, and everything. */
const TABS: { view: string; label: string; status: DealStatus | null }[] = [
  { view: 'queue', label: 'To review', status: 'SUBMITTED' },
  { view: 'APPROVED', label: DEAL_STATUS_LABELS.APPROVED, status: 'APPROVED' },
  { view: 'WON', label: DEAL_STATUS_LABELS.WON, status: 'WON' },
  { view: 'LOST', label: DEAL_STATUS_LABELS.LOST, status: 'LOST' },
  { view: 'REJECTED', label: DEAL_STATUS_LABELS.REJECTED, status: 'REJECTED' },
  { view: 'EXPIRED', label: DEAL_STATUS_LABELS.EXPIRED, status: 'EXPIRED' },
  { view: 'all', label: 'All', status: null },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'deal:review');
  const params = new URL(request.url).searchParams;
  const rawView = params.get('view') ?? 'queue';
  const view = rawView === 'all' || rawView === 'queue' || isDealStatus(rawView) ? rawView : 'queue';
  const status = view === 'queue' ? 'SUBMITTED' : view === 'all' ? null : (view as DealStatus);
  const result = await query(request, ReviewQueue, {
    first: PAGE_SIZE,
    after: params.get('after') || null,
    filter: status ? { status: [status] } : null,
    orderBy: view === 'queue' ? 'REVIEW_DUE' : 'NEWEST',
  });
  return {
    view,
    status,
    deals: result.deals,
    currency: result.program?.currency ?? 'USD',
    slaHours: result.program?.dealReviewSlaHours ?? null,
    search: params.toString(),
    now: Date.now(),
  };
}

export default function ReviewQueuePage() {
  const { view, status, deals, currency, slaHours, search, now } = useLoaderData<typeof loader>();
  const params = new URLSearchParams(search);
  const isQueue = view === 'queue';
  const overdue = isQueue ? deals.edges.filter(({ node }) => countdown(node.reviewDueAt, now)?.overdue).length : 0;
  const csvHref = `/console/deals.csv${status ? `?status=${status}` : ''}`;

  return (
    <>
      <PageHeader
        title="Registrations"
        actions={
          <a href={csvHref} className="button button--secondary" download>
            Export CSV
          </a>
        }
      >
        <p className="muted">
          {isQueue
            ? `${deals.totalCount} waiting for a decision${slaHours ? `; decide within ${slaHours} hours of registration` : ''}.`
            : `${deals.totalCount} ${deals.totalCount === 1 ? 'registration' : 'registrations'}.`}
        </p>
      </PageHeader>

      <nav className="de-tabs" aria-label="Registration status">
        {TABS.map((t) => (
          <Link key={t.view} to={t.view === 'queue' ? '/console/deals' : `/console/deals?view=${t.view}`} className="de-tab" aria-current={t.view === view ? 'page' : undefined}>
            {t.label}
          </Link>
        ))}
      </nav>

      {isQueue && overdue > 0 ? (
        <p className="de-overdue-note" role="status">
          {overdue} {overdue === 1 ? 'registration is' : 'registrations are'} past the review deadline.
        </p>
      ) : null}

      <Card>
        {deals.edges.length ? (
          <DataTable label="Registrations" className="table" testId="review-queue" columns={['Customer', isQueue ? 'Review due' : 'Status', 'Partner', { label: 'Amount', className: 'de-num' }, 'Registered']}>
            {deals.edges.map(({ node }) => {
              const late = node.status === 'SUBMITTED' && countdown(node.reviewDueAt, now)?.overdue;
              return (
                <tr key={node.id} className={late ? 'de-row--overdue' : undefined}>
                  <td>
                    <Link to={`/console/deals/${node.id}`} className="row-link">
                      {node.customerName}
                    </Link>
                    <span className="cell-sub">{node.customerDomain}</span>
                  </td>
                  <td>
                    {node.status === 'SUBMITTED' ? (
                      <>
                        <Countdown at={node.reviewDueAt} now={now} />
                        <span className="cell-sub">{formatDateTime(node.reviewDueAt)}</span>
                        {!isQueue ? <DealStatusBadge status={node.status} small /> : null}
                      </>
                    ) : (
                      <>
                        <DealStatusBadge status={node.status} />
                        {node.decidedAt ? <span className="cell-sub">decided {formatDate(node.decidedAt)}</span> : null}
                        {node.status === 'APPROVED' && node.protectionEndsAt ? (
                          <span className="cell-sub">protected until {formatDate(node.protectionEndsAt)}</span>
                        ) : null}
                      </>
                    )}
                  </td>
                  <td>{node.partner.name}</td>
                  <td className="de-num">
                    {formatMoney(node.amount, currency)}
                    <span className="cell-sub">
                      <AttributionTag attribution={node.attribution} />
                    </span>
                  </td>
                  <td className="nowrap">{formatDate(node.createdAt)}</td>
                </tr>
              );
            })}
          </DataTable>
        ) : (
          <EmptyState title={isQueue ? 'Nothing to review' : 'No registrations here'}>
            {isQueue ? <p>Every registration has a decision. New ones appear here, the most urgent first.</p> : null}
          </EmptyState>
        )}
        <FilteredPagination hasNextPage={deals.pageInfo.hasNextPage} endCursor={deals.pageInfo.endCursor ?? null} params={params} />
      </Card>
      <p className="fine-print">
        Registrations of other partners or direct accounts for the same customer are shown on each registration’s page.{' '}
        <Link to="/console/direct-accounts">Direct accounts</Link>
      </p>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
