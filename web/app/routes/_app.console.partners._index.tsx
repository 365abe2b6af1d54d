import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { can } from '@tierwise/shared';
import { StatusBadge, TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Card, EmptyState, PageHeader, Pagination } from '~/components/page';
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
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          domain
          status
          track {
            key
            name
          }
          tier {
            key
            name
            rank
          }
          manager {
            id
            name
          }
          tierOverride {
            at
            reason
            pinnedUntil
          }
        }
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'partner:read-all');
  const after = new URL(request.url).searchParams.get('after') || null;
  const result = await query(request, Partners, { first: PAGE_SIZE, after });
  return { partners: result.partners, canCreate: can(user.role, 'partner:create') };
}

export default function PartnersPage() {
  const { partners, canCreate } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader
        title="Partners"
        actions={
          canCreate ? (
            <Link to="/console/partners/new" className="button button--primary">
              New partner
            </Link>
          ) : null
        }
      >
        <p className="muted">
          {partners.totalCount} {partners.totalCount === 1 ? 'partner' : 'partners'}
        </p>
      </PageHeader>
      <Card>
        {partners.edges.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Partners table">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Track</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Status</th>
                  <th scope="col">Manager</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState title="No partners yet">
            {canCreate ? (
              <p>
                <Link to="/console/partners/new">Create your first partner</Link> and invite its admin.
              </p>
            ) : (
              <p>Partners created by your team will show here.</p>
            )}
          </EmptyState>
        )}
        <Pagination hasNextPage={partners.pageInfo.hasNextPage} endCursor={partners.pageInfo.endCursor ?? null} paged={params.has('after')} />
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
