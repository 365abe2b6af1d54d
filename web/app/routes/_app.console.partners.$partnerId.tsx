import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { can, invitableRoles, isPartnerRole } from '@tierwise/shared';
import { StatusBadge, TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert, TextareaField } from '~/components/form';
import { InviteForm } from '~/components/invite-form';
import { Card, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import { BENEFIT_LABELS, formatBenefitValue, formatDate, formatMetricValue, INCENTIVE_LABELS, METRIC_LABELS, progressRatio } from '~/lib/format';
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
  };
}

type OffboardActionData = { intent: 'offboard'; ok: boolean; formError?: string; reasonError?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const partnerId = params.partnerId ?? '';
  const form = await request.formData();
  const intent = form.get('intent');
  if (intent === 'invite') {
    const user = await requirePermission(request, 'user:invite');
    return handleInvite(request, form, invitableRoles(user.role).filter(isPartnerRole), partnerId);
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
  const { partner, currency, inviteRoles, canOffboard } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const inviteResult = actionData?.intent === 'invite' ? (actionData as InviteActionData) : null;
  const offboardResult = actionData?.intent === 'offboard' ? (actionData as OffboardActionData) : null;
  const offboarding = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'offboard';
  const done = partner.onboarding.filter((i) => i.completedAt).length;

  return (
    <>
      <PageHeader eyebrow={<Link to="/console/partners">Partners</Link>} title={partner.name} actions={<StatusBadge status={partner.status} />}>
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

      <div className="grid grid--2">
        <Card title="Overview" id="overview">
          <dl className="summary-list">
            <div>
              <dt>Tier</dt>
              <dd>
                <TierBadge name={partner.tier.name} rank={partner.tier.rank} />
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
            <ul className="progress-list">
              {partner.progress.toNextTier.map((c) => {
                const ratio = progressRatio(c.current, c.required);
                return (
                  <li key={c.metric} className={c.met ? 'is-met' : undefined}>
                    <div className="progress-head">
                      <span id={`metric-${c.metric}`}>{METRIC_LABELS[c.metric]}</span>
                      <span className="progress-numbers">
                        {formatMetricValue(c.metric, c.current, currency)} of {formatMetricValue(c.metric, c.required, currency)}
                      </span>
                    </div>
                    <progress className="meter" max={1000} value={Math.round(ratio * 1000)} aria-labelledby={`metric-${c.metric}`}>
                      {Math.round(ratio * 100)}%
                    </progress>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="muted">{partner.progress.nextTier ? 'No measured criteria yet.' : 'At the top tier of its track.'}</p>
          )}
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
