import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { can } from '@tierwise/shared';
import { ModulesPreview, PathEditor } from '~/components/enablement-path-editor';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { modulesToDoc, modulesToYaml, type ModuleInput, type PathFormValues } from '~/lib/certification-path';
import { handlePathEditor } from '~/lib/certification-path.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.path.name ?? 'Certification path'} · Tierwise` }];

const EditPath = graphql(`
  query EditCertificationPath {
    program {
      tracks {
        key
        name
      }
    }
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
  }
`);

const AnswerKey = graphql(`
  query ExamAnswerKey($pathId: ID!, $moduleId: ID!) {
    examAnswerKey(pathId: $pathId, moduleId: $moduleId) {
      prompt
      choices
      answer
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'program:read-draft');
  const canEdit = can(user.role, 'certification:edit');
  const result = await query(request, EditPath);
  const path = result.certificationPaths.find((p) => p.id === params.pathId);
  if (!path) throw data({ message: 'There is no such certification path.' }, { status: 404 });

  // Vendor admins edit the answers too: one answer key per exam module.
  const keys = canEdit
    ? await Promise.all(
        path.modules.map((m) =>
          m.kind === 'EXAM' ? query(request, AnswerKey, { pathId: path.id, moduleId: m.id }).then((r) => r.examAnswerKey) : Promise.resolve(null),
        ),
      )
    : path.modules.map(() => null);
  const withAnswers = path.modules.map((m, i) => ({
    title: m.title,
    kind: m.kind,
    content: m.content,
    questions: keys[i] ?? m.questions.map((q) => ({ prompt: q.prompt, choices: q.choices, answer: null })),
  }));
  const modules: ModuleInput[] = withAnswers.map((m) =>
    m.kind === 'COURSE'
      ? { title: m.title, kind: 'COURSE', content: m.content ?? '' }
      : { title: m.title, kind: 'EXAM', questions: m.questions.map((q) => ({ prompt: q.prompt, choices: [...q.choices], answer: q.answer ?? -1 })) },
  );
  const values: PathFormValues = {
    key: path.key,
    name: path.name,
    trackKey: path.trackKey ?? '',
    validityDays: String(path.validityDays),
    passingScore: String(path.passingScore),
    modules: canEdit ? modulesToYaml(modulesToDoc(withAnswers)) : '',
  };
  return {
    path: { id: path.id, key: path.key, name: path.name, trackKey: path.trackKey, validityDays: path.validityDays, passingScore: path.passingScore },
    tracks: result.program?.tracks ?? [],
    values,
    modules,
    canEdit,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  return handlePathEditor(request);
}

export default function EditPathPage() {
  const { path, tracks, values, modules, canEdit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const trackName = path.trackKey ? (tracks.find((t) => t.key === path.trackKey)?.name ?? path.trackKey) : 'All tracks';
  return (
    <>
      <PageHeader eyebrow={<Link to="/console/certifications">Certifications</Link>} title={path.name}>
        <p className="muted">
          <code>{path.key}</code> · open to {trackName} · pass at {path.passingScore}% · valid {path.validityDays} days · {modules.length}{' '}
          {modules.length === 1 ? 'module' : 'modules'}
        </p>
      </PageHeader>
      {params.get('saved') && !actionData ? <Alert tone="success">Path saved. Partners see the new version now.</Alert> : null}
      {actionData?.preview ? (
        <Card title="Preview of your changes (not saved yet)" id="preview">
          <ModulesPreview modules={actionData.preview} showAnswers />
        </Card>
      ) : null}
      {canEdit ? (
        <PathEditor
          key={path.id}
          isNew={false}
          tracks={tracks}
          values={actionData?.values ?? values}
          fieldErrors={actionData?.fieldErrors}
          moduleErrors={actionData?.moduleErrors}
          formError={actionData?.formError}
        />
      ) : (
        <p className="fine-print">Only vendor admins edit certification paths.</p>
      )}
      <Card title={canEdit ? 'Saved version' : 'Modules'} id="saved">
        <ModulesPreview modules={modules} showAnswers={canEdit} />
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
