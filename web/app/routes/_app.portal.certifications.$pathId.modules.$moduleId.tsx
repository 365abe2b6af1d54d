import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { renderMarkdown } from '@tierwise/shared';
import { alignmentAsClasses } from '~/lib/markdown-html';
import { DoneBadge } from '~/components/enablement-badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { ExamForm, type ExamActionData } from '~/components/certification-exam-form';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { parseExamAnswers } from '~/lib/certification-path';
import { enroll } from '~/lib/enablement.server';
import { messageForError } from '~/lib/errors';
import { intentOf, type Intents } from '~/lib/intents';
import { formatDate } from '~/lib/format';
import '~/styles/routes/certifications.css';
import '~/styles/markdown.css';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.module.title ?? 'Module'} · Tierwise` }];

const PortalModule = graphql(`
  query PortalModule {
    certificationPaths {
      ...CertificationPathSummary
      modules {
        content
        questions {
          id
          prompt
          choices
        }
      }
    }
    myCertifications {
      ...MyCertificationFields
    }
  }
`);

const CompleteModule = graphql(`
  mutation CompleteModule($certificationId: ID!, $moduleId: ID!) {
    completeModule(certificationId: $certificationId, moduleId: $moduleId) {
      id
      status
    }
  }
`);

const SubmitExam = graphql(`
  mutation SubmitExam($certificationId: ID!, $moduleId: ID!, $answers: [Int!]!) {
    submitExam(certificationId: $certificationId, moduleId: $moduleId, answers: $answers) {
      score
      passed
      certification {
        id
        status
        certifiedAt
        expiresAt
      }
    }
  }
`);

const RATE_LIMITED_MESSAGE = 'You have used today’s attempts for this exam; try again tomorrow.';

async function load(request: Request, pathId: string, moduleId: string) {
  const result = await query(request, PortalModule);
  const path = result.certificationPaths.find((p) => p.id === pathId);
  const index = path ? path.modules.findIndex((m) => m.id === moduleId) : -1;
  if (!path || index < 0) throw data({ message: 'There is no such module, or its path is not open to your track.' }, { status: 404 });
  const cert = result.myCertifications.find((c) => c.path.id === path.id) ?? null;
  return { path, module: path.modules[index], index, cert };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePartner(request);
  const { path, module, index, cert } = await load(request, params.pathId ?? '', params.moduleId ?? '');
  const next = path.modules[index + 1] ?? null;
  const enrolled = Boolean(cert && cert.status !== 'EXPIRED');
  return {
    path: { id: path.id, name: path.name, passingScore: path.passingScore, total: path.modules.length },
    module: {
      id: module.id,
      kind: module.kind,
      title: module.title,
      // Safe HTML: renderMarkdown is markdown-it with HTML off (raw tags stay escaped text),
      // links limited to http(s)/mailto and no images.
      html: module.kind === 'COURSE' ? alignmentAsClasses(renderMarkdown(module.content ?? '')) : '',
      questions: module.questions,
    },
    number: index + 1,
    next: next ? { id: next.id, title: next.title } : null,
    enrolled,
    done: enrolled && Boolean(cert?.completedModuleIds.includes(module.id)),
    cert: cert ? { status: cert.status, certifiedAt: cert.certifiedAt, expiresAt: cert.expiresAt, doneCount: cert.completedModuleIds.length } : null,
  };
}

type ActionData = ExamActionData | { intent: 'complete' | 'enroll'; ok: false; formError: string };

interface ModuleArgs {
  request: Request;
  form: FormData;
  pathId: string;
  moduleId: string;
  here: string;
}

const failed = (intent: 'complete' | 'enroll', formError: string) => data<ActionData>({ intent, ok: false, formError }, { status: 400 });

/** The certification of this round (enrolling again is a no-op for an open one). */
async function currentCertification({ request, pathId }: ModuleArgs) {
  const enrolled = await enroll(request, pathId);
  return enrolled.ok ? { id: enrolled.data.enroll.id, error: null } : { id: null, error: failed('enroll', messageForError(enrolled.error)) };
}

async function enrollHere(args: ModuleArgs) {
  const { error } = await currentCertification(args);
  return error ?? redirect(args.here);
}

async function complete(args: ModuleArgs) {
  await load(args.request, args.pathId, args.moduleId);
  const { id: certificationId, error } = await currentCertification(args);
  if (!certificationId) return error;
  const result = await mutate(args.request, CompleteModule, { certificationId, moduleId: args.moduleId });
  if (!result.ok) return failed('complete', messageForError(result.error));
  return redirect(`${args.here}?completed=1`);
}

async function exam(args: ModuleArgs) {
  const { request, form, moduleId } = args;
  const { module } = await load(request, args.pathId, moduleId);
  const { id: certificationId, error } = await currentCertification(args);
  if (!certificationId) return error;
  const parsed = parseExamAnswers(
    form,
    module.questions.map((q) => q.id),
  );
  if (!parsed.ok) return data<ActionData>({ intent: 'exam', ok: false, missing: parsed.missing, answers: parsed.answers }, { status: 400 });
  const result = await mutate(request, SubmitExam, { certificationId, moduleId, answers: parsed.answers });
  if (!result.ok) {
    const rateLimited = result.error.code === 'RATE_LIMITED';
    return data<ActionData>(
      { intent: 'exam', ok: false, answers: parsed.answers, rateLimited, formError: rateLimited ? RATE_LIMITED_MESSAGE : messageForError(result.error) },
      { status: rateLimited ? 429 : 400 },
    );
  }
  const r = result.data.submitExam;
  return {
    intent: 'exam',
    ok: true,
    score: r.score,
    passed: r.passed,
    certified: r.certification.status === 'CERTIFIED',
    expiresAt: r.certification.expiresAt,
  } satisfies ActionData;
}

const moduleIntents = { enroll: enrollHere, complete, exam } satisfies Intents<ModuleArgs>;

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, 'certification:take');
  const pathId = params.pathId ?? '';
  const moduleId = params.moduleId ?? '';
  const form = await request.formData();
  const intent = intentOf(moduleIntents, form);
  if (!intent) return failed('complete', 'Unknown action.');
  const here = `/portal/certifications/${encodeURIComponent(pathId)}/modules/${encodeURIComponent(moduleId)}`;
  return moduleIntents[intent]({ request, form, pathId, moduleId, here });
}

export default function ModulePage() {
  const { path, module, number, next, enrolled, done, cert } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const busy = navigation.state === 'submitting';
  const exam = actionData?.intent === 'exam' ? actionData : null;
  const otherError = actionData && actionData.intent !== 'exam' ? actionData.formError : null;
  const pathHref = `/portal/certifications/${path.id}`;
  const nextLink = next ? (
    <Link to={`${pathHref}/modules/${next.id}`} className="button button--primary">
      Next: {next.title}
    </Link>
  ) : (
    <Link to={pathHref} className="button button--primary">
      Back to the path
    </Link>
  );

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link to="/portal/certifications">Certifications</Link> / <Link to={pathHref}>{path.name}</Link>
          </>
        }
        title={module.title}
        actions={<DoneBadge done={done} />}
      >
        <p className="muted">
          {module.kind === 'EXAM' ? 'Exam' : 'Course'} · module {number} of {path.total}
        </p>
      </PageHeader>

      {otherError ? <Alert tone="error">{otherError}</Alert> : null}
      {cert?.status === 'CERTIFIED' && (params.get('completed') || exam?.ok) ? (
        <Alert tone="success" title={`You are certified: ${path.name}`}>
          Every module is done. Your certification is valid until {formatDate(cert.expiresAt)}.
        </Alert>
      ) : null}

      {!enrolled ? (
        <Card>
          <p>{cert?.status === 'EXPIRED' ? 'Your certification expired. Renew it to take this module again.' : 'Enroll in this path to take its modules.'}</p>
          <Form method="post" className="form-actions">
            <input type="hidden" name="intent" value="enroll" />
            <button type="submit" className="button button--primary" disabled={busy}>
              {cert ? 'Renew certification' : 'Enroll'}
            </button>
          </Form>
        </Card>
      ) : null}

      {module.kind === 'COURSE' ? (
        <>
          <Card className="course-content">
            {module.html ? (
              <div className="de-markdown" data-testid="course-content" dangerouslySetInnerHTML={{ __html: module.html }} />
            ) : (
              <p className="muted">This module has no content yet.</p>
            )}
          </Card>
          {enrolled ? (
            <Card className="module-footer">
              {done ? (
                <>
                  {params.get('completed') ? (
                    <Alert tone="success">Marked complete.</Alert>
                  ) : (
                    <p className="ok-text">You completed this module.</p>
                  )}
                  <div className="form-actions">{nextLink}</div>
                </>
              ) : (
                <Form method="post" className="form-actions">
                  <input type="hidden" name="intent" value="complete" />
                  <button type="submit" className="button button--primary" disabled={busy}>
                    {busy ? 'Saving…' : 'Mark complete'}
                  </button>
                  <span className="fine-print">When you have read and understood this module.</span>
                </Form>
              )}
            </Card>
          ) : null}
        </>
      ) : exam?.ok ? (
        <Card title="Your result" id="result" className={exam.passed ? 'exam-result exam-result--passed' : 'exam-result exam-result--failed'}>
          <p className="exam-score" data-testid="exam-score">
            {exam.score}%
          </p>
          <p className="exam-verdict" data-testid="exam-verdict">
            {exam.passed ? 'Passed' : 'Not passed'}
          </p>
          <p className="muted">
            {exam.passed
              ? `You needed ${path.passingScore}% to pass.${exam.certified ? '' : ' Finish the other modules of the path to be certified.'}`
              : `You need ${path.passingScore}% to pass. Review the course modules and try again.`}
          </p>
          <div className="form-actions">
            {exam.passed ? (
              nextLink
            ) : (
              <Link to={`${pathHref}/modules/${module.id}`} className="button button--primary">
                Try again
              </Link>
            )}
            <Link to={pathHref} className="button button--secondary">
              Back to the path
            </Link>
          </div>
        </Card>
      ) : done && !exam ? (
        <Card className="module-footer">
          <p className="ok-text">You passed this exam.</p>
          <div className="form-actions">{nextLink}</div>
        </Card>
      ) : enrolled ? (
        <ExamForm questions={module.questions} passingScore={path.passingScore} result={exam && !exam.ok ? exam : null} busy={busy} />
      ) : null}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
