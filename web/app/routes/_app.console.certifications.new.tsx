import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { ModulesPreview, PathEditor } from '~/components/enablement-path-editor';
import { RouteErrorBoundary } from '~/components/errors';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { EXAMPLE_MODULES, modulesToYaml, type PathFormValues } from '~/lib/certification-path';
import { handlePathEditor } from '~/lib/certification-path.server';

export const meta: MetaFunction = () => [{ title: 'New certification path · Tierwise' }];

const Tracks = graphql(`
  query NewPathTracks {
    program {
      tracks {
        key
        name
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'certification:edit');
  const result = await query(request, Tracks);
  const values: PathFormValues = {
    key: '',
    name: '',
    trackKey: '',
    validityDays: '365',
    passingScore: '80',
    modules: modulesToYaml(EXAMPLE_MODULES),
  };
  return { tracks: result.program?.tracks ?? [], values };
}

export async function action({ request }: ActionFunctionArgs) {
  return handlePathEditor(request);
}

export default function NewPathPage() {
  const { tracks, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeader eyebrow={<Link to="/console/certifications">Certifications</Link>} title="New certification path">
        <p className="muted">Start from the example modules below: replace them with your own courses and exam.</p>
      </PageHeader>
      {actionData?.preview ? (
        <Card title="Preview (not saved yet)" id="preview">
          <ModulesPreview modules={actionData.preview} showAnswers />
        </Card>
      ) : null}
      <PathEditor
        isNew
        tracks={tracks}
        values={actionData?.values ?? values}
        fieldErrors={actionData?.fieldErrors}
        moduleErrors={actionData?.moduleErrors}
        formError={actionData?.formError}
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
