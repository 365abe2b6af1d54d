import type { ProgramFieldsFragment } from '~/gql/graphql';
import { BENEFIT_LABELS, formatBenefitValue, formatCriterion, formatDate, INCENTIVE_LABELS, METRIC_LABELS } from '~/lib/format';
import { cadenceText } from '~/lib/tiers';
import { DataTable } from './data-table';
import { Card } from './page';

/** The published program on /console/program: its rules, then every track's tiers and onboarding path. */
export function PublishedProgram({ program, nextReviewAt }: { program: ProgramFieldsFragment; nextReviewAt: string | null }) {
  return (
    <>
      <Card title="Rules" id="rules">
        <dl className="summary-list summary-list--grid">
          <div>
            <dt>Target metric</dt>
            <dd>{METRIC_LABELS[program.targetMetric]}</dd>
          </div>
          <div>
            <dt>Tier reviews</dt>
            <dd>{cadenceText(program.reviewCadenceMonths)}</dd>
          </div>
          <div>
            <dt>Next review</dt>
            <dd>{nextReviewAt ? formatDate(nextReviewAt) : '—'}</dd>
          </div>
          <div>
            <dt>Deal protection</dt>
            <dd>{program.dealProtectionDays} days</dd>
          </div>
          <div>
            <dt>Deal review SLA</dt>
            <dd>{program.dealReviewSlaHours} hours</dd>
          </div>
          <div>
            <dt>MDF claim window</dt>
            <dd>{program.mdfClaimWindowDays} days</dd>
          </div>
          <div>
            <dt>Currency</dt>
            <dd>{program.currency}</dd>
          </div>
        </dl>
      </Card>
      {program.tracks.map((track) => (
        <Card key={track.key} title={track.name} id={`track-${track.key}`} actions={<span className="badge badge--muted">{INCENTIVE_LABELS[track.incentiveModel]}</span>}>
          <p>{track.motion}</p>
          <DataTable label={`${track.name} tiers`} className="table table--top" caption={`Tiers of ${track.name}, lowest first`} columns={['Tier', 'To qualify', 'Benefits']}>
            {track.tiers.map((tier) => (
              <tr key={tier.key}>
                <th scope="row">
                  {tier.name}
                  <span className="cell-sub">{tier.rank === 0 ? 'Entry tier' : `Rank ${tier.rank}`}</span>
                </th>
                <td>
                  {tier.criteria.length ? (
                    <ul className="plain-list">
                      {tier.criteria.map((c) => (
                        <li key={c.metric}>{formatCriterion(c, program.currency)}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">No criteria</span>
                  )}
                </td>
                <td>
                  {tier.benefits.length ? (
                    <ul className="plain-list">
                      {tier.benefits.map((b) => (
                        <li key={b.kind}>
                          {BENEFIT_LABELS[b.kind]}: <strong>{formatBenefitValue(b.kind, b.value, program.currency)}</strong>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">None</span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          {track.onboardingSteps.length ? (
            <details className="disclosure">
              <summary>Onboarding path ({track.onboardingSteps.length} steps)</summary>
              <ol className="plain-list numbered">
                {track.onboardingSteps.map((s) => (
                  <li key={s.key}>
                    <strong>{s.title}</strong>
                    {s.description ? <span className="muted"> · {s.description}</span> : null}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </Card>
      ))}
    </>
  );
}
