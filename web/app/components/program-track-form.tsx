import { assertUnreachable, BENEFIT_KINDS, INCENTIVE_MODELS, STEP_COMPLETIONS, TIER_METRICS, type BenefitKind, type IncentiveModel, type TierMetric } from '@tierwise/shared';
import type { ReactNode } from 'react';
import { Field, SelectField, TextareaField } from '~/components/form';
import { FindingList, type Finding } from '~/components/tiers-lint';
import { BENEFIT_LABELS, INCENTIVE_LABELS, METRIC_LABELS } from '~/lib/format';
import { benefitUnitOf, fieldName, metricUnitOf, type FieldErrors, type TrackFormValues } from '~/lib/program-track-form';
import './program-track-form.css';

const COMPLETION_LABELS: Record<(typeof STEP_COMPLETIONS)[number], string> = {
  MANUAL: 'Marked done by the partner',
  PROFILE_COMPLETED: 'Company profile completed',
  FIRST_CERTIFICATION: 'First certification',
  FIRST_DEAL_REGISTERED: 'First deal registered',
  FIRST_DEAL_APPROVED: 'First deal approved',
  FIRST_DEAL_WON: 'First deal won',
};

function benefitHint(kind: string, currency: string): string {
  const unit = benefitUnitOf(kind);
  switch (unit) {
    case 'MONEY':
      return `Amount in ${currency}.`;
    case 'BASIS_POINTS':
      return 'Percent of the deal amount, e.g. 6 for 6%.';
    case 'DAYS':
      return 'Days.';
    case 'YES_NO':
      return 'Yes or No.';
    case null:
      return 'Choose a benefit, then its value.';
    default:
      return assertUnreachable(unit, 'benefit unit');
  }
}

function thresholdHint(metric: string, currency: string): string {
  const unit = metricUnitOf(metric);
  switch (unit) {
    case 'MONEY':
      return `Amount in ${currency}.`;
    case 'YES_NO':
      return '1 = onboarding done.';
    case 'COUNT':
    case null:
      return 'A count.';
    default:
      return assertUnreachable(unit, 'metric unit');
  }
}

function RemoveButton({ intent, label }: { intent: string; label: string }) {
  return (
    <button type="submit" name="intent" value={intent} className="button button--ghost button--small program-remove" aria-label={label} formNoValidate>
      Remove
    </button>
  );
}

function AddButton({ intent, children }: { intent: string; children: ReactNode }) {
  return (
    <button type="submit" name="intent" value={intent} className="button button--secondary button--small" formNoValidate>
      {children}
    </button>
  );
}

/**
 * The fields of one track, with indexed names (`tiers[0].criteria[1].metric`)
 * and add/remove submit buttons: it works without JavaScript, the action
 * re-renders it with one row more or less.
 */
export function ProgramTrackFields({
  values,
  errors,
  currency,
  findingsByTier,
  busy,
}: {
  values: TrackFormValues;
  errors: FieldErrors;
  currency: string;
  /** Design findings of this track by tier key (`track/tier` paths). */
  findingsByTier: Record<string, Finding[]>;
  busy: boolean;
}) {
  const err = (name: string) => errors[name];
  return (
    <div className="stack program-track-form">
      <fieldset className="program-fieldset">
        <legend>Track</legend>
        <div className="form-grid">
          <Field label="Track key" name="key" defaultValue={values.key} error={err('key')} hint="Lowercase letters, digits and dashes." autoComplete="off" spellCheck={false} />
          <Field label="Track name" name="name" defaultValue={values.name} error={err('name')} />
          <SelectField label="Incentive model" name="incentiveModel" defaultValue={values.incentiveModel} error={err('incentiveModel')}>
            <option value="">Choose…</option>
            {INCENTIVE_MODELS.map((m) => (
              <option key={m} value={m}>
                {INCENTIVE_LABELS[m as IncentiveModel]}
              </option>
            ))}
          </SelectField>
          <TextareaField label="Motion" name="motion" rows={2} defaultValue={values.motion} error={err('motion')} hint="How partners of this track go to market." />
        </div>
      </fieldset>

      <section className="program-section" aria-labelledby="program-tiers-title">
        <h2 id="program-tiers-title">Tiers, lowest first</h2>
        {values.tiers.length === 0 ? <p className="muted">No tiers yet: a track needs at least one.</p> : null}
        <ol className="program-rows">
          {values.tiers.map((tier, t) => {
            const tierLabel = `tier ${t + 1}${tier.name ? ` (${tier.name})` : ''}`;
            const tierFindings = tier.key ? findingsByTier[tier.key] ?? [] : [];
            return (
              <li key={t} className="program-tier" data-testid={`tier-${t}`}>
                <fieldset className="program-fieldset">
                  <legend>
                    Tier {t + 1}
                    {t === 0 ? <span className="muted"> · entry tier</span> : null}
                  </legend>
                  <div className="program-row">
                    <Field label="Tier key" name={fieldName.tier(t, 'key')} defaultValue={tier.key} error={err(fieldName.tier(t, 'key'))} autoComplete="off" spellCheck={false} />
                    <Field label="Tier name" name={fieldName.tier(t, 'name')} defaultValue={tier.name} error={err(fieldName.tier(t, 'name'))} />
                    <RemoveButton intent={`remove-tier:${t}`} label={`Remove ${tierLabel}`} />
                  </div>

                  <fieldset className="program-fieldset program-fieldset--inner">
                    <legend>To qualify (criteria)</legend>
                    {tier.criteria.length === 0 ? <p className="muted">No criteria: every partner qualifies.</p> : null}
                    {tier.criteria.map((c, i) => (
                      <div className="program-row" key={i} data-testid={`tier-${t}-criterion-${i}`}>
                        <SelectField label="Metric" name={fieldName.criterion(t, i, 'metric')} defaultValue={c.metric} error={err(fieldName.criterion(t, i, 'metric'))}>
                          <option value="">Choose…</option>
                          {TIER_METRICS.map((m) => (
                            <option key={m} value={m}>
                              {METRIC_LABELS[m as TierMetric]}
                            </option>
                          ))}
                        </SelectField>
                        <Field
                          label="Threshold"
                          name={fieldName.criterion(t, i, 'threshold')}
                          defaultValue={c.threshold}
                          error={err(fieldName.criterion(t, i, 'threshold'))}
                          hint={thresholdHint(c.metric, currency)}
                          inputMode="decimal"
                          autoComplete="off"
                        />
                        <Field
                          label="Window (days)"
                          name={fieldName.criterion(t, i, 'windowDays')}
                          defaultValue={c.windowDays}
                          error={err(fieldName.criterion(t, i, 'windowDays'))}
                          hint="Empty: 365."
                          inputMode="numeric"
                          autoComplete="off"
                        />
                        <RemoveButton intent={`remove-criterion:${t}:${i}`} label={`Remove criterion ${i + 1} of ${tierLabel}`} />
                      </div>
                    ))}
                    <AddButton intent={`add-criterion:${t}`}>Add criterion</AddButton>
                  </fieldset>

                  <fieldset className="program-fieldset program-fieldset--inner">
                    <legend>Benefits</legend>
                    {tier.benefits.length === 0 ? <p className="muted">No benefits.</p> : null}
                    {tier.benefits.map((b, i) => (
                      <div className="program-row" key={i} data-testid={`tier-${t}-benefit-${i}`}>
                        <SelectField label="Benefit" name={fieldName.benefit(t, i, 'kind')} defaultValue={b.kind} error={err(fieldName.benefit(t, i, 'kind'))}>
                          <option value="">Choose…</option>
                          {BENEFIT_KINDS.map((k) => (
                            <option key={k} value={k}>
                              {BENEFIT_LABELS[k as BenefitKind]}
                            </option>
                          ))}
                        </SelectField>
                        <Field
                          label="Value"
                          name={fieldName.benefit(t, i, 'value')}
                          defaultValue={b.value}
                          error={err(fieldName.benefit(t, i, 'value'))}
                          hint={benefitHint(b.kind, currency)}
                          inputMode="decimal"
                          autoComplete="off"
                        />
                        <RemoveButton intent={`remove-benefit:${t}:${i}`} label={`Remove benefit ${i + 1} of ${tierLabel}`} />
                      </div>
                    ))}
                    <AddButton intent={`add-benefit:${t}`}>Add benefit</AddButton>
                  </fieldset>

                  {tierFindings.length ? (
                    <div className="program-tier-findings">
                      <p className="alert-title">Design check of this tier</p>
                      <FindingList findings={tierFindings} testId={`tier-${t}-findings`} />
                    </div>
                  ) : null}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <AddButton intent="add-tier">Add tier</AddButton>
      </section>

      <section className="program-section" aria-labelledby="program-steps-title">
        <h2 id="program-steps-title">Onboarding steps</h2>
        {values.onboardingSteps.length === 0 ? <p className="muted">No onboarding steps.</p> : null}
        <ol className="program-rows">
          {values.onboardingSteps.map((s, i) => (
            <li key={i} className="program-step" data-testid={`step-${i}`}>
              <fieldset className="program-fieldset">
                <legend>Step {i + 1}</legend>
                <div className="program-row">
                  <Field label="Step key" name={fieldName.step(i, 'key')} defaultValue={s.key} error={err(fieldName.step(i, 'key'))} autoComplete="off" spellCheck={false} />
                  <Field label="Title" name={fieldName.step(i, 'title')} defaultValue={s.title} error={err(fieldName.step(i, 'title'))} />
                  <SelectField label="Completes when" name={fieldName.step(i, 'completion')} defaultValue={s.completion} error={err(fieldName.step(i, 'completion'))}>
                    <option value="">Choose…</option>
                    {STEP_COMPLETIONS.map((c) => (
                      <option key={c} value={c}>
                        {COMPLETION_LABELS[c]}
                      </option>
                    ))}
                  </SelectField>
                  <RemoveButton intent={`remove-step:${i}`} label={`Remove step ${i + 1}${s.title ? ` (${s.title})` : ''}`} />
                </div>
                <TextareaField label="Description (optional)" name={fieldName.step(i, 'description')} rows={2} defaultValue={s.description} error={err(fieldName.step(i, 'description'))} />
              </fieldset>
            </li>
          ))}
        </ol>
        <AddButton intent="add-step">Add step</AddButton>
      </section>

      <div className="form-actions">
        <button type="submit" name="intent" value="save" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save draft'}
        </button>
      </div>
    </div>
  );
}
