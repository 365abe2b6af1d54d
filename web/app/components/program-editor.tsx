import { Form, Link, useFetcher } from '@remix-run/react';
import type { FieldError } from '@tierwise/shared';
import { useEffect, useRef, useState } from 'react';
import type { LiveLint, ProgramActionData } from '~/lib/program';
import { useHydrated } from '~/lib/use-hydrated';
import { Alert, TextareaField } from './form';
import { SubmitRow } from './form-actions';
import { Card } from './page';
import { countFindings, FindingList, ParseErrorList, type Finding } from './tiers-lint';
import './program-editor.css';

const LIVE_LINT_DELAY_MS = 700;

const TEXT_SOURCE_WORDS = { draft: 'current draft', published: 'published program', example: 'example program' } as const;

/**
 * "Edit as code" on /console/program: the program document in a textarea
 * that posts "save" or "publish" to the page's action, and beside it the
 * design check, live as the admin types when JavaScript runs (a fetcher posts
 * "lint"; nothing is saved), else of the draft just saved.
 */
export function ProgramEditor({
  text,
  textSource,
  findings,
  actionData,
  busyIntent,
  canPublish,
}: {
  text: string;
  textSource: keyof typeof TEXT_SOURCE_WORDS;
  /** The design check of the saved draft (the loader's). */
  findings: readonly Finding[];
  actionData: ProgramActionData | undefined;
  busyIntent: string | null;
  canPublish: boolean;
}) {
  const hydrated = useHydrated();
  const fetcher = useFetcher<LiveLint>();
  const parseErrors: FieldError[] = actionData?.parseErrors ?? [];

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

  const panelFindings: readonly Finding[] = live ? live.findings : (actionData?.findings ?? findings);
  const panelParseErrors = live ? live.parseErrors : parseErrors;
  const counts = countFindings(panelFindings);
  const checking = fetcher.state !== 'idle';
  const panelSource = live ? 'live' : actionData?.findings ? 'saved' : 'draft';

  return (
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
        {TEXT_SOURCE_WORDS[textSource]}
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
          {canPublish ? <ConfirmPublish error={actionData?.confirmError} /> : null}
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
              {panelSource === 'live' ? 'Of the text as typed (not saved yet).' : panelSource === 'saved' ? 'Of the draft just saved.' : 'Of the saved draft.'}{' '}
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
  );
}

function ConfirmPublish({ error }: { error: string | undefined }) {
  return (
    <div className={`field tiers-confirm${error ? ' field--invalid' : ''}`}>
      <label className="tiers-confirm-label" htmlFor="confirm-publish">
        <input
          type="checkbox"
          id="confirm-publish"
          name="confirmPublish"
          value="yes"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'confirm-publish-error' : 'confirm-publish-hint'}
        />
        I understand partners will be measured by this version
      </label>
      <p className="field-hint" id="confirm-publish-hint">
        Needed to publish. The next tier review places every partner by the published version.
      </p>
      {error ? (
        <p className="field-error" id="confirm-publish-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** "Import from a file": a multipart form posting the "import" intent. */
export function ProgramImport({ importErrors, busy }: { importErrors: readonly FieldError[]; busy: boolean }) {
  return (
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
        <SubmitRow busy={busy} label="Import as draft" busyLabel="Importing…" kind="secondary" />
      </Form>
    </Card>
  );
}
