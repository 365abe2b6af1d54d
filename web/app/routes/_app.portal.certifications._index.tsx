import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { CertificationBadge } from '~/components/enablement-badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { EmptyState, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { daysUntil, pathProgress } from '~/lib/enablement';
import { enroll } from '~/lib/enablement.server';
import { messageForError } from '~/lib/errors';
import { formatDate } from '~/lib/format';
import '~/styles/routes/certifications.css';

export const meta: MetaFunction = () => [{ title: 'Certifications · Tierwise' }];

const PortalCertifications = graphql(`
  query PortalCertifications {
    certificationPaths {
      ...CertificationPathSummary
    }
    myCertifications {
      ...MyCertificationFields
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePartner(request);
  const result = await query(request, PortalCertifications);
  return { paths: result.certificationPaths, certifications: result.myCertifications, now: Date.now() };
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'certification:take');
  const form = await request.formData();
  const pathId = String(form.get('pathId') ?? '');
  if (!pathId) return data({ error: 'Choose a path.' }, { status: 400 });
  const result = await enroll(request, pathId);
  if (!result.ok) return data({ error: messageForError(result.error) }, { status: 400 });
  return redirect(`/portal/certifications/${encodeURIComponent(pathId)}?enrolled=1`);
}

export default function PortalCertificationsPage() {
  const { paths, certifications, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const byPath = new Map(certifications.map((c) => [c.path.id, c]));
  const certified = certifications.filter((c) => c.status === 'CERTIFIED').length;

  return (
    <>
      <PageHeader title="Certifications">
        <p className="muted">
          Certified people count toward your tier. {paths.length ? `${certified} of ${paths.length} ${paths.length === 1 ? 'path' : 'paths'} certified.` : ''}
        </p>
      </PageHeader>
      {actionData?.error ? <Alert tone="error">{actionData.error}</Alert> : null}
      {paths.length ? (
        <ul className="path-grid" data-testid="certification-paths">
          {paths.map((path) => {
            const cert = byPath.get(path.id);
            const progress = pathProgress(path, cert);
            const busy = navigation.state === 'submitting' && navigation.formData?.get('pathId') === path.id;
            const expiresIn = cert?.status === 'CERTIFIED' ? daysUntil(cert.expiresAt, now) : null;
            const exams = path.modules.filter((m) => m.kind === 'EXAM').length;
            return (
              <li key={path.id} className="card path-card">
                <div className="path-card-head">
                  <h2>
                    <Link to={`/portal/certifications/${path.id}`}>{path.name}</Link>
                  </h2>
                  <CertificationBadge status={progress.status} />
                </div>
                <p className="fine-print">
                  {path.modules.length} {path.modules.length === 1 ? 'module' : 'modules'}
                  {exams ? ` · ${exams} ${exams === 1 ? 'exam' : 'exams'}, pass at ${path.passingScore}%` : ''} · valid {path.validityDays} days
                </p>
                <div>
                  <div className="progress-head">
                    <span id={`path-${path.id}-progress`}>Progress</span>
                    <span className="progress-numbers">
                      {progress.done} of {progress.total} done
                    </span>
                  </div>
                  <progress
                    className="meter"
                    max={Math.max(progress.total, 1)}
                    value={progress.done}
                    aria-labelledby={`path-${path.id}-progress`}
                  >
                    {progress.done} of {progress.total}
                  </progress>
                </div>
                {cert?.certifiedAt ? (
                  <p className={`fine-print${expiresIn !== null && expiresIn <= 30 ? ' de-warning-text' : ''}`}>
                    Certified {formatDate(cert.certifiedAt)}
                    {cert.expiresAt ? ` · ${cert.status === 'EXPIRED' ? 'expired' : 'expires'} ${formatDate(cert.expiresAt)}` : ''}
                    {expiresIn !== null && expiresIn <= 30 ? ` (in ${expiresIn} ${expiresIn === 1 ? 'day' : 'days'})` : ''}
                  </p>
                ) : null}
                <div className="form-actions">
                  {!cert || cert.status === 'EXPIRED' ? (
                    <Form method="post">
                      <input type="hidden" name="pathId" value={path.id} />
                      <button type="submit" className="button button--primary button--small" disabled={busy}>
                        {busy ? 'Enrolling…' : cert ? 'Renew certification' : 'Enroll'}
                      </button>
                    </Form>
                  ) : progress.status === 'IN_PROGRESS' && progress.nextModuleId ? (
                    <Link to={`/portal/certifications/${path.id}/modules/${progress.nextModuleId}`} className="button button--primary button--small">
                      Continue
                    </Link>
                  ) : null}
                  <Link to={`/portal/certifications/${path.id}`} className="button button--secondary button--small">
                    View modules
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState title="No certification paths yet">The vendor has not opened any certification path to your track yet.</EmptyState>
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
