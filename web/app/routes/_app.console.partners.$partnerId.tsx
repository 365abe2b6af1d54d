import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { can, invitableRoles, isPartnerRole } from '@tierwise/shared';
import { StatusBadge, TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert, Field, SelectField, TextareaField } from '~/components/form';
import { InviteForm } from '~/components/invite-form';
import { Card, PageHeader } from '~/components/page';
import { BenefitSentences, CriterionProgressList, OverrideBadge } from '~/components/tiers-progress';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { fieldErrorMap, messageForError } from '~/lib/errors';
import { BENEFIT_LABELS, formatBenefitValue, formatDate, formatDateTime, INCENTIVE_LABELS } from '~/lib/format';
import { handleInvite, type InviteActionData } from '~/lib/invite.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.partner.name ?? 'Partner'} · Tierwise` }];

const PartnerDetail = graphql(`
  query PartnerDetail($id: ID!) {
    program {
      currency
    }
    partner(id: $id) {
      id
      name
      domain
      status
      track {
        key
        name
        motion
        incentiveModel
        tiers {
          key
          name
          rank
        }
      }
      tierOverride {
        reason
        at
        pinnedUntil
        by {
          id
          name
          email
        }
      }
      tier {
        key
        name
        rank
        benefits {
          kind
          value
        }
      }
      manager {
        id
        name
        email
      }
      progress {
        nextTier {
          key
          name
        }
        benefitsGained {
          kind
          value
        }
        toNextTier {
          metric
          current
          required
          met
        }
        atRisk
      }
      onboarding {
        completedAt
        step {
          key
          title
        }
      }
    }
  }
`);

const OverrideTier = graphql(`
  mutation OverrideTier($partnerId: ID!, $tierKey: String!, $reason: String!, $pinnedUntil: DateTime) {
    overrideTier(partnerId: $partnerId, tierKey: $tierKey, reason: $reason, pinnedUntil: $pinnedUntil) {
      id
      tier {
        key
        name
      }
    }
  }
`);

const Offboard = graphql(`
  mutation OffboardPartner($partnerId: ID!, $reason: String!) {
    offboardPartner(partnerId: $partnerId, reason: $reason) {
      id
      status
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'partner:read-all');
  const result = await query(request, PartnerDetail, { id: params.partnerId ?? '' });
  if (!result.partner) throw data({ message: 'There is no such partner.' }, { status: 404 });
  return {
    partner: result.partner,
    currency: result.program?.currency ?? 'USD',
    inviteRoles: can(user.role, 'user:invite') ? invitableRoles(user.role).filter(isPartnerRole) : [],
    canOffboard: can(user.role, 'partner:offboard'),
    canOverride: can(user.role, 'partner:override-tier'),
    today: new Date().toISOString().slice(0, 10),
  };
}

type OffboardActionData = { intent: 'offboard'; ok: boolean; formError?: string; reasonError?: string };

type OverrideActionData = {
  intent: 'override';
  ok: boolean;
  tierName?: string;
  formError?: string;
  fieldErrors?: { tierKey?: string; reason?: string; pinnedUntil?: string };
  values?: { tierKey: string; reason: string; pinnedUntil: string };
};

async function handleOverride(request: Request, partnerId: string, form: FormData) {
  const values = {
    tierKey: String(form.get('tierKey') ?? ''),
    reason: String(form.get('reason') ?? '').trim(),
    pinnedUntil: String(form.get('pinnedUntil') ?? '').trim(),
  };
  const fieldErrors: NonNullable<OverrideActionData['fieldErrors']> = {};
  if (!values.tierKey) fieldErrors.tierKey = 'Choose the tier.';
  if (!values.reason) fieldErrors.reason = 'Say why the tier is set by hand; it shows on reports and in the audit log.';
  let pinnedUntil: string | null = null;
  if (values.pinnedUntil) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(values.pinnedUntil) ? new Date(`${values.pinnedUntil}T23:59:59Z`) : null;
    if (!day || Number.isNaN(day.getTime())) fieldErrors.pinnedUntil = 'Enter a date like 2027-03-31.';
    else if (day.getTime() <= Date.now()) fieldErrors.pinnedUntil = 'The pin must end in the future.';
    else pinnedUntil = day.toISOString();
  }
  if (Object.keys(fieldErrors).length) return data<OverrideActionData>({ intent: 'override', ok: false, fieldErrors, values }, { status: 400 });
  const result = await mutate(request, OverrideTier, { partnerId, tierKey: values.tierKey, reason: values.reason, pinnedUntil });
  if (!result.ok) {
    const fields = fieldErrorMap(result.error.fields);
    const apiFields = { tierKey: fields.tierKey, reason: fields.reason, pinnedUntil: fields.pinnedUntil };
    const hasField = Object.values(apiFields).some(Boolean);
    return data<OverrideActionData>(
      { intent: 'override', ok: false, fieldErrors: apiFields, formError: hasField ? undefined : messageForError(result.error), values },
      { status: 400 },
    );
  }
  return data<OverrideActionData>({ intent: 'override', ok: true, tierName: result.data.overrideTier.tier.name });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const partnerId = params.partnerId ?? '';
  const form = await request.formData();
  const intent = form.get('intent');
  if (intent === 'invite') {
    const user = await requirePermission(request, 'user:invite');
    return handleInvite(request, form, invitableRoles(user.role).filter(isPartnerRole), partnerId);
  }
  if (intent === 'override') {
    await requirePermission(request, 'partner:override-tier');
    return handleOverride(request, partnerId, form);
  }
  if (intent === 'offboard') {
    await requirePermission(request, 'partner:offboard');
    const reason = String(form.get('reason') ?? '').trim();
    if (!reason) return data<OffboardActionData>({ intent: 'offboard', ok: false, reasonError: 'Give the reason; it is kept in the audit log.' }, { status: 400 });
    const result = await mutate(request, Offboard, { partnerId, reason });
    if (!result.ok) return data<OffboardActionData>({ intent: 'offboard', ok: false, formError: messageForError(result.error) }, { status: 400 });
    return { intent: 'offboard', ok: true } satisfies OffboardActionData;
  }
  return data({ intent: 'unknown', ok: false }, { status: 400 });
}

export default function PartnerDetailPage() {
  const { partner, currency, inviteRoles, canOffboard, canOverride, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const inviteResult = actionData?.intent === 'invite' ? (actionData as InviteActionData) : null;
  const offboardResult = actionData?.intent === 'offboard' ? (actionData as OffboardActionData) : null;
  const overrideResult = actionData?.intent === 'override' ? (actionData as OverrideActionData) : null;
  const offboarding = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'offboard';
  const overriding = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'override';
  const done = partner.onboarding.filter((i) => i.completedAt).length;
  const override = partner.tierOverride;
  const overrideValues = overrideResult && !overrideResult.ok ? overrideResult.values : undefined;

  return (
    <>
      <PageHeader
        eyebrow={<Link to="/console/partners">Partners</Link>}
        title={partner.name}
        actions={
          <>
            <Link to={`/console/partners/${partner.id}/enablement`} className="button button--secondary">
              Enablement
            </Link>
            <Link to={`/console/mdf?${new URLSearchParams({ partnerId: partner.id })}`} className="button button--secondary">
              MDF
            </Link>
            <StatusBadge status={partner.status} />
          </>
        }
      >
        <p className="muted">
          {partner.track.name}
          {partner.domain ? ` · ${partner.domain}` : ''}
        </p>
      </PageHeader>

      {params.get('created') && !actionData ? (
        <Alert tone="success" title="Partner created">
          {partner.name} starts at {partner.tier.name}. Invite its admin below so they can sign in.
        </Alert>
      ) : null}
      {offboardResult?.ok ? <Alert tone="success">{partner.name} is offboarded. Its users can no longer sign in.</Alert> : null}
      {overrideResult?.ok ? (
        <Alert tone="success">
          {partner.name} is now at {overrideResult.tierName}, set by hand. The change is audited and shows as an exception on reports.
        </Alert>
      ) : null}

      {override ? (
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
      ) : null}

      <div className="grid grid--2">
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
      </div>

      {canOverride && partner.status !== 'OFFBOARDED' ? (
        <Card title="Set the tier by hand" id="override">
          <p className="muted">
            An exception to the placement rule: it needs a reason, is audited and shows on reports. Without a pin, the next tier review places{' '}
            {partner.name} by the rule again.
          </p>
          {overrideResult?.formError ? <Alert tone="error">{overrideResult.formError}</Alert> : null}
          <Form method="post" className="form-grid" noValidate key={overrideResult?.ok ? `ok-${partner.tier.key}` : 'override'}>
            <input type="hidden" name="intent" value="override" />
            <SelectField
              label="Tier"
              name="tierKey"
              id="override-tier"
              required
              defaultValue={overrideValues?.tierKey ?? partner.tier.key}
              error={overrideResult?.fieldErrors?.tierKey}
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
              defaultValue={overrideValues?.pinnedUntil ?? ''}
              hint="Reviews hold this tier until the end of that day."
              error={overrideResult?.fieldErrors?.pinnedUntil}
            />
            <TextareaField
              label="Reason"
              name="reason"
              id="override-reason"
              rows={3}
              required
              defaultValue={overrideValues?.reason ?? ''}
              error={overrideResult?.fieldErrors?.reason}
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={overriding}>
                {overriding ? 'Saving…' : 'Set tier'}
              </button>
            </div>
          </Form>
        </Card>
      ) : null}

      {inviteRoles.length && partner.status !== 'OFFBOARDED' ? (
        <Card title={`Invite a user to ${partner.name}`} id="invite">
          <InviteForm roles={inviteRoles} result={inviteResult} defaultRole="PARTNER_ADMIN" />
        </Card>
      ) : null}

      {canOffboard && partner.status !== 'OFFBOARDED' ? (
        <Card title="Offboard partner" id="offboard" className="card--danger">
          <p className="muted">
            Its users can no longer sign in and its open deal registrations expire. Its data is kept. This is recorded in the audit log.
          </p>
          {offboardResult?.formError ? <Alert tone="error">{offboardResult.formError}</Alert> : null}
          <Form method="post" className="form-grid" noValidate>
            <input type="hidden" name="intent" value="offboard" />
            <TextareaField label="Reason" name="reason" rows={3} required error={offboardResult?.reasonError} />
            <div className="form-actions">
              <button type="submit" className="button button--danger" disabled={offboarding}>
                {offboarding ? 'Offboarding…' : `Offboard ${partner.name}`}
              </button>
            </div>
          </Form>
        </Card>
      ) : null}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
