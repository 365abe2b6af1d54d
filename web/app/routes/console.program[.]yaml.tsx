import type { LoaderFunctionArgs } from '@remix-run/node';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';

const ExportProgram = graphql(`
  query ExportProgram($version: Int) {
    exportProgram(version: $version)
  }
`);

/** /console/program.yaml[?version=N]: the program as a YAML file (default: the draft, else the published one). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'program:read-draft');
  const raw = new URL(request.url).searchParams.get('version');
  const version = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : null;
  const result = await query(request, ExportProgram, { version });
  const name = version ? `tierwise-program-v${version}.yaml` : 'tierwise-program.yaml';
  return new Response(result.exportProgram, {
    headers: {
      'Content-Type': 'application/yaml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
