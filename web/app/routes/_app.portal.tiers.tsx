import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Card, PageHeader } from '~/components/page';
import { BenefitSentences } from '~/components/tiers-progress';
import { graphql } from '~/gql';
import { query } from '~/lib/api.server';
import { requirePartner } from '~/lib/auth.server';
import { formatCriterion, formatDate, INCENTIVE_LABELS } from '~/lib/format';
import { cadenceText } from '~/lib/tiers';
import '~/styles/routes/tiers.css';

export const meta: MetaFunction = () => [{ title: 'How tiers work · Tierwise' }];

// ProgramRules, TierRef, TrackSummary and TierFields: ~/lib/fragments.
const Rulebook = graphql(`
  query PartnerRulebook {
    program {
      ...ProgramRules
      nextReviewAt
    }
    myPartner {
      id
      name
      tier {
        ...TierRef
      }
      progress {
        atRisk
      }
      track {
        ...TrackSummary
        tiers {
          ...TierFields
        }
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePartner(request);
  const result = await query(request, Rulebook);
  if (!result.myPartner) throw data({ message: 'Your account is not linked to a partner.' }, { status: 404 });
  if (!result.program) throw data({ message: 'The partner program has not been published yet.' }, { status: 404 });
  return { program: result.program, partner: result.myPartner };
}

export default function RulebookPage() {
  const { program, partner } = useLoaderData<typeof loader>();
  const { track } = partner;
  const currency = program.currency;
  return (
    <>
      <PageHeader eyebrow={`${program.name} · version ${program.version}`} title="How tiers work">
        <p className="muted">
          The published rules of the {track.name} track, the same for every partner in it. You are at <strong className="text-strong">{partner.tier.name}</strong>.
        </p>
      </PageHeader>

      <Card title="The rule" id="rule">
        <ul className="tiers-rules">
          <li>
            <strong>Placement.</strong> You are placed in the highest tier whose criteria you <em>all</em> meet. The entry tier has none. Each
            criterion counts a trailing window (365 days unless it says otherwise).
          </li>
          <li>
            <strong>Reviews.</strong> {cadenceText(program.reviewCadenceMonths)} a tier review moves every partner up or down by this rule, at
            the same time.{' '}
            {program.nextReviewAt ? (
              <>
                The next review is on <strong data-testid="rulebook-next-review">{formatDate(program.nextReviewAt)}</strong>.
              </>
            ) : null}
          </li>
          <li>
            <strong>Between reviews</strong> your tier stays. If you stop meeting its criteria, your home page warns you that it is at risk.
          </li>
          <li>
            <strong>Incentive.</strong> {track.name} earn by {INCENTIVE_LABELS[track.incentiveModel].toLowerCase()}; the rate is the one of the
            tier you hold when a deal closes.
          </li>
        </ul>
        <p className="fine-print">
          Published {formatDate(program.publishedAt)}. <Link to="/portal">See your progress</Link>
        </p>
      </Card>

      <section aria-labelledby="ladder-title" className="stack">
        <h2 id="ladder-title">{track.name}: tiers, lowest first</h2>
        <ol className="tiers-ladder" data-testid="tier-ladder">
          {track.tiers.map((tier) => {
            const isCurrent = tier.key === partner.tier.key;
            return (
              <li
                key={tier.key}
                className={`tiers-ladder-tier${isCurrent ? ' is-current' : ''}`}
                aria-current={isCurrent ? 'true' : undefined}
                data-tier={tier.key}
              >
                <div className="tiers-ladder-head">
                  <TierBadge name={tier.name} rank={tier.rank} />
                  {isCurrent ? <span className="badge badge--ok badge--small">Your tier{partner.progress.atRisk ? ' · at risk' : ''}</span> : null}
                </div>
                <p className="tiers-ladder-rank">{tier.rank === 0 ? 'Entry tier' : `Level ${tier.rank + 1} of ${track.tiers.length}`}</p>
                <h3>To qualify</h3>
                {tier.criteria.length ? (
                  <ul className="tiers-criteria">
                    {tier.criteria.map((c) => (
                      <li key={c.metric}>{formatCriterion(c, currency)}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">Nothing: every partner of the track starts here.</p>
                )}
                <h3>You receive</h3>
                {tier.benefits.length ? (
                  <BenefitSentences benefits={tier.benefits} currency={currency} />
                ) : (
                  <p className="muted">No benefits listed.</p>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
