import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { can, DEMO_PROGRAM, parseProgramText, type FieldError } from '@tierwise/shared';
import { SeverityBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert, TextareaField } from '~/components/form';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import type { LintFinding, ProgramFieldsFragment } from '~/gql/graphql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import { BENEFIT_LABELS, formatBenefitValue, formatCriterion, formatDateTime, INCENTIVE_LABELS, METRIC_LABELS } from '~/lib/format';
import { programToDoc, programToYaml } from '~/lib/program';

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

const Publish = graphql(`
  mutation PublishProgram {
    publishProgram {
      version
      publishedAt
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

type ActionData = {
  text: string;
  parseErrors?: FieldError[];
  findings?: LintFinding[];
  formError?: string;
  success?: string;
};

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'program:edit');
  const form = await request.formData();
  const text = String(form.get('program') ?? '');
  const intent = form.get('intent') === 'publish' ? 'publish' : 'save';
  if (intent === 'publish') await requirePermission(request, 'program:publish');

  const parsed = parseProgramText(text);
  if (!parsed.ok) return data<ActionData>({ text, parseErrors: parsed.errors.map(humaniseParseError) }, { status: 400 });

  const saved = await mutate(request, SaveDraft, { input: parsed.program });
  if (!saved.ok) {
    const parseErrors = saved.error.fields.map((f) => ({ path: f.path.replace(/^input\./, ''), message: f.message }));
    return data<ActionData>({ text, formError: messageForError(saved.error), parseErrors: parseErrors.length ? parseErrors : undefined }, { status: 400 });
  }

  const lint = await mutate(request, Lint);
  if (!lint.ok) return data<ActionData>({ text, formError: messageForError(lint.error) }, { status: 502 });
  const findings = lint.data.programLint;
  const errors = findings.filter((f) => f.severity === 'ERROR').length;

  if (intent === 'save') {
    return data<ActionData>({ text, findings, success: `Draft version ${saved.data.saveProgramDraft.version} saved.` });
  }
  if (errors > 0) {
    return data<ActionData>(
      { text, findings, formError: `Draft saved, but not published: fix the ${errors === 1 ? 'error' : `${errors} errors`} below first.` },
      { status: 400 },
    );
  }
  const published = await mutate(request, Publish);
  if (!published.ok) return data<ActionData>({ text, findings, formError: messageForError(published.error) }, { status: 400 });
  return data<ActionData>({ text, findings, success: `Version ${published.data.publishProgram.version} is published.` });
}

/** The validator's wording for a missing field is not meant for people. */
function humaniseParseError(error: FieldError): FieldError {
  if (/received undefined/i.test(error.message)) return { ...error, message: 'Required.' };
  return error;
}

export default function ProgramPageView() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { program, canEdit, canPublish } = loaderData;
  const findings = actionData?.findings ?? loaderData.findings;
  const text = actionData?.text ?? loaderData.text;
  const busyIntent = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null;
  const parseErrors = actionData?.parseErrors ?? [];

  return (
    <>
      <PageHeader
        title="Program"
        eyebrow={program ? program.name : 'No program published yet'}
        actions={
          canEdit ? (
            <a href="#editor" className="button button--secondary">
              Edit as code
            </a>
          ) : null
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
        <Alert tone="error" title={parseErrors.length ? 'Not saved: the document has problems' : 'Not done'}>
          {parseErrors.length
            ? `${parseErrors.length} problem${parseErrors.length === 1 ? '' : 's'} in the program document. `
            : `${actionData.formError ?? 'The request failed.'} `}
          <a href="#editor">Go to the editor</a>
        </Alert>
      ) : null}

      {program ? <PublishedProgram program={program} /> : (
        <Card>
          <EmptyState title="Nothing published yet">
            {canEdit ? 'Start from the example below: adjust it, check the design findings, and publish.' : 'A vendor admin publishes the program.'}
          </EmptyState>
        </Card>
      )}

      <Card title="Design check of the draft" id="lint">
        <LintTable findings={findings} />
      </Card>

      {canEdit ? (
        <Card title="Publish from JSON/YAML" id="editor">
          <p className="muted">
            The whole program as code. Editing starts from the{' '}
            {loaderData.textSource === 'draft' ? 'current draft' : loaderData.textSource === 'published' ? 'published program' : 'example program'}
            . Saving replaces the draft; publishing makes it the rulebook every partner is placed by.
          </p>
          {actionData?.formError ? <Alert tone="error">{actionData.formError}</Alert> : null}
          {parseErrors.length ? (
            <Alert tone="error" title="The document has problems">
              <ul className="error-list" id="program-errors">
                {parseErrors.map((e, i) => (
                  <li key={`${e.path}-${i}`}>
                    <code>{e.path}</code>: {e.message}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <Form method="post" className="stack" key={actionData ? `a-${actionData.text.length}-${actionData.success ?? ''}` : 'loader'}>
            <TextareaField
              label="Program document (YAML or JSON)"
              name="program"
              rows={24}
              spellCheck={false}
              className="code-input"
              defaultValue={text}
              error={parseErrors.length ? `${parseErrors.length} problem${parseErrors.length === 1 ? '' : 's'}; see the list above.` : undefined}
            />
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
        </Card>
      ) : (
        <p className="muted">Only vendor admins can change the program.</p>
      )}
    </>
  );
}

function LintTable({ findings }: { findings: ReadonlyArray<Pick<LintFinding, 'severity' | 'rule' | 'path' | 'message'>> }) {
  if (!findings.length) return <p className="ok-text">No findings: the draft follows every design rule.</p>;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'ERROR' ? -1 : 1));
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Design findings">
      <table className="table" data-testid="lint-findings">
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Rule</th>
            <th scope="col">Where</th>
            <th scope="col">Finding</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((f, i) => (
            <tr key={`${f.rule}-${f.path}-${i}`}>
              <td>
                <SeverityBadge severity={f.severity} />
              </td>
              <td>
                <code>{f.rule}</code>
              </td>
              <td>{f.path ? <code>{f.path}</code> : <span className="muted">Program</span>}</td>
              <td>{f.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PublishedProgram({ program }: { program: ProgramFieldsFragment }) {
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
            <dd>{program.reviewCadenceMonths ? `Every ${program.reviewCadenceMonths} months` : 'Never (no demotion cadence)'}</dd>
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
