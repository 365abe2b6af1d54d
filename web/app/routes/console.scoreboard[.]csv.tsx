import type { LoaderFunctionArgs } from '@remix-run/node';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { parsePeriod, scoreboardCsv } from '~/lib/scoreboard';
import { ScoreboardQuery } from '~/lib/scoreboard.server';

/** /console/scoreboard.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: the scoreboard per track as CSV. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'scoreboard:read');
  const period = parsePeriod(new URL(request.url).searchParams);
  const result = await query(request, ScoreboardQuery, { from: period.fromIso, to: period.toIso });
  const csv = scoreboardCsv(result.scoreboard, period, result.program?.currency ?? 'USD');
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tierwise-scoreboard-${period.from}-to-${period.to}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
