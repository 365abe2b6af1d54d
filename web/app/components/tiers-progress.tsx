import type { BenefitKind, TierMetric } from '@tierwise/shared';
import { benefitSentence, sortBenefits } from '~/lib/benefits';
import { formatCriterion, formatMetricValue, METRIC_LABELS, progressRatio } from '~/lib/format';
import { MOVE_LABELS, type CriterionCheck, type Move } from '~/lib/tiers';
import './tiers-progress.css';

export interface CriterionProgressItem {
  metric: TierMetric;
  current: number;
  required: number;
  met: boolean;
}

/** One labelled bar per criterion, with the numbers as text (money in the program currency, counts as counts). */
export function CriterionProgressList({
  items,
  currency,
  idPrefix = 'metric',
  testId,
}: {
  items: readonly CriterionProgressItem[];
  currency: string;
  idPrefix?: string;
  testId?: string;
}) {
  return (
    <ul className="progress-list tiers-progress" data-testid={testId}>
      {items.map((c) => {
        const ratio = progressRatio(c.current, c.required);
        const percent = Math.round(ratio * 100);
        const current = formatMetricValue(c.metric, c.current, currency);
        const required = formatMetricValue(c.metric, c.required, currency);
        const labelId = `${idPrefix}-${c.metric}`;
        const remaining = c.required - c.current;
        return (
          <li key={c.metric} className={c.met ? 'is-met' : undefined} data-metric={c.metric}>
            <div className="progress-head">
              <span id={labelId}>{METRIC_LABELS[c.metric]}</span>
              <span className="progress-numbers">
                <span>
                  {current} of {required}
                </span>
                {c.met ? <span className="badge badge--ok badge--small">Met</span> : null}
              </span>
            </div>
            <progress
              className="meter"
              max={c.required > 0 ? c.required : 1}
              value={c.required > 0 ? Math.min(Math.max(c.current, 0), c.required) : 1}
              aria-labelledby={labelId}
              aria-valuetext={`${current} of ${required} (${percent}%)`}
            >
              {percent}%
            </progress>
            {!c.met && remaining > 0 && c.metric !== 'ONBOARDING_COMPLETE' ? (
              <p className="tiers-progress-left">{formatMetricValue(c.metric, remaining, currency)} to go</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Benefits as sentences ("15% margin on won resale deals"). */
export function BenefitSentences({ benefits, currency, className }: { benefits: ReadonlyArray<{ kind: BenefitKind; value: number }>; currency: string; className?: string }) {
  return (
    <ul className={`tiers-benefits${className ? ` ${className}` : ''}`}>
      {sortBenefits(benefits).map((b) => (
        <li key={b.kind} data-kind={b.kind}>
          <span className="tiers-benefit-mark" aria-hidden="true">
            +
          </span>
          {benefitSentence(b.kind, b.value, currency)}
        </li>
      ))}
    </ul>
  );
}

/** The current tier's criteria with what is met, missing, or not measured here. */
export function CriterionChecks({ checks, currency }: { checks: readonly CriterionCheck[]; currency: string }) {
  return (
    <ul className="tiers-checks">
      {checks.map(({ criterion, current, met }) => (
        <li key={criterion.metric} className={met === true ? 'is-met' : met === false ? 'is-missing' : 'is-unknown'}>
          <span className="tiers-check-icon" aria-hidden="true">
            {met === true ? '✓' : met === false ? '✕' : '•'}
          </span>
          <span>
            {formatCriterion(criterion, currency)}
            <span className="tiers-check-state">
              {met === true
                ? ' · met'
                : met === false
                  ? ` · now ${formatMetricValue(criterion.metric, current ?? 0, currency)}`
                  : ''}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

const MOVE_TONE: Record<Move, string> = { PROMOTE: 'ok', DEMOTE: 'danger', HOLD: 'muted' };

export function MoveBadge({ move }: { move: Move }) {
  return (
    <span className={`badge badge--${MOVE_TONE[move]} tiers-move`} data-move={move}>
      <span aria-hidden="true">{move === 'PROMOTE' ? '▲' : move === 'DEMOTE' ? '▼' : '■'}</span>
      {MOVE_LABELS[move]}
    </span>
  );
}

export function OverrideBadge({ title }: { title?: string }) {
  return (
    <span className="badge badge--warning badge--small tiers-override-badge" title={title}>
      Override
    </span>
  );
}
