import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { CertificationBadge, DoneBadge } from '~/components/enablement-badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { pathProgress } from '~/lib/enablement';
import { enroll } from '~/lib/enablement.server';
import { messageForError } from '~/lib/errors';
import { formatDate } from '~/lib/format';
import '~/styles/routes/certifications.css';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.path.name ?? 'Certification'} · Tierwise` }];

const PortalPath = graphql(`
  query PortalPath {
    certificationPaths {
      ...CertificationPathSummary
      modules {
        questions {
          id
        }
      }
    }
    myCertifications {
      ...MyCertificationFields
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePartner(request);
  const result = await query(request, PortalPath);
  const path = result.certificationPaths.find((p) => p.id === params.pathId);
  if (!path) throw data({ message: 'There is no such certification path, or it is not open to your track.' }, { status: 404 });
  const cert = result.myCertifications.find((c) => c.path.id === path.id) ?? null;
  return { path, cert };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, 'certification:take');
  const pathId = params.pathId ?? '';
  const result = await enroll(request, pathId);
  if (!result.ok) return data({ error: messageForError(result.error) }, { status: 400 });
  return redirect(`/portal/certifications/${encodeURIComponent(pathId)}?enrolled=1`);
}

export default function PortalPathPage() {
  const { path, cert } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const progress = pathProgress(path, cert);
  const done = new Set(cert?.completedModuleIds ?? []);
  const enrolled = cert && cert.status !== 'EXPIRED';

  return (
    <>
      <PageHeader eyebrow={<Link to="/portal/certifications">Certifications</Link>} title={path.name} actions={<CertificationBadge status={progress.status} />}>
        <p className="muted">
          {progress.done} of {progress.total} modules done · exams pass at {path.passingScore}% · valid {path.validityDays} days once certified
        </p>
      </PageHeader>
      {actionData?.error ? <Alert tone="error">{actionData.error}</Alert> : null}
      {params.get('enrolled') && cert?.status === 'IN_PROGRESS' && progress.done === 0 ? (
        <Alert tone="success">You are enrolled. Start with the first module below.</Alert>
      ) : null}
      {cert?.status === 'CERTIFIED' ? (
        <Alert tone="success" title="Certified">
          Since {formatDate(cert.certifiedAt)}; valid until {formatDate(cert.expiresAt)}.
        </Alert>
      ) : cert?.status === 'EXPIRED' ? (
        <Alert tone="warning" title="Your certification expired">
          It expired on {formatDate(cert.expiresAt)} and no longer counts. Renew it to take the modules again.
        </Alert>
      ) : null}
      {!enrolled ? (
        <Card>
          <p>Enroll to start. Work through the modules in any order; you are certified once every module is done.</p>
          <Form method="post" className="form-actions">
            <button type="submit" className="button button--primary" disabled={navigation.state === 'submitting'}>
              {navigation.state === 'submitting' ? 'Enrolling…' : cert ? 'Renew certification' : 'Enroll'}
            </button>
          </Form>
        </Card>
      ) : null}
      <Card title="Modules" id="modules">
        <ol className="module-list" data-testid="module-list">
          {path.modules.map((m, i) => {
            const isDone = Boolean(enrolled) && done.has(m.id);
            return (
              <li key={m.id} className={isDone ? 'is-done' : 'is-todo'}>
                <span className="module-number" aria-hidden="true">
                  {isDone ? '✓' : i + 1}
                </span>
                <div className="module-text">
                  {enrolled ? (
                    <Link to={`/portal/certifications/${path.id}/modules/${m.id}`} className="row-link">
                      {m.title}
                    </Link>
                  ) : (
                    <span className="text-strong">{m.title}</span>
                  )}
                  <span className="cell-sub">
                    {m.kind === 'EXAM' ? `Exam · ${m.questions.length} ${m.questions.length === 1 ? 'question' : 'questions'}` : 'Course'}
                  </span>
                </div>
                <DoneBadge done={isDone} />
              </li>
            );
          })}
        </ol>
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
