import type { LoaderFunctionArgs } from '@remix-run/node';
import { graphql } from '~/gql';
import type { MdfPaymentsQuery } from '~/gql/graphql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { mdfPaymentsCsv, type PaidRequestRow } from '~/lib/mdf';

const Payments = graphql(`
  query MdfPayments($first: Int, $after: String) {
    program {
      currency
    }
    mdfRequests(first: $first, after: $after, status: [PAID]) {
      pageInfo { ...PageInfoFields }
      edges {
        node {
          quarter
          activity
          approvedAmount
          paidAmount
          paidAt
          partner {
            name
          }
        }
      }
    }
  }
`);

const PAGE = 100;
const MAX_PAGES = 100;

/** /console/mdf/payments.csv: every paid MDF request (partner, quarter, activity, approved, paid, paidAt). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'mdf:review');
  const rows: PaidRequestRow[] = [];
  let after: string | null = null;
  let currency = 'USD';
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: MdfPaymentsQuery = await query(request, Payments, { first: PAGE, after });
    currency = result.program?.currency ?? currency;
    rows.push(...result.mdfRequests.edges.map((e) => e.node));
    if (!result.mdfRequests.pageInfo.hasNextPage || !result.mdfRequests.pageInfo.endCursor) break;
    after = result.mdfRequests.pageInfo.endCursor;
  }
  rows.sort((a, b) => (b.paidAt ?? '').localeCompare(a.paidAt ?? ''));
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(mdfPaymentsCsv(rows, currency), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tierwise-mdf-payments-${stamp}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
