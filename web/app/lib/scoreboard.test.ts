import { describe, expect, it } from 'vitest';
import { bpsPercent, distributionByTrack, parsePeriod, periodPresets, scoreboardCsv, sourcedShareOfPartnerPipeline } from './scoreboard';

const now = new Date('2026-11-25T12:00:00Z');

describe('scoreboard period', () => {
  it('defaults to this quarter, end day inclusive', () => {
    const p = parsePeriod(new URLSearchParams(), now);
    expect(p).toMatchObject({ from: '2026-10-01', to: '2026-12-31', fromIso: '2026-10-01T00:00:00.000Z', toIso: '2027-01-01T00:00:00.000Z', errors: {} });
  });

  it('reads given days and reports bad ones', () => {
    expect(parsePeriod(new URLSearchParams('from=2026-01-01&to=2026-06-30'), now)).toMatchObject({ from: '2026-01-01', to: '2026-06-30', toIso: '2026-07-01T00:00:00.000Z' });
    expect(parsePeriod(new URLSearchParams('from=2026-02-30'), now).errors.from).toMatch(/date/);
    expect(parsePeriod(new URLSearchParams('from=2020-01-01&to=2026-12-31'), now).errors.from).toMatch(/five years/);
    expect(parsePeriod(new URLSearchParams('from=2022-01-01&to=2026-12-31'), now).errors).toEqual({});
    const reversed = parsePeriod(new URLSearchParams('from=2026-06-01&to=2026-01-01'), now);
    expect(reversed.errors.to).toMatch(/after the start/);
    expect(reversed.from).toBe('2026-10-01');
  });
});

describe('scoreboard values', () => {
  const board = {
    registeredDeals: 4,
    approvedDeals: 3,
    registeredToApprovedBps: 7500,
    sourcedPipeline: 12_000_000,
    influencedPipeline: 1_200_000,
    sourcedRevenueWon: 3_000_000,
    activeReps60d: 3,
    certifiedPartners: 1,
    byTrack: [
      { trackKey: 'agency', trackName: 'Agencies', partners: 2, registeredDeals: 3, approvedDeals: 2, sourcedPipeline: 8_000_000, influencedPipeline: 0, sourcedRevenueWon: 3_000_000 },
      { trackKey: 'technology', trackName: 'Technology', partners: 1, registeredDeals: 1, approvedDeals: 1, sourcedPipeline: 4_000_000, influencedPipeline: 1_200_000, sourcedRevenueWon: 0 },
    ],
    tierDistribution: [
      { trackKey: 'agency', tierKey: 'elite', tierName: 'Elite', rank: 1, partners: 1 },
      { trackKey: 'agency', tierKey: 'select', tierName: 'Select', rank: 0, partners: 1 },
      { trackKey: 'technology', tierKey: 'registered', tierName: 'Registered', rank: 0, partners: 1 },
    ],
    inactivePartners: [],
    overrides: [],
  };

  it('words basis points', () => {
    expect(bpsPercent(7500)).toBe('75%');
    expect(bpsPercent(6667)).toBe('66.7%');
    expect(bpsPercent(null)).toBe('—');
  });

  it('exports a CSV row per track and a total', () => {
    const lines = scoreboardCsv(board, { from: '2026-10-01', to: '2026-12-31' }, 'USD').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('2026-10-01,2026-12-31,Agencies,2,3,2,66.7,80000.00,0.00,30000.00,USD');
    expect(lines[3]).toBe('2026-10-01,2026-12-31,All tracks,3,4,3,75.0,120000.00,12000.00,30000.00,USD');
  });

  it('groups the tier distribution by track, lowest first', () => {
    const groups = distributionByTrack(board);
    expect(groups.map((g) => [g.trackName, g.tiers.map((t) => t.tierName)])).toEqual([
      ['Agencies', ['Select', 'Elite']],
      ['Technology', ['Registered']],
    ]);
  });
});

describe('sourcedShareOfPartnerPipeline', () => {
  it('is sourced over the partner pipeline (sourced + influenced), not over a total the portal does not know', () => {
    expect(sourcedShareOfPartnerPipeline({ sourcedPipeline: 12_000_000, influencedPipeline: 1_200_000 })).toBe('91%');
    expect(sourcedShareOfPartnerPipeline({ sourcedPipeline: 0, influencedPipeline: 0 })).toBe('—');
  });
});

describe('periodPresets', () => {
  it('offers this and last quarter, the year so far and the last 12 months, days inclusive', () => {
    expect(periodPresets(new Date('2026-11-15T10:00:00Z'))).toEqual([
      { label: 'This quarter', from: '2026-10-01', to: '2026-12-31' },
      { label: 'Last quarter', from: '2026-07-01', to: '2026-09-30' },
      { label: 'Year to date', from: '2026-01-01', to: '2026-11-15' },
      { label: 'Last 12 months', from: '2025-11-16', to: '2026-11-15' },
    ]);
  });
});
