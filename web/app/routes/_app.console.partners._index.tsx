import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { can } from '@tierwise/shared';
import { StatusBadge, TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { afterParam, NewButton, PagedTable } from '~/components/data-table';
import { OverrideBadge } from '~/components/tiers-progress';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import '~/styles/routes/partners.css';

export const meta: MetaFunction = () => [{ title: 'Partners · Tierwise' }];

const PAGE_SIZE = 20;

const Partners = graphql(`
  query Partners($first: Int, $after: String) {
    partners(first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges {
        cursor
        node {
          ...PartnerCard
        }
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'partner:read-all');
  const result = await query(request, Partners, { first: PAGE_SIZE, after: afterParam(request) });
  return { partners: result.partners, canCreate: can(user.role, 'partner:create') };
}

export default function PartnersPage() {
  const { partners, canCreate } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Partners"
        actions={
          <NewButton to="/console/partners/new" show={canCreate}>
            New partner
          </NewButton>
        }
      >
        <p className="muted">
          {partners.totalCount} {partners.totalCount === 1 ? 'partner' : 'partners'}
        </p>
      </PageHeader>
      <Card>
        <PagedTable
          label="Partners table"
          columns={['Name', 'Track', 'Tier', 'Status', 'Manager']}
          count={partners.edges.length}
          pageInfo={partners.pageInfo}
          empty={
            <EmptyState title="No partners yet">
              {canCreate ? (
                <p>
                  <Link to="/console/partners/new">Create your first partner</Link> and invite its admin.
                </p>
              ) : (
                <p>Partners created by your team will show here.</p>
              )}
            </EmptyState>
          }
        >
          {partners.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <Link to={`/console/partners/${node.id}`} className="row-link">
                  {node.name}
                </Link>
                {node.domain ? <span className="cell-sub">{node.domain}</span> : null}
              </td>
              <td>{node.track.name}</td>
              <td>
                <span className="tiers-cell">
                  <TierBadge name={node.tier.name} rank={node.tier.rank} />
                  {node.tierOverride ? <OverrideBadge title={`Set by hand: ${node.tierOverride.reason}`} /> : null}
                </span>
              </td>
              <td>
                <StatusBadge status={node.status} />
              </td>
              <td>{node.manager?.name ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </PagedTable>
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
