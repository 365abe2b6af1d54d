import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useFetcher, useLoaderData, useNavigation, type ShouldRevalidateFunction } from '@remix-run/react';
import { can, DEMO_PROGRAM, lintProgram, parseProgramText, type FieldError } from '@tierwise/shared';
import { useEffect, useRef, useState } from 'react';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert, TextareaField } from '~/components/form';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { countFindings, FindingList, ParseErrorList, type Finding } from '~/components/tiers-lint';
import { graphql } from '~/gql';
import type { ProgramFieldsFragment } from '~/gql/graphql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import { BENEFIT_LABELS, formatBenefitValue, formatCriterion, formatDate, formatDateTime, INCENTIVE_LABELS, METRIC_LABELS } from '~/lib/format';
import { programToDoc, programToYaml } from '~/lib/program';
import { cadenceText } from '~/lib/tiers';
import { readUploadForm } from '~/lib/uploads.server';
import { useHydrated } from '~/lib/use-hydrated';

export const meta: MetaFunction = () => [{ title: 'Program · Tierwise' }];

graphql(`
  fragment ProgramFields on Program {
    id
    version
    name
    currency
    targetMetric
    reviewCadenceMonths
    dealProtectionDays
    dealReviewSlaHours
    mdfClaimWindowDays
    publishedAt
    tracks {
      id
      key
      name
      motion
      incentiveModel
      tiers {
        id
        key
        name
        rank
        criteria {
          metric
          threshold
          windowDays
        }
        benefits {
          kind
          value
        }
      }
      onboardingSteps {
        id
        key
        title
        description
        completion
      }
    }
  }
`);

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
      severity
      rule
      path
      message
    }
  }
`);

const SaveDraft = graphql(`
  mutation SaveProgramDraft($input: ProgramInput!) {
    saveProgramDraft(input: $input) {
      version
    }
  }
`);

const Lint = graphql(`
  query ProgramLint {
    programLint {
      severity
      rule
      path
      message
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
    textSource: result.programDraft ? 'draft' : result.program ? 'published' : 'example',
    findings: result.programLint,
    canEdit: can(user.role, 'program:edit'),
    canPublish: can(user.role, 'program:publish'),
  };
}

/** Live lint answers must not reload the page's data on every keystroke pause. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get('intent') === 'lint' ? false : defaultShouldRevalidate;

type ActionData = {
  intent: 'save' | 'publish' | 'import';
  /** What the editor shows after this answer (absent: the loader's text). */
  text?: string;
  parseErrors?: FieldError[];
  findings?: Finding[];
  formError?: string;
  confirmError?: string;
  importErrors?: FieldError[];
  success?: string;
};

export type LiveLint = { intent: 'lint'; at: number; parseErrors: FieldError[]; findings: Finding[]; formError?: string };

const MAX_IMPORT_BYTES = 1_000_000;

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'program:edit');
  const isMultipart = (request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data');
  const upload = isMultipart ? await readUploadForm(request) : null;
  const form = upload ? upload.form : await request.formData();
  const intentRaw = String(form.get('intent') ?? 'save');

  if (intentRaw === 'lint') return liveLint(request, String(form.get('program') ?? ''));
  if (intentRaw === 'import') {
    if (upload?.problems.length) {
      return data<ActionData>({ intent: 'import', importErrors: upload.problems.map((p) => ({ path: p.fileName, message: p.message })) }, { status: 400 });
    }
    return importFile(request, form);
  }

  const text = String(form.get('program') ?? '');
  const intent = intentRaw === 'publish' ? 'publish' : 'save';
  if (intent === 'publish') await requirePermission(request, 'program:publish');

  const parsed = parseProgramText(text);
  if (!parsed.ok) return data<ActionData>({ intent, text, parseErrors: parsed.errors.map(humaniseParseError) }, { status: 400 });

  const saved = await mutate(request, SaveDraft, { input: parsed.program });
  if (!saved.ok) {
    const parseErrors = saved.error.fields.map((f) => ({ path: f.path.replace(/^input\./, ''), message: f.message }));
    return data<ActionData>({ intent, text, formError: messageForError(saved.error), parseErrors: parseErrors.length ? parseErrors : undefined }, { status: 400 });
  }

  const lint = await mutate(request, Lint);
  if (!lint.ok) return data<ActionData>({ intent, text, formError: messageForError(lint.error) }, { status: 502 });
  const findings = lint.data.programLint;
  const errors = findings.filter((f) => f.severity === 'ERROR').length;
  const version = saved.data.saveProgramDraft.version;

  if (intent === 'save') {
    return data<ActionData>({ intent, text, findings, success: `Draft version ${version} saved.` });
  }
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
async function liveLint(request: Request, text: string) {
  const at = Date.now();
  const parsed = parseProgramText(text);
  if (!parsed.ok) return data<LiveLint>({ intent: 'lint', at, parseErrors: parsed.errors.map(humaniseParseError), findings: [] });
  const context = await mutate(request, LintContextQuery);
  if (!context.ok) return data<LiveLint>({ intent: 'lint', at, parseErrors: [], findings: [], formError: messageForError(context.error) });
  const findings = lintProgram(parsed.program, { certificationTrackKeys: context.data.certificationPaths.map((p) => p.trackKey ?? null) });
  return data<LiveLint>({ intent: 'lint', at, parseErrors: [], findings: findings.map((f) => ({ ...f, path: f.path ?? null })) });
}

async function importFile(request: Request, form: FormData) {
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
  const lint = await mutate(request, Lint);
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

const LIVE_LINT_DELAY_MS = 700;

export default function ProgramPageView() {
  const loaderData = useLoaderData<typeof loader>();
  // Live lint answers go to the fetcher, never here.
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const navigation = useNavigation();
  const hydrated = useHydrated();
  const fetcher = useFetcher<typeof action>();
  const { program, canEdit, canPublish } = loaderData;
  const text = actionData?.text ?? loaderData.text;
  const busyIntent = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null;
  const parseErrors = actionData?.parseErrors ?? [];
  const importErrors = actionData?.importErrors ?? [];

  // Live lint: the latest answer to the text being typed, dropped when a save answers.
  const [live, setLive] = useState<LiveLint | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const answer = fetcher.data as LiveLint | undefined;
    if (answer && answer.intent === 'lint') setLive(answer);
  }, [fetcher.data]);
  useEffect(() => {
    setLive(null);
  }, [actionData]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const onEdit = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      fetcher.submit({ intent: 'lint', program: value }, { method: 'post' });
    }, LIVE_LINT_DELAY_MS);
  };

  const panelFindings: Finding[] = live ? live.findings : (actionData?.findings ?? loaderData.findings);
  const panelParseErrors = live ? live.parseErrors : parseErrors;
  const counts = countFindings(panelFindings);
  const checking = fetcher.state !== 'idle';
  const panelSource = live ? 'live' : actionData?.findings ? 'saved' : 'draft';

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
        <Card
          title="Edit as code (YAML or JSON)"
          id="editor"
          actions={
            <Link to="/console/program/tracks" className="button button--secondary button--small">
              Edit tracks with forms
            </Link>
          }
        >
          <p className="muted">
            The whole program as code. Editing starts from the{' '}
            {loaderData.textSource === 'draft' ? 'current draft' : loaderData.textSource === 'published' ? 'published program' : 'example program'}
            . Saving replaces the draft; publishing makes it the rulebook every partner is placed by.
          </p>
          {actionData?.formError && actionData.intent !== 'import' ? <Alert tone="error">{actionData.formError}</Alert> : null}
          {parseErrors.length ? (
            <Alert tone="error" title="The document has problems">
              <ParseErrorList errors={parseErrors} id="program-errors" />
            </Alert>
          ) : null}
          <div className="prog-editor">
            <Form method="post" className="stack prog-editor-form" key={actionData?.text !== undefined ? `a-${actionData.text.length}-${actionData.success ?? ''}` : 'loader'}>
              <TextareaField
                label="Program document (YAML or JSON)"
                name="program"
                rows={28}
                spellCheck={false}
                className="code-input"
                defaultValue={text}
                onChange={(e) => onEdit(e.currentTarget.value)}
                hint={hydrated ? 'The design check beside the editor runs as you type; nothing is saved until you save.' : 'Save the draft to run the design check.'}
                error={parseErrors.length ? `${parseErrors.length} problem${parseErrors.length === 1 ? '' : 's'}; see the list above.` : undefined}
              />
              {canPublish ? (
                <div className={`field tiers-confirm${actionData?.confirmError ? ' field--invalid' : ''}`}>
                  <label className="tiers-confirm-label" htmlFor="confirm-publish">
                    <input
                      type="checkbox"
                      id="confirm-publish"
                      name="confirmPublish"
                      value="yes"
                      aria-invalid={actionData?.confirmError ? true : undefined}
                      aria-describedby={actionData?.confirmError ? 'confirm-publish-error' : 'confirm-publish-hint'}
                    />
                    I understand partners will be measured by this version
                  </label>
                  <p className="field-hint" id="confirm-publish-hint">
                    Needed to publish. The next tier review places every partner by the published version.
                  </p>
                  {actionData?.confirmError ? (
                    <p className="field-error" id="confirm-publish-error">
                      {actionData.confirmError}
                    </p>
                  ) : null}
                </div>
              ) : null}
              <div className="form-actions">
                <button type="submit" name="intent" value="save" className="button button--secondary" disabled={Boolean(busyIntent)}>
                  {busyIntent === 'save' ? 'Saving…' : 'Save draft'}
                </button>
                {canPublish ? (
                  <button type="submit" name="intent" value="publish" className="button button--primary" disabled={Boolean(busyIntent)}>
                    {busyIntent === 'publish' ? 'Publishing…' : 'Publish'}
                  </button>
                ) : null}
              </div>
            </Form>

            <aside className="prog-lint" aria-labelledby="lint-title" id="lint">
              <div className="prog-lint-head">
                <h2 id="lint-title">Design check</h2>
                <p className="prog-lint-status" role="status" aria-live="polite">
                  {checking
                    ? 'Checking…'
                    : panelParseErrors.length
                      ? `${panelParseErrors.length} document problem${panelParseErrors.length === 1 ? '' : 's'}`
                      : `${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}`}
                </p>
                <p className="fine-print">
                  {panelSource === 'live'
                    ? 'Of the text as typed (not saved yet).'
                    : panelSource === 'saved'
                      ? 'Of the draft just saved.'
                      : 'Of the saved draft.'}{' '}
                  Errors block publishing; warnings are design pitfalls.
                </p>
              </div>
              {panelParseErrors.length ? (
                <div className="alert alert--error">
                  <p className="alert-title">The document cannot be read</p>
                  <ParseErrorList errors={panelParseErrors} />
                </div>
              ) : (
                <FindingList findings={panelFindings} />
              )}
              {live?.formError ? <p className="field-error">{live.formError}</p> : null}
            </aside>
          </div>
        </Card>
      ) : (
        <Card title="Design check of the draft" id="lint">
          <FindingList findings={loaderData.findings} />
          <p className="muted">Only vendor admins can change the program.</p>
        </Card>
      )}

      {canEdit ? (
        <Card title="Import from a file" id="import">
          <p className="muted">
            Replace the draft with a YAML or JSON file (for example one exported from another Tierwise). Nothing is published until you publish.
          </p>
          <Form method="post" encType="multipart/form-data" className="form-grid" noValidate>
            <input type="hidden" name="intent" value="import" />
            <div className={`field${importErrors.length ? ' field--invalid' : ''}`}>
              <label htmlFor="import-file">Program file (.yaml, .yml or .json)</label>
              <input
                id="import-file"
                name="file"
                type="file"
                accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
                aria-invalid={importErrors.length ? true : undefined}
                aria-describedby={importErrors.length ? 'import-file-error' : undefined}
              />
              {importErrors.length ? (
                <div className="field-error" id="import-file-error">
                  The file was not imported:
                  <ParseErrorList errors={importErrors} id="import-errors" />
                </div>
              ) : null}
            </div>
            <div className="form-actions">
              <button type="submit" className="button button--secondary" disabled={busyIntent === 'import'}>
                {busyIntent === 'import' ? 'Importing…' : 'Import as draft'}
              </button>
            </div>
          </Form>
        </Card>
      ) : null}
    </>
  );
}

function PublishedProgram({ program, nextReviewAt }: { program: ProgramFieldsFragment; nextReviewAt: string | null }) {
  return (
    <>
      <Card title="Rules" id="rules">
        <dl className="summary-list summary-list--grid">
          <div>
            <dt>Target metric</dt>
            <dd>{METRIC_LABELS[program.targetMetric]}</dd>
          </div>
          <div>
            <dt>Tier reviews</dt>
            <dd>{cadenceText(program.reviewCadenceMonths)}</dd>
          </div>
          <div>
            <dt>Next review</dt>
            <dd>{nextReviewAt ? formatDate(nextReviewAt) : '—'}</dd>
          </div>
          <div>
            <dt>Deal protection</dt>
            <dd>{program.dealProtectionDays} days</dd>
          </div>
          <div>
            <dt>Deal review SLA</dt>
            <dd>{program.dealReviewSlaHours} hours</dd>
          </div>
          <div>
            <dt>MDF claim window</dt>
            <dd>{program.mdfClaimWindowDays} days</dd>
          </div>
          <div>
            <dt>Currency</dt>
            <dd>{program.currency}</dd>
          </div>
        </dl>
      </Card>
      {program.tracks.map((track) => (
        <Card key={track.key} title={track.name} id={`track-${track.key}`} actions={<span className="badge badge--muted">{INCENTIVE_LABELS[track.incentiveModel]}</span>}>
          <p>{track.motion}</p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={`${track.name} tiers`}>
            <table className="table table--top">
              <caption className="visually-hidden">Tiers of {track.name}, lowest first</caption>
              <thead>
                <tr>
                  <th scope="col">Tier</th>
                  <th scope="col">To qualify</th>
                  <th scope="col">Benefits</th>
                </tr>
              </thead>
              <tbody>
                {track.tiers.map((tier) => (
                  <tr key={tier.key}>
                    <th scope="row">
                      {tier.name}
                      <span className="cell-sub">{tier.rank === 0 ? 'Entry tier' : `Rank ${tier.rank}`}</span>
                    </th>
                    <td>
                      {tier.criteria.length ? (
                        <ul className="plain-list">
                          {tier.criteria.map((c) => (
                            <li key={c.metric}>{formatCriterion(c, program.currency)}</li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">No criteria</span>
                      )}
                    </td>
                    <td>
                      {tier.benefits.length ? (
                        <ul className="plain-list">
                          {tier.benefits.map((b) => (
                            <li key={b.kind}>
                              {BENEFIT_LABELS[b.kind]}: <strong>{formatBenefitValue(b.kind, b.value, program.currency)}</strong>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">None</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {track.onboardingSteps.length ? (
            <details className="disclosure">
              <summary>Onboarding path ({track.onboardingSteps.length} steps)</summary>
              <ol className="plain-list numbered">
                {track.onboardingSteps.map((s) => (
                  <li key={s.key}>
                    <strong>{s.title}</strong>
                    {s.description ? <span className="muted"> · {s.description}</span> : null}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </Card>
      ))}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
