import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { can, invitableRoles, isPartnerRole } from '@tierwise/shared';
import { StatusBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { InviteForm } from '~/components/invite-form';
import { Card, PageHeader } from '~/components/page';
import {
  OffboardForm,
  PartnerOverview,
  PartnerProgress,
  TierOverrideForm,
  TierOverrideNote,
  type OffboardActionData,
  type OverrideActionData,
} from '~/components/partner-detail';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { fieldErrorMap, messageForError } from '~/lib/errors';
import { intentOf, submittingIntent, type Intents } from '~/lib/intents';
import { handleInvite, type InviteActionData } from '~/lib/invite.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.partner.name ?? 'Partner'} · Tierwise` }];

const PartnerDetail = graphql(`
  query PartnerDetail($id: ID!) {
    program {
      currency
    }
    partner(id: $id) {
      ...PartnerCard
      track {
        motion
        incentiveModel
        tiers {
          key
          name
          rank
        }
      }
      tierOverride {
        by {
          id
          name
          email
        }
      }
      tier {
        benefits {
          kind
          value
        }
      }
      manager {
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

type IntentArgs = { request: Request; form: FormData; partnerId: string };

/** One function per intent. */
const intents = { invite, override, offboard } satisfies Intents<IntentArgs>;

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = intentOf(intents, form);
  if (!intent) return data({ intent: 'unknown', ok: false }, { status: 400 });
  return intents[intent]({ request, form, partnerId: params.partnerId ?? '' });
}

async function invite({ request, form, partnerId }: IntentArgs) {
  const user = await requirePermission(request, 'user:invite');
  return handleInvite(request, form, invitableRoles(user.role).filter(isPartnerRole), partnerId);
}

async function override({ request, form, partnerId }: IntentArgs) {
  await requirePermission(request, 'partner:override-tier');
  return handleOverride(request, partnerId, form);
}

async function offboard({ request, form, partnerId }: IntentArgs) {
  await requirePermission(request, 'partner:offboard');
  const reason = String(form.get('reason') ?? '').trim();
  if (!reason) return data<OffboardActionData>({ intent: 'offboard', ok: false, reasonError: 'Give the reason; it is kept in the audit log.' }, { status: 400 });
  const result = await mutate(request, Offboard, { partnerId, reason });
  if (!result.ok) return data<OffboardActionData>({ intent: 'offboard', ok: false, formError: messageForError(result.error) }, { status: 400 });
  return { intent: 'offboard', ok: true } satisfies OffboardActionData;
}

export default function PartnerDetailPage() {
  const { partner, currency, inviteRoles, canOffboard, canOverride, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const inviteResult = actionData?.intent === 'invite' ? (actionData as InviteActionData) : null;
  const offboardResult = actionData?.intent === 'offboard' ? (actionData as OffboardActionData) : null;
  const overrideResult = actionData?.intent === 'override' ? (actionData as OverrideActionData) : null;
  const busy = submittingIntent(navigation);
  const override = partner.tierOverride;

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

      {override ? <TierOverrideNote override={override} /> : null}

      <div className="grid grid--2">
        <PartnerOverview partner={partner} currency={currency} />
        <PartnerProgress partner={partner} currency={currency} />
      </div>

      {canOverride && partner.status !== 'OFFBOARDED' ? (
        <TierOverrideForm partner={partner} result={overrideResult} busy={busy === 'override'} today={today} />
      ) : null}

      {inviteRoles.length && partner.status !== 'OFFBOARDED' ? (
        <Card title={`Invite a user to ${partner.name}`} id="invite">
          <InviteForm roles={inviteRoles} result={inviteResult} defaultRole="PARTNER_ADMIN" />
        </Card>
      ) : null}

      {canOffboard && partner.status !== 'OFFBOARDED' ? (
        <OffboardForm partnerName={partner.name} result={offboardResult} busy={busy === 'offboard'} />
      ) : null}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
