import { Link } from '@remix-run/react';
import { TierBadge } from '~/components/badges';
import { Alert } from '~/components/form';
import { Card, EmptyState } from '~/components/page';
import { BenefitSentences, CriterionChecks, CriterionProgressList } from '~/components/tiers-progress';
import type { PartnerHomeQuery } from '~/gql/graphql';
import { formatDate } from '~/lib/format';
import { checkCurrentTier, missingCriteria } from '~/lib/tiers';

/** A partner's tier on the portal home: the at-risk warning, the tier held and what the next one gives, and the progress to it. */
export function PartnerTierStanding({ partner, currency, nextReviewAt }: { partner: NonNullable<PartnerHomeQuery['myPartner']>; currency: string; nextReviewAt: string | null }) {
  const { progress } = partner;
  const current = progress.currentTier ?? partner.tier;
  const next = progress.nextTier;
  // The current tier's own measurements say exactly what is missing when at risk.
  const checks = checkCurrentTier(progress.currentTier?.criteria ?? [], progress.currentTierCriteria);
  const missing = missingCriteria(checks);
  const allUnknown = missing.length > 0 && missing.every((c) => c.met === null);

  return (
    <>
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
    </>
  );
}
