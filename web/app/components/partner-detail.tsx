import { Form } from '@remix-run/react';
import type { PartnerDetailQuery } from '~/gql/graphql';
import { BENEFIT_LABELS, formatBenefitValue, formatDate, formatDateTime, INCENTIVE_LABELS } from '~/lib/format';
import { StatusBadge, TierBadge } from './badges';
import { SubmitRow } from './form-actions';
import { Alert, Field, SelectField, TextareaField } from './form';
import { Card } from './page';
import { BenefitSentences, CriterionProgressList, OverrideBadge } from './tiers-progress';
import './partner-detail.css';

/** The views of /console/partners/:partnerId, one per card. */

type Partner = NonNullable<PartnerDetailQuery['partner']>;

export type OffboardActionData = { intent: 'offboard'; ok: boolean; formError?: string; reasonError?: string };

export type OverrideActionData = {
  intent: 'override';
  ok: boolean;
  tierName?: string;
  formError?: string;
  fieldErrors?: { tierKey?: string; reason?: string; pinnedUntil?: string };
  values?: { tierKey: string; reason: string; pinnedUntil: string };
};

/** The note that the tier was set by hand (an exception to the placement rule). */
export function TierOverrideNote({ override }: { override: NonNullable<Partner['tierOverride']> }) {
  return (
    <div className="tiers-exception" data-testid="tier-override" role="note" aria-label="Tier override">
      <p className="tiers-exception-title">
        <OverrideBadge /> Tier set by hand: an exception to the placement rule
      </p>
      <dl className="summary-list">
        <div>
          <dt>Reason</dt>
          <dd>{override.reason}</dd>
        </div>
        <div>
          <dt>By</dt>
          <dd>{override.by ? `${override.by.name} (${override.by.email})` : 'System'}</dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>{formatDateTime(override.at)}</dd>
        </div>
        <div>
          <dt>Pinned</dt>
          <dd>
            {override.pinnedUntil
              ? `Until ${formatDate(override.pinnedUntil)}: reviews hold this tier until then.`
              : 'No: the next tier review applies the rule again.'}
          </dd>
        </div>
      </dl>
    </div>
  );
}

export function PartnerOverview({ partner, currency }: { partner: Partner; currency: string }) {
  const done = partner.onboarding.filter((i) => i.completedAt).length;
  const override = partner.tierOverride;
  return (
    <Card title="Overview" id="overview">
      <dl className="summary-list">
        <div>
          <dt>Tier</dt>
          <dd>
            <TierBadge name={partner.tier.name} rank={partner.tier.rank} />
            {override ? <OverrideBadge /> : null}
            {partner.progress.atRisk ? <span className="badge badge--warning badge--small">At risk</span> : null}
          </dd>
        </div>
        <div>
          <dt>Track</dt>
          <dd>
            {partner.track.name} <span className="muted">({INCENTIVE_LABELS[partner.track.incentiveModel]})</span>
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={partner.status} />
          </dd>
        </div>
        <div>
          <dt>Manager</dt>
          <dd>{partner.manager ? `${partner.manager.name} (${partner.manager.email})` : <span className="muted">None</span>}</dd>
        </div>
        <div>
          <dt>Onboarding</dt>
          <dd>
            {done} of {partner.onboarding.length} steps done
          </dd>
        </div>
      </dl>
      {partner.tier.benefits.length ? (
        <>
          <h3>Benefits at {partner.tier.name}</h3>
          <ul className="benefit-list">
            {partner.tier.benefits.map((b) => (
              <li key={b.kind}>
                <span>{BENEFIT_LABELS[b.kind]}</span>
                <strong>{formatBenefitValue(b.kind, b.value, currency)}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>

  );
}

export function PartnerProgress({ partner, currency }: { partner: Partner; currency: string }) {
  return (
    <Card title={partner.progress.nextTier ? `Progress to ${partner.progress.nextTier.name}` : 'Progress'} id="progress">
      {partner.progress.nextTier && partner.progress.toNextTier.length ? (
        <CriterionProgressList items={partner.progress.toNextTier} currency={currency} idPrefix="partner-metric" testId="partner-progress" />
      ) : (
        <p className="muted">{partner.progress.nextTier ? 'No measured criteria yet.' : 'At the top tier of its track.'}</p>
      )}
      {partner.progress.nextTier && partner.progress.benefitsGained.length ? (
        <>
          <h3>Gains at {partner.progress.nextTier.name}</h3>
          <BenefitSentences benefits={partner.progress.benefitsGained} currency={currency} />
        </>
      ) : null}
      <h3>Onboarding steps</h3>
      <ul className="plain-list">
        {partner.onboarding.map((item) => (
          <li key={item.step.key}>
            <span className={`badge badge--small ${item.completedAt ? 'badge--ok' : 'badge--muted'}`}>{item.completedAt ? 'Done' : 'To do'}</span>{' '}
            {item.step.title}
            {item.completedAt ? <span className="muted"> · {formatDate(item.completedAt)}</span> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** "Set the tier by hand": tier, optional pin and reason, posting the "override" intent. */
export function TierOverrideForm({ partner, result, busy, today }: { partner: Partner; result: OverrideActionData | null; busy: boolean; today: string }) {
  const values = result && !result.ok ? result.values : undefined;
  return (
    <Card title="Set the tier by hand" id="override">
      <p className="muted">
        An exception to the placement rule: it needs a reason, is audited and shows on reports. Without a pin, the next tier review places{' '}
        {partner.name} by the rule again.
      </p>
      {result?.formError ? <Alert tone="error">{result.formError}</Alert> : null}
      <Form method="post" className="form-grid" noValidate key={result?.ok ? `ok-${partner.tier.key}` : 'override'}>
        <input type="hidden" name="intent" value="override" />
        <SelectField
          label="Tier"
          name="tierKey"
          id="override-tier"
          required
          defaultValue={values?.tierKey ?? partner.tier.key}
          error={result?.fieldErrors?.tierKey}
        >
          {partner.track.tiers.map((t) => (
            <option key={t.key} value={t.key}>
              {t.name}
              {t.key === partner.tier.key ? ' (current)' : ''}
            </option>
          ))}
        </SelectField>
        <Field
          label="Pin until (optional)"
          name="pinnedUntil"
          id="override-pin"
          type="date"
          min={today}
          defaultValue={values?.pinnedUntil ?? ''}
          hint="Reviews hold this tier until the end of that day."
          error={result?.fieldErrors?.pinnedUntil}
        />
        <TextareaField
          label="Reason"
          name="reason"
          id="override-reason"
          rows={3}
          required
          defaultValue={values?.reason ?? ''}
          error={result?.fieldErrors?.reason}
        />
        <SubmitRow busy={busy} label="Set tier" busyLabel="Saving…" />
      </Form>
    </Card>
  );
}

/** "Offboard partner": a reason, posting the "offboard" intent. */
export function OffboardForm({ partnerName, result, busy }: { partnerName: string; result: OffboardActionData | null; busy: boolean }) {
  return (
    <Card title="Offboard partner" id="offboard" className="card--danger">
      <p className="muted">
        Its users can no longer sign in and its open deal registrations expire. Its data is kept. This is recorded in the audit log.
      </p>
      {result?.formError ? <Alert tone="error">{result.formError}</Alert> : null}
      <Form method="post" className="form-grid" noValidate>
        <input type="hidden" name="intent" value="offboard" />
        <TextareaField label="Reason" name="reason" rows={3} required error={result?.reasonError} />
        <SubmitRow busy={busy} label={`Offboard ${partnerName}`} busyLabel="Offboarding…" kind="danger" />
      </Form>
    </Card>
  );
}
