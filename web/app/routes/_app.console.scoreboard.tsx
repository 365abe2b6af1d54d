import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { RouteErrorBoundary } from '~/components/errors';
import { Field } from '~/components/form';
import { Card, PageHeader } from '~/components/page';
import { ScoreboardByTrack, ScoreboardCharts, ScoreboardExceptions, ScoreboardStats } from '~/components/tiers-scoreboard';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { ScoreboardQuery } from '~/lib/scoreboard.server';
import { formatDate } from '~/lib/format';
import { parsePeriod, periodPresets } from '~/lib/scoreboard';
import '~/styles/routes/scoreboard.css';

export const meta: MetaFunction = () => [{ title: 'Scoreboard · Tierwise' }];

const DAY_MS = 24 * 3600 * 1000;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'scoreboard:read');
  const now = new Date();
  const period = parsePeriod(new URL(request.url).searchParams, now);
  const result = await query(request, ScoreboardQuery, { from: period.fromIso, to: period.toIso });
  return { board: result.scoreboard, currency: result.program?.currency ?? 'USD', period, presets: periodPresets(now) };
}

export default function ScoreboardPage() {
  const { board, currency, period, presets } = useLoaderData<typeof loader>();
  const csvHref = `/console/scoreboard.csv?${new URLSearchParams({ from: period.from, to: period.to })}`;

  return (
    <>
      <PageHeader
        title="Scoreboard"
        actions={
          <a href={csvHref} className="button button--secondary" download>
            Export CSV
          </a>
        }
      >
        <p className="muted">
          Outcomes of the program from {formatDate(period.fromIso)} to {formatDate(new Date(Date.parse(period.toIso) - DAY_MS).toISOString())}, by partner
          type. Not activity: pipeline, revenue, approvals.
        </p>
      </PageHeader>

      <Card title="Period" id="period">
        <Form method="get" className="sb-period" noValidate>
          <Field label="From" name="from" type="date" defaultValue={period.from} error={period.errors.from} required />
          <Field label="To (inclusive)" name="to" type="date" defaultValue={period.to} error={period.errors.to} required />
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              Show
            </button>
          </div>
        </Form>
        <nav className="sb-presets" aria-label="Quick periods">
          {presets.map((p) => {
            const active = p.from === period.from && p.to === period.to;
            return (
              <Link key={p.label} to={`?${new URLSearchParams({ from: p.from, to: p.to })}`} className={`sb-preset${active ? ' is-active' : ''}`} aria-current={active ? 'true' : undefined}>
                {p.label}
              </Link>
            );
          })}
        </nav>
      </Card>

      <ScoreboardStats board={board} currency={currency} />
      <ScoreboardCharts board={board} currency={currency} />
      <ScoreboardByTrack board={board} currency={currency} />
      <ScoreboardExceptions board={board} />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
