import { Link } from '@remix-run/react';
import { formatMoney } from '@tierwise/shared';
import { TierBadge } from '~/components/badges';
import { DataTable } from '~/components/data-table';
import { Card, EmptyState } from '~/components/page';
import { BarChart, type ChartSeries } from '~/components/tiers-charts';
import { OverrideBadge } from '~/components/tiers-progress';
import type { ScoreboardQuery } from '~/gql/graphql';
import { formatDate } from '~/lib/format';
import { bpsPercent, distributionByTrack, sourcedShareOfPartnerPipeline } from '~/lib/scoreboard';

/** The parts of /console/scoreboard: key numbers, charts per track, the table by track, and the exceptions. */

type Board = ScoreboardQuery['scoreboard'];
type Format = (value: number) => string;

/** Money in the program's currency and counts, as every part of the page shows them. */
export function scoreboardFormats(currency: string): { money: Format; count: Format } {
  return { money: (v) => formatMoney(v, currency), count: (v) => new Intl.NumberFormat('en-US').format(v) };
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

export function ScoreboardStats({ board, currency }: { board: Board; currency: string }) {
  const { money, count } = scoreboardFormats(currency);
  return (
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
  );
}

/** One measure per track as a card with its chart (the card shows the title). */
function TrackChart({ id, title, series, values, board, format }: { id: string; title: string; series: readonly ChartSeries[]; values: (t: Board['byTrack'][number]) => number[]; board: Board; format: Format }) {
  return (
    <Card title={title} id={`chart-${id}`}>
      <BarChart id={id} title={title} showTitle={false} series={series} rows={board.byTrack.map((t) => ({ label: t.trackName, values: values(t) }))} format={format} />
    </Card>
  );
}

export function ScoreboardCharts({ board, currency }: { board: Board; currency: string }) {
  const { money, count } = scoreboardFormats(currency);
  const distribution = distributionByTrack(board);
  const most = Math.max(1, ...distribution.flatMap((x) => x.tiers.map((t) => t.partners)));
  return (
    <div className="grid grid--2">
      <TrackChart
        id="pipeline"
        title="Pipeline per track"
        series={[
          { label: 'Sourced', tone: 'brand' },
          { label: 'Influenced', tone: 'accent' },
        ]}
        values={(t) => [t.sourcedPipeline, t.influencedPipeline]}
        board={board}
        format={money}
      />
      <TrackChart id="revenue" title="Sourced revenue won per track" series={[{ label: 'Won', tone: 'ok' }]} values={(t) => [t.sourcedRevenueWon]} board={board} format={money} />
      <TrackChart
        id="registrations"
        title="Registrations per track"
        series={[
          { label: 'Submitted', tone: 'muted' },
          { label: 'Approved', tone: 'ok' },
        ]}
        values={(t) => [t.registeredDeals, t.approvedDeals]}
        board={board}
        format={count}
      />
      <Card title="Tier distribution (now)" id="chart-tiers">
        {distribution.length ? (
          distribution.map((g) => (
            <BarChart
              key={g.trackKey}
              id={`tiers-${g.trackKey}`}
              title={g.trackName}
              series={[{ label: 'Partners', tone: 'brand' }]}
              rows={g.tiers.map((t) => ({ label: t.tierName, values: [t.partners] }))}
              max={most}
              format={(v) => `${count(v)} ${v === 1 ? 'partner' : 'partners'}`}
            />
          ))
        ) : (
          <p className="muted">No partners yet.</p>
        )}
      </Card>
    </div>
  );
}

export function ScoreboardByTrack({ board, currency }: { board: Board; currency: string }) {
  const { money, count } = scoreboardFormats(currency);
  return (
    <Card title="By track" id="by-track">
      {board.byTrack.length ? (
        <DataTable label="Outcomes by track" className="table sb-table" columns={['Track', { label: 'Partners', className: 'tiers-num' }, { label: 'Submitted', className: 'tiers-num' }, { label: 'Approved', className: 'tiers-num' }, { label: 'Sourced pipeline', className: 'tiers-num' }, { label: 'Influenced', className: 'tiers-num' }, { label: 'Revenue won', className: 'tiers-num' }]}>
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
        </DataTable>
      ) : (
        <EmptyState title="No tracks" />
      )}
    </Card>
  );
}

export function ScoreboardExceptions({ board }: { board: Board }) {
  return (
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
  );
}
