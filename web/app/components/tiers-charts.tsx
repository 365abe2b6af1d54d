import { layoutBarChart, CHART } from '~/lib/charts';
import './tiers-charts.css';

export type ChartTone = 'brand' | 'accent' | 'ok' | 'warning' | 'muted' | 'danger';

export interface ChartSeries {
  label: string;
  tone: ChartTone;
}

/** Bars take at most this share of the width; the value text sits to the right. */
const BAR_SPAN = 68;

/**
 * A horizontal bar chart drawn as inline SVG on the server (no script, no
 * library). Widths are percentages, so it fits any screen with readable text.
 * Screen readers get the title and a sentence with every value.
 */
export function BarChart({
  id,
  title,
  series,
  rows,
  format = (v) => String(v),
  max,
  showTitle = true,
}: {
  id: string;
  title: string;
  /** False when the surrounding card already shows the same title (screen readers still get it). */
  showTitle?: boolean;
  series: readonly ChartSeries[];
  rows: ReadonlyArray<{ label: string; values: readonly number[] }>;
  format?: (value: number) => string;
  max?: number;
}) {
  const layout = layoutBarChart(rows, max);
  const summary = rows
    .map((r) => `${r.label}: ${r.values.map((v, i) => (series.length > 1 ? `${series[i]?.label ?? ''} ${format(v)}` : format(v))).join(', ')}`)
    .join('; ');
  return (
    <figure className="tiers-chart" data-testid={`tiers-chart-${id}`}>
      <figcaption className="tiers-chart-caption">
        <span className={showTitle ? 'tiers-chart-title' : 'visually-hidden'}>{title}</span>
        {series.length > 1 ? (
          <span className="tiers-chart-legend">
            {series.map((s) => (
              <span key={s.label} className="tiers-chart-legend-item">
                <span className={`tiers-chart-swatch tiers-chart-fill--${s.tone}`} aria-hidden="true" />
                {s.label}
              </span>
            ))}
          </span>
        ) : null}
      </figcaption>
      {rows.length ? (
        <svg className="tiers-chart-svg" width="100%" height={layout.height} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          {layout.rows.map((row) => (
            <g key={row.label}>
              <text x="0" y={row.labelY} className="tiers-chart-label">
                {row.label}
              </text>
              {row.bars.map((bar) => {
                const tone = series[bar.series]?.tone ?? 'brand';
                const width = bar.share > 0 ? Math.max(bar.share * BAR_SPAN, 0.6) : 0;
                return (
                  <g key={bar.series}>
                    <rect x="0" y={bar.y} width={`${BAR_SPAN}%`} height={CHART.barHeight} rx="3" className="tiers-chart-track" />
                    {width > 0 ? <rect x="0" y={bar.y} width={`${width}%`} height={CHART.barHeight} rx="3" className={`tiers-chart-fill--${tone}`} /> : null}
                    <text x="100%" y={bar.y + CHART.barHeight - 3} textAnchor="end" className="tiers-chart-value">
                      {format(bar.value)}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      ) : (
        <p className="muted">No data for this period.</p>
      )}
    </figure>
  );
}

export interface StackSegment {
  key: string;
  label: string;
  value: number;
  share: number;
  tone: ChartTone;
}

/** One bar split into segments (e.g. a fund: paid, committed, available), with the numbers as a legend. */
export function StackedBar({ id, title, segments, format, total }: { id: string; title: string; segments: readonly StackSegment[]; format: (v: number) => string; total: string }) {
  let x = 0;
  const label = `${title}: ${segments.map((s) => `${s.label.toLowerCase()} ${format(s.value)}`).join(', ')} of ${total}`;
  return (
    <figure className="tiers-chart tiers-chart--stack" data-testid={`tiers-chart-${id}`}>
      <svg className="tiers-chart-svg" width="100%" height="22" role="img" aria-label={label}>
        <rect x="0" y="0" width="100%" height="22" rx="6" className="tiers-chart-track" />
        {segments.map((s) => {
          const start = x;
          x += s.share * 100;
          return s.share > 0 ? <rect key={s.key} x={`${start}%`} y="0" width={`${s.share * 100}%`} height="22" className={`tiers-chart-fill--${s.tone}`} /> : null;
        })}
      </svg>
      <figcaption>
        <dl className="tiers-stack-legend">
          {segments.map((s) => (
            <div key={s.key} data-segment={s.key}>
              <dt>
                <span className={`tiers-chart-swatch tiers-chart-fill--${s.tone}`} aria-hidden="true" />
                {s.label}
              </dt>
              <dd>{format(s.value)}</dd>
            </div>
          ))}
        </dl>
      </figcaption>
    </figure>
  );
}
