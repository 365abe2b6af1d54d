import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { RouteErrorBoundary } from '~/components/errors';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { afterParam, PagedTable } from '~/components/data-table';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { formatDateTime, prettyJson } from '~/lib/format';

export const meta: MetaFunction = () => [{ title: 'Audit log · Tierwise' }];

const PAGE_SIZE = 50;

const AuditLog = graphql(`
  query AuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      edges {
        cursor
        node {
          id
          at
          actor {
            id
            name
            email
          }
          action
          entityType
          entityId
          before
          after
          reason
        }
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'audit:read');
  const result = await query(request, AuditLog, { first: PAGE_SIZE, after: afterParam(request) });
  return { log: result.auditLog };
}

export default function AuditLogPage() {
  const { log } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title="Audit log">
        <p className="muted">Every change of state, newest first. Entries are never changed or deleted. {log.totalCount} in total.</p>
      </PageHeader>
      <Card>
        <PagedTable
          label="Audit entries"
          className="table table--top"
          columns={['When', 'Who', 'Action', 'Entity', 'Reason', 'Changes']}
          count={log.edges.length}
          pageInfo={log.pageInfo}
          empty={<EmptyState title="No entries yet">Changes such as publishing the program or inviting users appear here.</EmptyState>}
        >
          {log.edges.map(({ node }) => (
            <tr key={node.id}>
              <td className="nowrap">{formatDateTime(node.at)}</td>
              <td>
                {node.actor ? (
                  <>
                    {node.actor.name}
                    <span className="cell-sub">{node.actor.email}</span>
                  </>
                ) : (
                  <span className="muted">System</span>
                )}
              </td>
              <td>
                <code>{node.action}</code>
              </td>
              <td>
                {node.entityType}
                <span className="cell-sub mono" title={node.entityId}>
                  {node.entityId.length > 14 ? `${node.entityId.slice(0, 12)}…` : node.entityId}
                </span>
              </td>
              <td>{node.reason ?? <span className="muted">—</span>}</td>
              <td>
                {node.before || node.after ? (
                  <details className="disclosure disclosure--compact">
                    <summary>Before / after</summary>
                    <div className="diff">
                      <div>
                        <p className="diff-label">Before</p>
                        <pre>{prettyJson(node.before) || '—'}</pre>
                      </div>
                      <div>
                        <p className="diff-label">After</p>
                        <pre>{prettyJson(node.after) || '—'}</pre>
                      </div>
                    </div>
                  </details>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </PagedTable>
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
