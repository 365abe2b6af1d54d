import { redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';

/** /console/program/tracks: the form editor of the draft's first track (or a new one). */
const FirstTrack = graphql(`
  query ProgramTracksIndex {
    programDraft {
      tracks {
        key
      }
    }
    program {
      tracks {
        key
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'program:edit');
  const result = await query(request, FirstTrack);
  const first = (result.programDraft ?? result.program)?.tracks[0]?.key;
  return redirect(first ? `/console/program/tracks/${encodeURIComponent(first)}` : '/console/program/tracks/new');
}
