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
import { intentOf, type Intents } from '~/lib/intents';
import { programToDoc } from '~/lib/program';
import { splitFindings } from '~/lib/program-findings';
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
import { ProgramLint, SaveProgramDraft } from '~/lib/program.server';
import '~/styles/routes/program.css';

/**
 * /console/program/tracks/:trackKey (and /console/program/tracks/new): one
 * track of the draft as ordinary form fields, for vendor admins. Works
 * without JavaScript: add/remove buttons post to the action, which re-renders
 * the form with a row more or less (nothing saved); "Save draft" puts the
 * track into the current draft and shows the design check.
 */

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d?.isNew ? 'New track' : d?.values.name || 'Track'} · Program · Tierwise` }];

// ProgramFields: ~/lib/fragments; saving and the design check: ~/lib/program.server.
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

type TrackArgs = { request: Request; values: TrackFormValues; originalKey: string | null; at: number; intent: string };

/** One function per intent: "save", or an add/remove button (`add-tier`, `remove-criterion:0:1`: see ROW_EDITS). */
const intents = { save: saveTrack, row: editRows } satisfies Intents<TrackArgs>;

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'program:edit');
  const form = await request.formData();
  const intent = String(form.get('intent') ?? 'save');
  const args: TrackArgs = { request, values: readTrackForm(form), originalKey: String(form.get('originalKey') ?? '') || null, at: Date.now(), intent };
  // A form without an intent saves (Enter in a field); any other intent names a row to add or remove.
  return intents[intentOf(intents, form) ?? (form.has('intent') ? 'row' : 'save')](args);
}

/** Adds or removes a row and shows the form again; nothing is saved. */
async function editRows({ values, originalKey, at, intent }: TrackArgs) {
  const next = applyRowIntent(values, intent);
  return data<ActionData>({ at, values: next ?? values, originalKey, errors: {} }, { status: next ? 200 : 400 });
}

/** Puts the track into the current draft, then runs the design check of the draft. */
async function saveTrack({ request, values, originalKey, at }: TrackArgs) {
  const fail = (answer: Omit<ActionData, 'at' | 'values' | 'originalKey'>, status: number) => data<ActionData>({ at, values, originalKey, ...answer }, { status });
  const loaded = await mutate(request, TrackEditorDraft);
  if (!loaded.ok) return fail({ errors: {}, formError: messageForError(loaded.error) }, 502);
  const source = loaded.data.programDraft ?? loaded.data.program;
  if (!source) return fail({ errors: {}, formError: 'There is no program yet: start it as code on the program page first.' }, 400);
  const currency = source.currency;
  const parsed = formToTrack(values, currency);
  if (!parsed.ok) {
    const count = Object.keys(parsed.errors).length;
    return fail({ errors: parsed.errors, formError: `Not saved: ${count} field${count === 1 ? ' needs' : 's need'} fixing.` }, 400);
  }
  const doc = programToDoc(source);
  const replaces = originalKey && doc.tracks.some((t) => t.key === originalKey) ? originalKey : null;
  if (doc.tracks.some((t) => t.key === parsed.track.key && t.key !== replaces)) {
    return fail({ errors: { key: `Another track of the draft already has the key "${parsed.track.key}".` }, formError: 'Not saved: the track key is taken.' }, 400);
  }
  const { program, index } = putTrack(doc, parsed.track, replaces);

  const saved = await mutate(request, SaveProgramDraft, { input: program });
  if (!saved.ok) {
    const errors: FieldErrors = {};
    const otherErrors: string[] = [];
    for (const f of saved.error.fields) {
      const field = apiPathToField(f.path, index);
      if (field) errors[field] = errors[field] ? `${errors[field]} ${f.message}` : f.message;
      else otherErrors.push(`${f.path.replace(/^input\./, '')}: ${f.message}`);
    }
    return fail({ errors, otherErrors, formError: messageForError(saved.error) }, 400);
  }

  const answer = { at, values: trackToForm(parsed.track, currency), originalKey: parsed.track.key, errors: {}, success: `Draft version ${saved.data.saveProgramDraft.version} saved.` };
  const lint = await mutate(request, ProgramLint);
  if (!lint.ok) return data<ActionData>({ ...answer, formError: `The design check could not run: ${messageForError(lint.error)}` });
  return data<ActionData>({ ...answer, findings: lint.data.programLint });
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
