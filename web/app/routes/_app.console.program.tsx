import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, type ShouldRevalidateFunction } from '@remix-run/react';
import { can, DEMO_PROGRAM, lintProgram, parseProgramText, type FieldError } from '@tierwise/shared';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { ProgramEditor, ProgramImport } from '~/components/program-editor';
import { PublishedProgram } from '~/components/program-published';
import { FindingList } from '~/components/tiers-lint';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import { formatDateTime } from '~/lib/format';
import { intentOf, submittingIntent } from '~/lib/intents';
import { programToDoc, programToYaml, type LiveLint, type ProgramActionData, type ProgramIntent } from '~/lib/program';
import { ProgramLint, SaveProgramDraft } from '~/lib/program.server';
import { readUploadForm } from '~/lib/uploads.server';

export const meta: MetaFunction = () => [{ title: 'Program · Tierwise' }];

// ProgramFields and LintFindingFields: ~/lib/fragments; saving and the design check: ~/lib/program.server.
const ProgramPage = graphql(`
  query ProgramPage {
    program {
      ...ProgramFields
      nextReviewAt
    }
    programDraft {
      ...ProgramFields
    }
    programLint {
      ...LintFindingFields
    }
  }
`);

const LintContextQuery = graphql(`
  query ProgramLintContext {
    certificationPaths {
      trackKey
    }
  }
`);

const Publish = graphql(`
  mutation PublishProgram {
    publishProgram {
      version
      publishedAt
    }
  }
`);

const ImportDraft = graphql(`
  mutation ImportProgramDraft($text: String!) {
    importProgramDraft(text: $text) {
      version
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'program:read-draft');
  const result = await query(request, ProgramPage);
  const source = result.programDraft ?? result.program;
  return {
    program: result.program,
    draftVersion: result.programDraft?.version ?? null,
    text: programToYaml(source ? programToDoc(source) : DEMO_PROGRAM),
    textSource: result.programDraft ? ('draft' as const) : result.program ? ('published' as const) : ('example' as const),
    findings: result.programLint,
    canEdit: can(user.role, 'program:edit'),
    canPublish: can(user.role, 'program:publish'),
  };
}

/** Live lint answers must not reload the page's data on every keystroke pause. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get('intent') === 'lint' ? false : defaultShouldRevalidate;

type ActionData = ProgramActionData;

const MAX_IMPORT_BYTES = 1_000_000;

type IntentArgs = { request: Request; form: FormData; upload: Awaited<ReturnType<typeof readUploadForm>> | null };

/** One function per intent; an unknown intent saves, as a form without one does. */
const intents = { save: saveDraft, publish, import: importFile, lint: liveLint } satisfies Record<ProgramIntent, (args: IntentArgs) => Promise<unknown>>;

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'program:edit');
  const isMultipart = (request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data');
  const upload = isMultipart ? await readUploadForm(request) : null;
  const form = upload ? upload.form : await request.formData();
  return intents[intentOf(intents, form, 'save')]({ request, form, upload });
}

/** Saves the text as the draft and runs the design check of it; an answer to send back when either fails. */
async function saveAndLint(request: Request, intent: 'save' | 'publish', text: string) {
  const parsed = parseProgramText(text);
  if (!parsed.ok) return { answer: data<ActionData>({ intent, text, parseErrors: parsed.errors.map(humaniseParseError) }, { status: 400 }) } as const;

  const saved = await mutate(request, SaveProgramDraft, { input: parsed.program });
  if (!saved.ok) {
    const parseErrors = saved.error.fields.map((f) => ({ path: f.path.replace(/^input\./, ''), message: f.message }));
    return {
      answer: data<ActionData>({ intent, text, formError: messageForError(saved.error), parseErrors: parseErrors.length ? parseErrors : undefined }, { status: 400 }),
    } as const;
  }

  const lint = await mutate(request, ProgramLint);
  if (!lint.ok) return { answer: data<ActionData>({ intent, text, formError: messageForError(lint.error) }, { status: 502 }) } as const;
  return { version: saved.data.saveProgramDraft.version, findings: lint.data.programLint } as const;
}

async function saveDraft({ request, form }: IntentArgs) {
  const text = String(form.get('program') ?? '');
  const saved = await saveAndLint(request, 'save', text);
  if ('answer' in saved) return saved.answer;
  return data<ActionData>({ intent: 'save', text, findings: saved.findings, success: `Draft version ${saved.version} saved.` });
}

async function publish({ request, form }: IntentArgs) {
  await requirePermission(request, 'program:publish');
  const intent = 'publish';
  const text = String(form.get('program') ?? '');
  const saved = await saveAndLint(request, intent, text);
  if ('answer' in saved) return saved.answer;
  const { version, findings } = saved;
  const errors = findings.filter((f) => f.severity === 'ERROR').length;
  if (errors > 0) {
    return data<ActionData>(
      { intent, text, findings, formError: `Draft saved, but not published: fix the ${errors === 1 ? 'error' : `${errors} errors`} below first.` },
      { status: 400 },
    );
  }
  if (form.get('confirmPublish') !== 'yes') {
    return data<ActionData>(
      {
        intent,
        text,
        findings,
        confirmError: 'Tick the box to confirm: partners are measured by the published version.',
        formError: `Draft version ${version} saved, not published yet: confirm below.`,
      },
      { status: 400 },
    );
  }
  const published = await mutate(request, Publish);
  if (!published.ok) return data<ActionData>({ intent, text, findings, formError: messageForError(published.error) }, { status: 400 });
  return data<ActionData>({ intent, text, findings, success: `Version ${published.data.publishProgram.version} is published.` });
}

/** The design check of the text being typed: the shared rules, without saving (nothing is audited). */
async function liveLint({ request, form }: IntentArgs) {
  const text = String(form.get('program') ?? '');
  const at = Date.now();
  const parsed = parseProgramText(text);
  if (!parsed.ok) return data<LiveLint>({ intent: 'lint', at, parseErrors: parsed.errors.map(humaniseParseError), findings: [] });
  const context = await mutate(request, LintContextQuery);
  if (!context.ok) return data<LiveLint>({ intent: 'lint', at, parseErrors: [], findings: [], formError: messageForError(context.error) });
  const findings = lintProgram(parsed.program, { certificationTrackKeys: context.data.certificationPaths.map((p) => p.trackKey ?? null) });
  return data<LiveLint>({ intent: 'lint', at, parseErrors: [], findings: findings.map((f) => ({ ...f, path: f.path ?? null })) });
}

async function importFile({ request, form, upload }: IntentArgs) {
  if (upload?.problems.length) {
    return data<ActionData>({ intent: 'import', importErrors: upload.problems.map((p) => ({ path: p.fileName, message: p.message })) }, { status: 400 });
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) {
    return data<ActionData>({ intent: 'import', importErrors: [{ path: 'file', message: 'Choose a YAML or JSON file.' }] }, { status: 400 });
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return data<ActionData>({ intent: 'import', importErrors: [{ path: file.name, message: 'The file is larger than 1 MB.' }] }, { status: 400 });
  }
  const text = await file.text();
  const result = await mutate(request, ImportDraft, { text });
  if (!result.ok) {
    const importErrors = result.error.fields.length
      ? result.error.fields.map((f) => humaniseParseError({ path: f.path.replace(/^input\./, ''), message: f.message }))
      : [{ path: file.name, message: messageForError(result.error) }];
    return data<ActionData>({ intent: 'import', importErrors }, { status: 400 });
  }
  const lint = await mutate(request, ProgramLint);
  return data<ActionData>({
    intent: 'import',
    text,
    findings: lint.ok ? lint.data.programLint : undefined,
    success: `Draft version ${result.data.importProgramDraft.version} imported from ${file.name}.`,
  });
}

/** The validator's wording for a missing field is not meant for people. */
function humaniseParseError(error: FieldError): FieldError {
  if (/received undefined/i.test(error.message)) return { ...error, message: 'Required.' };
  return error;
}

export default function ProgramPageView() {
  const loaderData = useLoaderData<typeof loader>();
  // Live lint answers go to the editor's fetcher, never here.
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const navigation = useNavigation();
  const { program, canEdit, canPublish } = loaderData;
  const busyIntent = submittingIntent(navigation);
  const parseErrors = actionData?.parseErrors ?? [];
  const importErrors = actionData?.importErrors ?? [];

  return (
    <>
      <PageHeader
        title="Program"
        eyebrow={program ? program.name : 'No program published yet'}
        actions={
          <>
            <Link to="/console/program/history" className="button button--secondary">
              History
            </Link>
            <a href="/console/program.yaml" className="button button--secondary" download>
              Export YAML
            </a>
            {canEdit ? (
              <a href="#editor" className="button button--secondary">
                Edit as code
              </a>
            ) : null}
          </>
        }
      >
        {program ? (
          <p className="muted">
            Version {program.version} · published {formatDateTime(program.publishedAt)}
            {loaderData.draftVersion && loaderData.draftVersion !== program.version ? ` · draft version ${loaderData.draftVersion} in progress` : ''}
          </p>
        ) : null}
      </PageHeader>

      {actionData?.success ? <Alert tone="success">{actionData.success}</Alert> : null}
      {actionData && !actionData.success ? (
        <Alert tone="error" title={parseErrors.length ? 'Not saved: the document has problems' : importErrors.length ? 'Not imported' : 'Not done'}>
          {parseErrors.length
            ? `${parseErrors.length} problem${parseErrors.length === 1 ? '' : 's'} in the program document. `
            : importErrors.length
              ? `${importErrors.length} problem${importErrors.length === 1 ? '' : 's'} in the file. `
              : `${actionData.formError ?? 'The request failed.'} `}
          <a href={importErrors.length ? '#import' : '#editor'}>{importErrors.length ? 'Go to the import' : 'Go to the editor'}</a>
        </Alert>
      ) : null}

      {program ? (
        <PublishedProgram program={program} nextReviewAt={program.nextReviewAt ?? null} />
      ) : (
        <Card>
          <EmptyState title="Nothing published yet">
            {canEdit ? 'Start from the example below: adjust it, check the design findings, and publish.' : 'A vendor admin publishes the program.'}
          </EmptyState>
        </Card>
      )}

      {canEdit ? (
        <ProgramEditor
          text={actionData?.text ?? loaderData.text}
          textSource={loaderData.textSource}
          findings={loaderData.findings}
          actionData={actionData}
          busyIntent={busyIntent}
          canPublish={canPublish}
        />
      ) : (
        <Card title="Design check of the draft" id="lint">
          <FindingList findings={loaderData.findings} />
          <p className="muted">Only vendor admins can change the program.</p>
        </Card>
      )}

      {canEdit ? <ProgramImport importErrors={importErrors} busy={busyIntent === 'import'} /> : null}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
