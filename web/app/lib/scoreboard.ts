import { toCsv } from '@tierwise/shared';
import { minorToInput } from './money';
import { currentQuarter, quarterBounds, shiftQuarter } from './quarters';

const DAY_MS = 24 * 3600 * 1000;

export interface Period {
  /** First day, YYYY-MM-DD (what the date field shows). */
  from: string;
  /** Last day, inclusive, YYYY-MM-DD. */
  to: string;
  /** The API's [from, to) as ISO date-times. */
  fromIso: string;
  toIso: string;
  errors: { from?: string; to?: string };
}

/** The API answers for periods up to five years (5 × 366 days). */
const MAX_PERIOD_DAYS = 5 * 366;

const ymd = (d: Date) => d.toISOString().slice(0, 10);

function parseDay(text: string | null): Date | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const d = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || ymd(d) !== text ? null : d;
}

/** The quick periods beside the period form (days, both inclusive). */
export function periodPresets(now: Date): { label: string; from: string; to: string }[] {
  const q = currentQuarter(now);
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

/**
 * The scoreboard period from ?from=&to= (days, both inclusive); this quarter by
 * default. A bad value is reported and replaced by the default.
 */
export function parsePeriod(params: URLSearchParams, now = new Date()): Period {
  const { start, end } = quarterBounds(currentQuarter(now));
  const defaults = { from: start, to: new Date(end.getTime() - DAY_MS) };
  const errors: Period['errors'] = {};
  const rawFrom = params.get('from');
  const rawTo = params.get('to');
  let from = rawFrom ? parseDay(rawFrom) : defaults.from;
  let to = rawTo ? parseDay(rawTo) : defaults.to;
  if (!from) {
    errors.from = 'Enter a date like 2026-10-01.';
    from = defaults.from;
  }
  if (!to) {
    errors.to = 'Enter a date like 2026-12-31.';
    to = defaults.to;
  }
  if (from > to) {
    errors.to = 'The end must be on or after the start.';
    ({ from, to } = defaults);
  } else if (to.getTime() + DAY_MS - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    errors.from = 'Choose a period of at most five years.';
    ({ from, to } = defaults);
  }
  return { from: ymd(from), to: ymd(to), fromIso: from.toISOString(), toIso: new Date(to.getTime() + DAY_MS).toISOString(), errors };
}

/** 6250 bps → "62.5%"; null → "—". */
export function bpsPercent(bps: number | null | undefined): string {
  if (bps == null) return '—';
  const p = bps / 100;
  return `${Number.isInteger(p) ? p : p.toFixed(1)}%`;
}

/**
 * Sourced pipeline as a share of the pipeline partners registered (sourced +
 * influenced), a whole percentage, or '—' without any. This is NOT a share
 * of the vendor's total pipeline: that total is not known until the CRM is
 * connected, so no share of it is shown.
 */
export function sourcedShareOfPartnerPipeline(board: { sourcedPipeline: number; influencedPipeline: number }): string {
  const partnerPipeline = board.sourcedPipeline + board.influencedPipeline;
  return partnerPipeline > 0 ? `${Math.round((board.sourcedPipeline / partnerPipeline) * 100)}%` : '—';
}

export interface TrackScoreLike {
  trackKey: string;
  trackName: string;
  partners: number;
  registeredDeals: number;
  approvedDeals: number;
  sourcedPipeline: number;
  influencedPipeline: number;
  sourcedRevenueWon: number;
}

export interface ScoreboardLike {
  registeredDeals: number;
  approvedDeals: number;
  registeredToApprovedBps: number | null;
  sourcedPipeline: number;
  influencedPipeline: number;
  sourcedRevenueWon: number;
  activeReps60d: number;
  certifiedPartners: number;
  byTrack: readonly TrackScoreLike[];
  tierDistribution: ReadonlyArray<{ trackKey: string; tierKey: string; tierName: string; rank: number; partners: number }>;
  inactivePartners: ReadonlyArray<{ name: string }>;
  overrides: ReadonlyArray<{ name: string }>;
}

/** CSV of the scoreboard: one row per track and a total, money in currency units. */
export function scoreboardCsv(board: ScoreboardLike, period: Pick<Period, 'from' | 'to'>, currency: string): string {
  const money = (v: number) => minorToInput(v, currency);
  const rate = (approved: number, registered: number) => (registered ? ((approved / registered) * 100).toFixed(1) : '');
  const rows = board.byTrack.map((t) => [
    period.from,
    period.to,
    t.trackName,
    t.partners,
    t.registeredDeals,
    t.approvedDeals,
    rate(t.approvedDeals, t.registeredDeals),
    money(t.sourcedPipeline),
    money(t.influencedPipeline),
    money(t.sourcedRevenueWon),
    currency,
  ]);
  rows.push([
    period.from,
    period.to,
    'All tracks',
    board.byTrack.reduce((n, t) => n + t.partners, 0),
    board.registeredDeals,
    board.approvedDeals,
    board.registeredToApprovedBps == null ? '' : (board.registeredToApprovedBps / 100).toFixed(1),
    money(board.sourcedPipeline),
    money(board.influencedPipeline),
    money(board.sourcedRevenueWon),
    currency,
  ]);
  return toCsv(
    [
      'from',
      'to',
      'track',
      'partners',
      'registered_deals',
      'approved_deals',
      'registered_to_approved_pct',
      'sourced_pipeline',
      'influenced_pipeline',
      'sourced_revenue_won',
      'currency',
    ],
    rows,
  );
}

/** Tier distribution grouped by track, lowest tier first. */
export function distributionByTrack(board: Pick<ScoreboardLike, 'tierDistribution' | 'byTrack'>) {
  const names = new Map(board.byTrack.map((t) => [t.trackKey, t.trackName]));
  const groups = new Map<string, { trackKey: string; trackName: string; tiers: Array<{ tierName: string; rank: number; partners: number }> }>();
  for (const row of board.tierDistribution) {
    let g = groups.get(row.trackKey);
    if (!g) {
      g = { trackKey: row.trackKey, trackName: names.get(row.trackKey) ?? row.trackKey, tiers: [] };
      groups.set(row.trackKey, g);
    }
    g.tiers.push({ tierName: row.tierName, rank: row.rank, partners: row.partners });
  }
  for (const g of groups.values()) g.tiers.sort((a, b) => a.rank - b.rank);
  return [...groups.values()];
}
