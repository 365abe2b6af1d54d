/**
 * Layout of the server-rendered SVG bar charts (no chart library): pure
 * numbers, so they can be tested; components/tiers-charts.tsx draws them.
 */

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^n) at or above `value`. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const exponent = Math.floor(Math.log10(value));
  const base = 10 ** exponent;
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * base >= value) return step * base;
  }
  return 10 * base;
}

export interface ChartRow {
  label: string;
  values: readonly number[];
}

export interface BarLayout {
  series: number;
  share: number;
  value: number;
  y: number;
}

export interface RowLayout {
  label: string;
  labelY: number;
  bars: BarLayout[];
}

export interface ChartLayout {
  height: number;
  max: number;
  rows: RowLayout[];
}

export const CHART = {
  /** Height of the label line above a row's bars. */
  labelHeight: 18,
  barHeight: 14,
  barGap: 4,
  rowGap: 14,
  padding: 4,
} as const;

/** Rows top to bottom: a label line, then one bar per series; shares of a common max. */
export function layoutBarChart(rows: readonly ChartRow[], max?: number): ChartLayout {
  const top = max ?? niceMax(Math.max(0, ...rows.flatMap((r) => r.values)));
  let y = CHART.padding;
  const out: RowLayout[] = rows.map((row) => {
    const labelY = y + CHART.labelHeight - 5;
    y += CHART.labelHeight;
    const bars = row.values.map((value, series) => {
      const bar = { series, value, share: top > 0 ? Math.max(0, Math.min(1, value / top)) : 0, y };
      y += CHART.barHeight + CHART.barGap;
      return bar;
    });
    y += CHART.rowGap - CHART.barGap;
    return { label: row.label, labelY, bars };
  });
  return { height: Math.max(y - CHART.rowGap + CHART.padding * 2, 24), max: top, rows: out };
}
