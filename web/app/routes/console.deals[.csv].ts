import type { LoaderFunctionArgs } from '@remix-run/node';
import { toCsv } from '@tierwise/shared';
import { graphql } from '~/gql';
import type { DealsCsvPageQuery } from '~/gql/graphql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { statusesFromParams } from '~/lib/deals';
import { minorToInput } from '~/lib/money';

/** GET /console/deals.csv[?status=SUBMITTED]: every registration (of that status) as CSV. */
const DealsCsvPage = graphql(`
  query DealsCsvPage($first: Int, $after: String, $filter: DealFilter) {
    program {
      currency
    }
    deals(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {
      pageInfo { ...PageInfoFields }
      edges {
        node {
          ...DealSummary
          rejectionReason
          partner {
            id
            name
          }
          submittedBy {
            email
          }
        }
      }
    }
  }
`);

const PAGE = 100;
const MAX_PAGES = 500; // 50,000 rows

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'deal:review');
  const statuses = statusesFromParams(new URL(request.url).searchParams);
  const filter = statuses.length ? { status: statuses } : null;
  const nodes: DealsCsvPageQuery['deals']['edges'][number]['node'][] = [];
  let currency = 'USD';
  let after: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: DealsCsvPageQuery = await query(request, DealsCsvPage, { first: PAGE, after, filter });
    currency = page.program?.currency ?? currency;
    nodes.push(...page.deals.edges.map((e) => e.node));
    if (!page.deals.pageInfo.hasNextPage || !page.deals.pageInfo.endCursor) break;
    after = page.deals.pageInfo.endCursor;
  }
  const csv = toCsv(
    [
      'id',
      'status',
      'customer_name',
      'customer_domain',
      'partner',
      'partner_id',
      'amount',
      'currency',
      'attribution',
      'expected_close_date',
      'registered_at',
      'review_due_at',
      'decided_at',
      'protection_ends_at',
      'rejection_reason',
      'submitted_by',
    ],
    nodes.map((d) => [
      d.id,
      d.status,
      d.customerName,
      d.customerDomain,
      d.partner.name,
      d.partner.id,
      minorToInput(d.amount, currency),
      currency,
      d.attribution,
      d.expectedCloseDate.slice(0, 10),
      d.createdAt,
      d.reviewDueAt,
      d.decidedAt,
      d.protectionEndsAt,
      d.rejectionReason,
      d.submittedBy.email,
    ]),
  );
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="registrations-${statuses.length ? `${statuses.join('-').toLowerCase()}-` : ''}${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
