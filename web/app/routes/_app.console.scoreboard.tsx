import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { formatMoney } from '@tierwise/shared';
import { TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Field } from '~/components/form';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { BarChart } from '~/components/tiers-charts';
import { OverrideBadge } from '~/components/tiers-progress';
import { query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { ScoreboardQuery } from '~/lib/scoreboard.server';
import { formatDate } from '~/lib/format';
import { currentQuarter, quarterBounds, shiftQuarter } from '~/lib/quarters';
import { bpsPercent, distributionByTrack, parsePeriod, sourcedShareOfPartnerPipeline } from '~/lib/scoreboard';
import '~/styles/routes/scoreboard.css';

export const meta: MetaFunction = () => [{ title: 'Scoreboard · Tierwise' }];



const DAY_MS = 24 * 3600 * 1000;

function presets(now: Date) {
  const q = currentQuarter(now);
  const ymd = (d: Date) => d.toISOString().slice(0, 10);
  const range = (quarter: string) => {
    const { start, end } = quarterBounds(quarter);
    return { from: ymd(start), to: ymd(new Date(end.getTime() - DAY_MS)) };
  };
  const year = now.getUTCFullYear();
  return [
    { label: 'This quarter', ...range(q) },
    { label: 'Last quarter', ...range(shiftQuarter(q, -1)) },
    { label: 'Year to date', from: `${year}-01-01`, to: ymd(now) },
    { label: 'Last 12 months', from: ymd(new Date(now.getTime() - 364 * DAY_MS)), to: ymd(now) },
  ];
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'scoreboard:read');
  const now = new Date();
  const period = parsePeriod(new URL(request.url).searchParams, now);
  const result = await query(request, ScoreboardQuery, { from: period.fromIso, to: period.toIso });
  return { board: result.scoreboard, currency: result.program?.currency ?? 'USD', period, presets: presets(now) };
}

export default function ScoreboardPage() {
  const { board, currency, period, presets } = useLoaderData<typeof loader>();
  const money = (v: number) => formatMoney(v, currency);
  const count = (v: number) => new Intl.NumberFormat('en-US').format(v);
  const csvHref = `/console/scoreboard.csv?${new URLSearchParams({ from: period.from, to: period.to })}`;
  const distribution = distributionByTrack(board);

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

      <section aria-labelledby="numbers-title" className="stack">
        <h2 id="numbers-title" className="visually-hidden">
          Key numbers
        </h2>
        <dl className="sb-stats" data-testid="scoreboard-stats">
          <Stat label="Sourced pipeline" value={money(board.sourcedPipeline)} note="Sourced registrations approved in the period" />
          <Stat label="Influenced pipeline" value={money(board.influencedPipeline)} note="Influenced and co-sold, approved in the period" />
          <Stat label="Sourced revenue won" value={money(board.sourcedRevenueWon)} note="Sourced deals closed won in the period" />
          <Stat label="Registrations" value={`${count(board.registeredDeals)} / ${count(board.approvedDeals)}`} note="Submitted / approved in the period" />
          <Stat label="Registered → approved" value={bpsPercent(board.registeredToApprovedBps)} note="Approved of submitted" />
          {/* Of the pipeline partners registered only: the vendor's total pipeline is not known yet (a later CRM feature). */}
          <Stat
            label="Sourced share of partner pipeline"
            value={sourcedShareOfPartnerPipeline(board)}
            note="Sourced ÷ (sourced + influenced) registrations; not a share of your total pipeline"
          />
          <Stat label="Active reps" value={count(board.activeReps60d)} note="Signed in within 60 days (now)" />
          <Stat label="Certified partners" value={count(board.certifiedPartners)} note="With a currently certified user" />
          <Stat label="Overrides" value={count(board.overrides.length)} note="Tiers set by hand (exceptions)" tone={board.overrides.length ? 'warning' : undefined} />
          <Stat label="Inactive partners" value={count(board.inactivePartners.length)} note="No registration in 90 days" tone={board.inactivePartners.length ? 'warning' : undefined} />
        </dl>
      </section>

      <div className="grid grid--2">
        <Card title="Pipeline per track" id="chart-pipeline">
          <BarChart
            id="pipeline"
            title="Pipeline per track"
            showTitle={false}
            series={[
              { label: 'Sourced', tone: 'brand' },
              { label: 'Influenced', tone: 'accent' },
            ]}
            rows={board.byTrack.map((t) => ({ label: t.trackName, values: [t.sourcedPipeline, t.influencedPipeline] }))}
            format={money}
          />
        </Card>
        <Card title="Sourced revenue won per track" id="chart-revenue">
          <BarChart
            id="revenue"
            title="Sourced revenue won per track"
            showTitle={false}
            series={[{ label: 'Won', tone: 'ok' }]}
            rows={board.byTrack.map((t) => ({ label: t.trackName, values: [t.sourcedRevenueWon] }))}
            format={money}
          />
        </Card>
        <Card title="Registrations per track" id="chart-registrations">
          <BarChart
            id="registrations"
            title="Registrations per track"
            showTitle={false}
            series={[
              { label: 'Submitted', tone: 'muted' },
              { label: 'Approved', tone: 'ok' },
            ]}
            rows={board.byTrack.map((t) => ({ label: t.trackName, values: [t.registeredDeals, t.approvedDeals] }))}
            format={count}
          />
        </Card>
        <Card title="Tier distribution (now)" id="chart-tiers">
          {distribution.length ? (
            distribution.map((g) => (
              <BarChart
                key={g.trackKey}
                id={`tiers-${g.trackKey}`}
                title={g.trackName}
                series={[{ label: 'Partners', tone: 'brand' }]}
                rows={g.tiers.map((t) => ({ label: t.tierName, values: [t.partners] }))}
                max={Math.max(1, ...distribution.flatMap((x) => x.tiers.map((t) => t.partners)))}
                format={(v) => `${count(v)} ${v === 1 ? 'partner' : 'partners'}`}
              />
            ))
          ) : (
            <p className="muted">No partners yet.</p>
          )}
        </Card>
      </div>

      <Card title="By track" id="by-track">
        {board.byTrack.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Outcomes by track">
            <table className="table sb-table">
              <thead>
                <tr>
                  <th scope="col">Track</th>
                  <th scope="col" className="tiers-num">Partners</th>
                  <th scope="col" className="tiers-num">Submitted</th>
                  <th scope="col" className="tiers-num">Approved</th>
                  <th scope="col" className="tiers-num">Sourced pipeline</th>
                  <th scope="col" className="tiers-num">Influenced</th>
                  <th scope="col" className="tiers-num">Revenue won</th>
                </tr>
              </thead>
              <tbody>
                {board.byTrack.map((t) => (
                  <tr key={t.trackKey}>
                    <th scope="row">{t.trackName}</th>
                    <td className="tiers-num">{count(t.partners)}</td>
                    <td className="tiers-num">{count(t.registeredDeals)}</td>
                    <td className="tiers-num">{count(t.approvedDeals)}</td>
                    <td className="tiers-num">{money(t.sourcedPipeline)}</td>
                    <td className="tiers-num">{money(t.influencedPipeline)}</td>
                    <td className="tiers-num">{money(t.sourcedRevenueWon)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState title="No tracks" />
        )}
      </Card>

      <div className="grid grid--2">
        <Card title="Overrides (exceptions)" id="overrides">
          {board.overrides.length ? (
            <ul className="sb-list">
              {board.overrides.map((p) => (
                <li key={p.id}>
                  <Link to={`/console/partners/${p.id}`} className="row-link">
                    {p.name}
                  </Link>
                  <span className="sb-list-meta">
                    <TierBadge name={p.tier.name} rank={p.tier.rank} /> <OverrideBadge />
                  </span>
                  {p.tierOverride ? (
                    <span className="fine-print">
                      {p.tierOverride.reason}
                      {p.tierOverride.pinnedUntil ? ` · pinned until ${formatDate(p.tierOverride.pinnedUntil)}` : ''}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="ok-text">None: every partner is placed by the rule.</p>
          )}
        </Card>
        <Card title="Inactive partners" id="inactive">
          <p className="fine-print">Active partners with no deal registration in 90 days: candidates for a check-in or off-boarding.</p>
          {board.inactivePartners.length ? (
            <ul className="sb-list">
              {board.inactivePartners.map((p) => (
                <li key={p.id}>
                  <Link to={`/console/partners/${p.id}`} className="row-link">
                    {p.name}
                  </Link>
                  <span className="sb-list-meta">
                    {p.track.name} · <TierBadge name={p.tier.name} rank={p.tier.rank} />
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="ok-text">None: every active partner registered a deal lately.</p>
          )}
        </Card>
      </div>
    </>
  );
}

function Stat({ label, value, note, tone }: { label: string; value: string; note?: string; tone?: 'warning' }) {
  return (
    <div className={`sb-stat${tone ? ` sb-stat--${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="sb-stat-value">{value}</span>
        {note ? <span className="sb-stat-note">{note}</span> : null}
      </dd>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
