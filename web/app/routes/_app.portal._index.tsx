import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { can } from '@tierwise/shared';
import { StatusBadge, TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePartner, requirePermission } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import {
  BENEFIT_LABELS,
  formatBenefitValue,
  formatDate,
  formatMetricValue,
  INCENTIVE_LABELS,
  METRIC_LABELS,
  progressRatio,
} from '~/lib/format';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.partner.name ?? 'Home'} · Tierwise` }];

const PartnerHome = graphql(`
  query PartnerHome {
    program {
      currency
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
  const { partner, currency, canCompleteSteps } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { progress } = partner;
  const current = progress.currentTier ?? partner.tier;
  const next = progress.nextTier;
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

      {progress.atRisk ? (
        <Alert tone="warning" title={`Your ${current.name} tier is at risk`}>
          You no longer meet every criterion of your current tier. At the next tier review you may move down unless the numbers below
          recover.
        </Alert>
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
          </div>
          {next ? (
            <div className="gain">
              <h3>What you gain at {next.name}</h3>
              {progress.benefitsGained.length ? (
                <ul className="benefit-list">
                  {progress.benefitsGained.map((b) => (
                    <li key={b.kind}>
                      <span>{BENEFIT_LABELS[b.kind]}</span>
                      <strong>{formatBenefitValue(b.kind, b.value, currency)}</strong>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">The next tier lists no additional benefits.</p>
              )}
            </div>
          ) : null}
        </Card>

        <Card title={next ? `Progress to ${next.name}` : 'Progress'} id="progress">
          {next && progress.toNextTier.length ? (
            <ul className="progress-list" data-testid="progress-to-next-tier">
              {progress.toNextTier.map((c) => {
                const label = METRIC_LABELS[c.metric];
                const ratio = progressRatio(c.current, c.required);
                return (
                  <li key={c.metric} className={c.met ? 'is-met' : undefined}>
                    <div className="progress-head">
                      <span id={`metric-${c.metric}`}>{label}</span>
                      <span className="progress-numbers">
                        {formatMetricValue(c.metric, c.current, currency)} of {formatMetricValue(c.metric, c.required, currency)}
                        {c.met ? <span className="badge badge--ok badge--small">Met</span> : null}
                      </span>
                    </div>
                    <progress
                      className="meter"
                      max={1000}
                      value={Math.round(ratio * 1000)}
                      aria-labelledby={`metric-${c.metric}`}
                      aria-valuetext={`${Math.round(ratio * 100)}%`}
                    >
                      {Math.round(ratio * 100)}%
                    </progress>
                  </li>
                );
              })}
            </ul>
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
            <ol className="checklist">
              {partner.onboarding.map((item) => {
                const isDone = Boolean(item.completedAt);
                const busy = navigation.state !== 'idle' && navigation.formData?.get('stepKey') === item.step.key;
                return (
                  <li key={item.step.key} className={isDone ? 'is-done' : 'is-todo'}>
                    <span className="check" aria-hidden="true">
                      {isDone ? '✓' : ''}
                    </span>
                    <div className="checklist-text">
                      <p className="checklist-title">
                        {item.step.title}{' '}
                        <span className={`badge badge--small ${isDone ? 'badge--ok' : 'badge--muted'}`}>{isDone ? 'Done' : 'To do'}</span>
                      </p>
                      {item.step.description ? <p className="muted">{item.step.description}</p> : null}
                      {isDone ? (
                        <p className="fine-print">Completed {formatDate(item.completedAt)}</p>
                      ) : item.step.completion === 'MANUAL' ? (
                        canCompleteSteps ? (
                          <Form method="post">
                            <input type="hidden" name="stepKey" value={item.step.key} />
                            <button type="submit" className="button button--secondary button--small" disabled={busy}>
                              Mark as done
                            </button>
                          </Form>
                        ) : null
                      ) : (
                        <p className="fine-print">Completes automatically.</p>
                      )}
                    </div>
                  </li>
                );
              })}
            </ol>
          ) : (
            <EmptyState title="No onboarding steps">Your track has no onboarding steps.</EmptyState>
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
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
