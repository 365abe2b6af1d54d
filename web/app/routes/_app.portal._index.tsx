import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { can } from '@tierwise/shared';
import { StatusBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { OnboardingChecklist } from '~/components/onboarding-checklist';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { PartnerTierStanding } from '~/components/tiers-standing';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import { formatDateTime, INCENTIVE_LABELS } from '~/lib/format';
import '~/styles/routes/home.css';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.partner.name ?? 'Home'} · Tierwise` }];

// ProgramRules, TrackSummary, TierRef, TierFields and OnboardingStepFields: ~/lib/fragments.
const PartnerHome = graphql(`
  query PartnerHome {
    program {
      ...ProgramRules
      nextReviewAt
    }
    myNotifications(last: 5) {
      id
      kind
      message
      createdAt
    }
    myPartner {
      id
      name
      domain
      status
      track {
        ...TrackSummary
      }
      tier {
        ...TierRef
      }
      progress {
        currentTier {
          ...TierFields
        }
        nextTier {
          ...TierRef
        }
        toNextTier {
          metric
          current
          required
          met
        }
        benefitsGained {
          kind
          value
        }
        atRisk
        currentTierCriteria {
          metric
          current
          required
          met
        }
      }
      onboarding {
        completedAt
        step {
          ...OnboardingStepFields
        }
      }
    }
  }
`);

const CompleteStep = graphql(`
  mutation CompleteOnboardingStep($stepKey: String!) {
    completeOnboardingStep(stepKey: $stepKey) {
      completedAt
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePartner(request);
  const result = await query(request, PartnerHome);
  if (!result.myPartner) throw data({ message: 'Your account is not linked to a partner.' }, { status: 404 });
  return {
    partner: result.myPartner,
    currency: result.program?.currency ?? 'USD',
    nextReviewAt: result.program?.nextReviewAt ?? null,
    notifications: result.myNotifications,
    canCompleteSteps: can(user.role, 'onboarding:complete'),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'onboarding:complete');
  const form = await request.formData();
  const stepKey = String(form.get('stepKey') ?? '');
  if (!stepKey) return data({ error: 'Choose a step.' }, { status: 400 });
  const result = await mutate(request, CompleteStep, { stepKey });
  if (!result.ok) return data({ error: messageForError(result.error) }, { status: 400 });
  return { error: null };
}

export default function PartnerHomePage() {
  const { partner, currency, canCompleteSteps, nextReviewAt, notifications } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const done = partner.onboarding.filter((item) => item.completedAt).length;
  const total = partner.onboarding.length;

  return (
    <>
      <PageHeader
        eyebrow={partner.track.name}
        title={partner.name}
        actions={<StatusBadge status={partner.status} />}
      >
        <p className="muted">{partner.domain ?? 'No domain on file'}</p>
      </PageHeader>

      <PartnerTierStanding partner={partner} currency={currency} nextReviewAt={nextReviewAt} />

      <div className="grid grid--2">
        <Card title="Onboarding" id="onboarding" actions={total ? <span className="muted">{done} of {total} done</span> : null}>
          {actionData?.error ? <Alert tone="error">{actionData.error}</Alert> : null}
          {total ? (
            <OnboardingChecklist
              items={partner.onboarding}
              canCompleteSteps={canCompleteSteps}
              busyStepKey={navigation.state !== 'idle' ? (navigation.formData?.get('stepKey')?.toString() ?? null) : null}
            />
          ) : (
            <EmptyState title="No onboarding steps">Your track has no onboarding steps.</EmptyState>
          )}
        </Card>

        <div className="stack">
          <Card title="Latest news" id="notifications">
            {notifications.length ? (
              <ul className="tiers-news" data-testid="notifications">
                {notifications.map((n) => (
                  <li key={n.id} data-kind={n.kind}>
                    <p>{n.message}</p>
                    <p className="fine-print">{formatDateTime(n.createdAt)}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="fine-print">No news yet. Tier changes and other messages for {partner.name} show here.</p>
            )}
          </Card>

          <Card title="Your track" id="track">
            <p className="text-strong">{partner.track.name}</p>
            <p>{partner.track.motion}</p>
            <dl className="summary-list">
              <div>
                <dt>Incentive</dt>
                <dd>{INCENTIVE_LABELS[partner.track.incentiveModel]}</dd>
              </div>
              <div>
                <dt>Status</dt>
                <dd>
                  <StatusBadge status={partner.status} />
                </dd>
              </div>
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
