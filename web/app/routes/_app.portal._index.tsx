import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { can } from '@tierwise/shared';
import { StatusBadge, TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { OnboardingChecklist } from '~/components/onboarding-checklist';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { BenefitSentences, CriterionChecks, CriterionProgressList } from '~/components/tiers-progress';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import { formatDate, formatDateTime, INCENTIVE_LABELS } from '~/lib/format';
import { checkCurrentTier, missingCriteria } from '~/lib/tiers';
import '~/styles/routes/home.css';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.partner.name ?? 'Home'} · Tierwise` }];

const PartnerHome = graphql(`
  query PartnerHome {
    program {
      currency
      nextReviewAt
      reviewCadenceMonths
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
        key
        name
        motion
        incentiveModel
      }
      tier {
        key
        name
        rank
      }
      progress {
        currentTier {
          key
          name
          rank
          criteria {
            metric
            threshold
            windowDays
          }
        }
        nextTier {
          key
          name
          rank
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
          key
          title
          description
          completion
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
  const { progress } = partner;
  const current = progress.currentTier ?? partner.tier;
  const next = progress.nextTier;
  const done = partner.onboarding.filter((item) => item.completedAt).length;
  const total = partner.onboarding.length;
  // The current tier's own measurements say exactly what is missing when at risk.
  const checks = checkCurrentTier(progress.currentTier?.criteria ?? [], progress.currentTierCriteria);
  const missing = missingCriteria(checks);
  const allUnknown = missing.length > 0 && missing.every((c) => c.met === null);

  return (
    <>
      <PageHeader
        eyebrow={partner.track.name}
        title={partner.name}
        actions={<StatusBadge status={partner.status} />}
      >
        <p className="muted">{partner.domain ?? 'No domain on file'}</p>
      </PageHeader>

      {progress.atRisk ? (
        <div className="tiers-at-risk" data-testid="at-risk">
          <Alert tone="warning" title={`Your ${current.name} tier is at risk`}>
            <p>
              You no longer meet every criterion of {current.name}. At the next tier review
              {nextReviewAt ? ` (${formatDate(nextReviewAt)})` : ''} you move down unless this changes.
            </p>
            {missing.length ? (
              <>
                <p className="tiers-at-risk-lead">{allUnknown ? `${current.name} requires:` : 'Missing:'}</p>
                <CriterionChecks checks={allUnknown ? checks : missing} currency={currency} />
              </>
            ) : null}
          </Alert>
        </div>
      ) : null}

      <div className="grid grid--2">
        <Card title="Your tier" id="tier" className="tier-card">
          <div className="tier-now">
            <TierBadge name={current.name} rank={current.rank} size="lg" />
            <p className="muted">
              {next ? (
                <>
                  Next tier: <strong className="text-strong">{next.name}</strong>
                </>
              ) : (
                'You are at the top tier of your track.'
              )}
            </p>
            <p className="fine-print" data-testid="next-review">
              {nextReviewAt ? (
                <>
                  Next tier review: <strong className="text-strong">{formatDate(nextReviewAt)}</strong>.{' '}
                </>
              ) : (
                'Tier reviews are not scheduled. '
              )}
              <Link to="/portal/tiers">How tiers work</Link>
            </p>
          </div>
          {next ? (
            <div className="gain">
              <h3>What you gain at {next.name}</h3>
              {progress.benefitsGained.length ? (
                <BenefitSentences benefits={progress.benefitsGained} currency={currency} />
              ) : (
                <p className="muted">The next tier lists no additional benefits.</p>
              )}
            </div>
          ) : null}
        </Card>

        <Card title={next ? `Progress to ${next.name}` : 'Progress'} id="progress">
          {next && progress.toNextTier.length ? (
            <>
              <CriterionProgressList items={progress.toNextTier} currency={currency} testId="progress-to-next-tier" />
              <p className="fine-print">
                You move up at the next tier review once every criterion is met. Figures cover the trailing window of each criterion.
              </p>
            </>
          ) : next ? (
            <EmptyState title="Progress will show here">
              Once your numbers are measured, each criterion for {next.name} appears here with how far you are.
            </EmptyState>
          ) : (
            <EmptyState title="Top tier reached">Keep your numbers up to hold your tier at each review.</EmptyState>
          )}
        </Card>
      </div>

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
