import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { can } from '@tierwise/shared';
import { RouteErrorBoundary } from '~/components/errors';
import { DataTable, NewButton } from '~/components/data-table';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { METRIC_LABELS } from '~/lib/format';

export const meta: MetaFunction = () => [{ title: 'Certifications · Tierwise' }];

const ConsolePaths = graphql(`
  query ConsoleCertificationPaths {
    program {
      tracks {
        key
        name
      }
    }
    certificationPaths {
      ...CertificationPathSummary
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'program:read-draft');
  const result = await query(request, ConsolePaths);
  return {
    paths: result.certificationPaths,
    tracks: result.program?.tracks ?? [],
    canEdit: can(user.role, 'certification:edit'),
  };
}

export default function ConsoleCertificationsPage() {
  const { paths, tracks, canEdit } = useLoaderData<typeof loader>();
  const trackName = new Map(tracks.map((t) => [t.key, t.name]));
  const uncovered = tracks.filter((t) => !paths.some((p) => !p.trackKey || p.trackKey === t.key));
  return (
    <>
      <PageHeader
        title="Certifications"
        actions={
          <NewButton to="/console/certifications/new" show={canEdit}>
            New path
          </NewButton>
        }
      >
        <p className="muted">
          Paths of courses and exams. A person is certified once every module of a path is done; certified people count toward the
          “{METRIC_LABELS.CERTIFIED_REPS}” tier criterion until the certification expires.
        </p>
      </PageHeader>
      {uncovered.length && tracks.length ? (
        <p className="fine-print de-warning-text">
          No path is open to {uncovered.map((t) => t.name).join(', ')}: tiers that require certified reps cannot be reached there.
        </p>
      ) : null}
      <Card>
        <DataTable
          label="Certification paths"
          testId="paths-table"
          columns={['Path', 'Open to', 'Modules', 'Passing score', 'Valid for']}
          count={paths.length}
          empty={
            <EmptyState title="No certification paths yet">
              {canEdit ? (
                <p>
                  <Link to="/console/certifications/new">Create the first path</Link>: a few course modules and an exam.
                </p>
              ) : (
                <p>A vendor admin creates certification paths.</p>
              )}
            </EmptyState>
          }
        >
          {paths.map((p) => {
            const exams = p.modules.filter((m) => m.kind === 'EXAM').length;
            return (
              <tr key={p.id}>
                <td>
                  <Link to={`/console/certifications/${p.id}`} className="row-link">
                    {p.name}
                  </Link>
                  <span className="cell-sub">
                    <code>{p.key}</code>
                  </span>
                </td>
                <td>{p.trackKey ? (trackName.get(p.trackKey) ?? p.trackKey) : 'All tracks'}</td>
                <td>
                  {p.modules.length - exams} {p.modules.length - exams === 1 ? 'course' : 'courses'}, {exams} {exams === 1 ? 'exam' : 'exams'}
                </td>
                <td>{p.passingScore}%</td>
                <td className="nowrap">{p.validityDays} days</td>
              </tr>
            );
          })}
        </DataTable>
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
