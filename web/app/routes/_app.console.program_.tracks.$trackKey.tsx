import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { Card, PageHeader } from '~/components/page';
import { ProgramTrackFields } from '~/components/program-track-form';
import { FindingList, type Finding } from '~/components/tiers-lint';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import { programToDoc } from '~/lib/program';
import {
  apiPathToField,
  applyRowIntent,
  emptyTrack,
  formToTrack,
  putTrack,
  readTrackForm,
  trackToForm,
  type FieldErrors,
  type TrackFormValues,
} from '~/lib/program-track-form';
import '~/styles/routes/program.css';

/**
 * /console/program/tracks/:trackKey (and /console/program/tracks/new): one
 * track of the draft as ordinary form fields, for vendor admins. Works
 * without JavaScript: add/remove buttons post to the action, which re-renders
 * the form with a row more or less (nothing saved); "Save draft" puts the
 * track into the current draft and shows the design check.
 */

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.isNew ? 'New track' : d?.values.name || 'Track'} · Program · Tierwise` }];

// ProgramFields and LintFindingFields: ~/lib/fragments.
const TrackEditorDraft = graphql(`
  query ProgramTrackEditor {
    programDraft {
      ...ProgramFields
    }
    program {
      ...ProgramFields
    }
  }
`);

const SaveTrackDraft = graphql(`
  mutation SaveProgramTrackDraft($input: ProgramInput!) {
    saveProgramDraft(input: $input) {
      version
    }
  }
`);

const TrackLint = graphql(`
  query ProgramTrackLint {
    programLint {
      ...LintFindingFields
    }
  }
`);

const NEW = 'new';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'program:edit');
  const result = await query(request, TrackEditorDraft);
  const source = result.programDraft ?? result.program;
  const isNew = params.trackKey === NEW;
  const tracks = source?.tracks.map((t) => ({ key: t.key, name: t.name })) ?? [];
  if (isNew) {
    return { isNew, originalKey: null, currency: source?.currency ?? 'USD', values: emptyTrack(), tracks, hasProgram: Boolean(source) };
  }
  const track = source?.tracks.find((t) => t.key === params.trackKey);
  if (!source || !track) throw data({ code: 'NOT_FOUND', message: `The draft has no track "${params.trackKey}".` }, { status: 404 });
  const doc = programToDoc(source);
  const trackDoc = doc.tracks.find((t) => t.key === track.key)!;
  return { isNew, originalKey: track.key, currency: source.currency, values: trackToForm(trackDoc, source.currency), tracks, hasProgram: true };
}

type ActionData = {
  /** Re-render counter: the form remounts with these values. */
  at: number;
  values: TrackFormValues;
  /** The key this form now replaces (after saving a new or renamed track). */
  originalKey: string | null;
  errors: FieldErrors;
  /** API field problems that belong to no field of this form. */
  otherErrors?: string[];
  formError?: string;
  findings?: Finding[];
  success?: string;
};

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'program:edit');
  const form = await request.formData();
  const values = readTrackForm(form);
  const intent = String(form.get('intent') ?? 'save');
  const originalKey = String(form.get('originalKey') ?? '') || null;
  const at = Date.now();

  if (intent !== 'save') {
    const next = applyRowIntent(values, intent);
    return data<ActionData>({ at, values: next ?? values, originalKey, errors: {} }, { status: next ? 200 : 400 });
  }

  const loaded = await mutate(request, TrackEditorDraft);
  if (!loaded.ok) return data<ActionData>({ at, values, originalKey, errors: {}, formError: messageForError(loaded.error) }, { status: 502 });
  const source = loaded.data.programDraft ?? loaded.data.program;
  if (!source) {
    return data<ActionData>(
      { at, values, originalKey, errors: {}, formError: 'There is no program yet: start it as code on the program page first.' },
      { status: 400 },
    );
  }
  const currency = source.currency;
  const parsed = formToTrack(values, currency);
  if (!parsed.ok) {
    const count = Object.keys(parsed.errors).length;
    return data<ActionData>(
      { at, values, originalKey, errors: parsed.errors, formError: `Not saved: ${count} field${count === 1 ? ' needs' : 's need'} fixing.` },
      { status: 400 },
    );
  }
  const doc = programToDoc(source);
  const replaces = originalKey && doc.tracks.some((t) => t.key === originalKey) ? originalKey : null;
  if (doc.tracks.some((t) => t.key === parsed.track.key && t.key !== replaces)) {
    return data<ActionData>(
      { at, values, originalKey, errors: { key: `Another track of the draft already has the key "${parsed.track.key}".` }, formError: 'Not saved: the track key is taken.' },
      { status: 400 },
    );
  }
  const { program, index } = putTrack(doc, parsed.track, replaces);

  const saved = await mutate(request, SaveTrackDraft, { input: program });
  if (!saved.ok) {
    const errors: FieldErrors = {};
    const otherErrors: string[] = [];
    for (const f of saved.error.fields) {
      const field = apiPathToField(f.path, index);
      if (field) errors[field] = errors[field] ? `${errors[field]} ${f.message}` : f.message;
      else otherErrors.push(`${f.path.replace(/^input\./, '')}: ${f.message}`);
    }
    return data<ActionData>({ at, values, originalKey, errors, otherErrors, formError: messageForError(saved.error) }, { status: 400 });
  }

  const savedValues = trackToForm(parsed.track, currency);
  const version = saved.data.saveProgramDraft.version;
  const lint = await mutate(request, TrackLint);
  if (!lint.ok) {
    return data<ActionData>({
      at,
      values: savedValues,
      originalKey: parsed.track.key,
      errors: {},
      success: `Draft version ${version} saved.`,
      formError: `The design check could not run: ${messageForError(lint.error)}`,
    });
  }
  return data<ActionData>({
    at,
    values: savedValues,
    originalKey: parsed.track.key,
    errors: {},
    findings: lint.data.programLint,
    success: `Draft version ${version} saved.`,
  });
}

/** Findings of this track: lint paths are `track`, `track/tier` or lists of track keys. */
function splitFindings(findings: readonly Finding[], trackKey: string) {
  const byTier: Record<string, Finding[]> = {};
  const track: Finding[] = [];
  const other: Finding[] = [];
  for (const f of findings) {
    const path = f.path ?? '';
    if (path.startsWith(`${trackKey}/`)) {
      const tier = path.slice(trackKey.length + 1);
      (byTier[tier] ??= []).push(f);
      track.push(f);
    } else if (path === trackKey || path.split(',').includes(trackKey)) track.push(f);
    else other.push(f);
  }
  return { byTier, track, other };
}

export default function ProgramTrackPage() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'save';

  const values = actionData?.values ?? loaderData.values;
  const errors = actionData?.errors ?? {};
  const originalKey = actionData ? actionData.originalKey : loaderData.originalKey;
  const findings = actionData?.findings;
  const split = findings && originalKey ? splitFindings(findings, originalKey) : null;
  const title = loaderData.isNew && !actionData?.success ? 'New track' : `Track: ${values.name || values.key || 'unnamed'}`;

  return (
    <>
      <PageHeader
        eyebrow={<Link to="/console/program">Program</Link>}
        title={title}
        actions={
          <Link to="/console/program#editor" className="button button--secondary">
            Edit as code
          </Link>
        }
      >
        <p className="muted">
          Edits one track of the draft. Amounts are in {loaderData.currency}. Saving replaces this track in the draft
          {loaderData.isNew ? ' (or adds it)' : ''}; nothing is published until you publish on the program page.
        </p>
      </PageHeader>

      {!loaderData.hasProgram ? <Alert tone="warning">There is no program yet: start it as code on the program page first.</Alert> : null}
      {actionData?.success ? (
        <Alert tone="success" title={actionData.success}>
          <Link to="/console/program">See the draft on the program page</Link>
          {loaderData.isNew || (originalKey && originalKey !== loaderData.originalKey) ? (
            <>
              {' · '}
              <Link to={`/console/program/tracks/${encodeURIComponent(originalKey ?? '')}`}>Open this track&apos;s page</Link>
            </>
          ) : null}
        </Alert>
      ) : null}
      {actionData?.formError ? (
        <Alert tone="error" title={actionData.success ? undefined : 'Not saved'}>
          {actionData.formError}
          {actionData.otherErrors?.length ? (
            <ul className="error-list">
              {actionData.otherErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}

      {findings && split ? (
        <Card title="Design check of the draft" id="lint">
          <p className="muted">Errors block publishing; warnings are design pitfalls. Findings of a tier are also shown with it below.</p>
          <h3>This track</h3>
          <FindingList findings={split.track} testId="track-findings" />
          {split.other.length ? (
            <details className="disclosure">
              <summary>Other tracks and the program ({split.other.length})</summary>
              <FindingList findings={split.other} testId="other-findings" />
            </details>
          ) : null}
        </Card>
      ) : null}

      <Card>
        {/* One form per track (and per answer of the action): moving to another track in the page must not keep
            the previous track's selects and text areas, which React leaves as they were (uncontrolled fields). */}
        <Form method="post" className="stack" key={`${loaderData.originalKey ?? 'new'}:${actionData?.at ?? 'loader'}`} noValidate>
          {/* Enter in a field saves (the first submit button is the default one), never adds or removes a row. */}
          <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
            Save draft
          </button>
          <input type="hidden" name="originalKey" value={originalKey ?? ''} />
          <ProgramTrackFields values={values} errors={errors} currency={loaderData.currency} findingsByTier={split?.byTier ?? {}} busy={busy} />
        </Form>
      </Card>

      {loaderData.tracks.length ? (
        <nav aria-label="Tracks of the draft" className="program-track-nav">
          <span className="muted">Tracks of the draft:</span>
          <ul>
            {loaderData.tracks.map((t) => (
              <li key={t.key}>
                {t.key === loaderData.originalKey ? (
                  <span aria-current="page">{t.name}</span>
                ) : (
                  <Link to={`/console/program/tracks/${encodeURIComponent(t.key)}`}>{t.name}</Link>
                )}
              </li>
            ))}
            <li>
              <Link to="/console/program/tracks/new">New track</Link>
            </li>
          </ul>
        </nav>
      ) : null}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
