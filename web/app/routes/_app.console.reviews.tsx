import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { can } from '@tierwise/shared';
import { TierBadge } from '~/components/badges';
import { RouteErrorBoundary } from '~/components/errors';
import { Alert } from '~/components/form';
import { Card, EmptyState, PageHeader } from '~/components/page';
import { MoveBadge, OverrideBadge } from '~/components/tiers-progress';
import { ChangeTable } from '~/components/tiers-change-table';
import { graphql } from '~/gql';
import { mutate, query } from '~/lib/api.server';
import { requirePermission } from '~/lib/auth.server';
import { messageForError } from '~/lib/errors';
import { formatDate, formatDateTime } from '~/lib/format';
import { cadenceText, countMoves, type Move } from '~/lib/tiers';
import '~/styles/routes/reviews.css';

export const meta: MetaFunction = () => [{ title: 'Tier review · Tierwise' }];

const Reviews = graphql(`
  query TierReviews {
    program {
      version
      reviewCadenceMonths
      nextReviewAt
    }
    previewTierReview {
      move
      pinned
      partner {
        id
        name
        track {
          key
          name
        }
        tierOverride {
          reason
          pinnedUntil
        }
      }
      from {
        key
        name
        rank
      }
      to {
        key
        name
        rank
      }
    }
    tierReviews(last: 10) {
      id
      appliedAt
      programVersion
      appliedBy {
        id
        name
      }
      changes {
        move
        pinned
        partner {
          id
          name
        }
        from {
          key
          name
          rank
        }
        to {
          key
          name
          rank
        }
      }
    }
  }
`);

const ApplyReview = graphql(`
  mutation ApplyTierReview {
    applyTierReview {
      id
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'tier-review:preview');
  const result = await query(request, Reviews);
  return {
    program: result.program,
    preview: result.previewTierReview,
    reviews: result.tierReviews,
    canApply: can(user.role, 'tier-review:apply'),
  };
}

type ActionData = { confirmError?: string; formError?: string };

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, 'tier-review:apply');
  const form = await request.formData();
  if (form.get('confirm') !== 'yes') {
    return data<ActionData>({ confirmError: 'Tick the box to confirm that every partner is moved as previewed.' }, { status: 400 });
  }
  const result = await mutate(request, ApplyReview);
  if (!result.ok) return data<ActionData>({ formError: messageForError(result.error) }, { status: 400 });
  return redirect(`/console/reviews?applied=${encodeURIComponent(result.data.applyTierReview.id)}#applied`);
}

const ORDER: Record<Move, number> = { DEMOTE: 0, PROMOTE: 1, HOLD: 2 };

export default function ReviewsPage() {
  const { program, preview, reviews, canApply } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const counts = countMoves(preview);
  const showAll = params.get('show') === 'all';
  const sorted = [...preview]
    .filter((c) => showAll || c.move !== 'HOLD' || c.pinned)
    .sort((a, b) => ORDER[a.move] - ORDER[b.move] || a.partner.name.localeCompare(b.partner.name));
  const appliedId = params.get('applied');
  const applied = appliedId ? reviews.find((r) => r.id === appliedId) : null;
  const applying = navigation.state === 'submitting';
  const moving = counts.PROMOTE + counts.DEMOTE;

  return (
    <>
      <PageHeader title="Tier review">
        <p className="muted">
          The placement rule applied to every partner at once, by published version {program?.version ?? '—'}. {program ? cadenceText(program.reviewCadenceMonths) : ''}
          {program?.nextReviewAt ? `; the next scheduled review runs on ${formatDate(program.nextReviewAt)}.` : '.'}
        </p>
      </PageHeader>

      {applied ? (
        <div id="applied">
          <Alert tone="success" title={`Review applied: ${countMoves(applied.changes).PROMOTE} promoted, ${countMoves(applied.changes).DEMOTE} demoted`}>
            Applied {formatDateTime(applied.appliedAt)} by program version {applied.programVersion}. Partners who moved were notified.
          </Alert>
          <Card title="What the review changed" id="applied-changes">
            <ChangeTable changes={applied.changes.filter((c) => c.move !== 'HOLD')} emptyText="Nobody moved: every partner holds its tier." testId="applied-changes-table" />
          </Card>
        </div>
      ) : null}

      <Card
        title="Preview: what a review would do now"
        id="preview"
        actions={
          <div className="rev-counts" data-testid="move-counts">
            <span className="rev-count rev-count--promote">
              <strong>{counts.PROMOTE}</strong> promote
            </span>
            <span className="rev-count rev-count--demote">
              <strong>{counts.DEMOTE}</strong> demote
            </span>
            <span className="rev-count rev-count--hold">
              <strong>{counts.HOLD}</strong> hold
            </span>
            {counts.pinned ? (
              <span className="rev-count">
                <strong>{counts.pinned}</strong> pinned
              </span>
            ) : null}
          </div>
        }
      >
        <p className="fine-print rev-filter">
          {showAll ? (
            <>
              All {preview.length} partners. <Link to="?">Show only the partners who move or are pinned</Link>
            </>
          ) : (
            <>
              The partners who move or are held by a pin. <Link to="?show=all">Show all {preview.length} partners</Link>
            </>
          )}
        </p>
        {sorted.length ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Review preview">
            <table className="table" data-testid="review-preview">
              <thead>
                <tr>
                  <th scope="col">Partner</th>
                  <th scope="col">Track</th>
                  <th scope="col">Now → after the review</th>
                  <th scope="col">Move</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((c) => (
                  <tr key={c.partner.id} data-partner={c.partner.name} data-move={c.move}>
                    <td>
                      <Link to={`/console/partners/${c.partner.id}`} className="row-link">
                        {c.partner.name}
                      </Link>
                      {c.partner.tierOverride ? (
                        <span className="cell-sub">
                          <OverrideBadge title={c.partner.tierOverride.reason} />{' '}
                          {c.pinned && c.partner.tierOverride.pinnedUntil ? `Pinned until ${formatDate(c.partner.tierOverride.pinnedUntil)}` : 'Set by hand'}
                        </span>
                      ) : null}
                    </td>
                    <td>{c.partner.track.name}</td>
                    <td>
                      <span className="rev-fromto">
                        {c.from ? <TierBadge name={c.from.name} rank={c.from.rank} /> : <span className="muted">None</span>}
                        <span aria-label="to">→</span>
                        {c.to ? <TierBadge name={c.to.name} rank={c.to.rank} /> : <span className="muted">None</span>}
                      </span>
                    </td>
                    <td>
                      <MoveBadge move={c.move} />
                      {c.pinned ? <span className="cell-sub">Held by a pinned override</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : preview.length ? (
          <EmptyState title="Nobody would move">Every partner holds its tier by the rule; a review now changes nothing.</EmptyState>
        ) : (
          <EmptyState title="No partners to review">Partners appear here once they are created.</EmptyState>
        )}
      </Card>

      {canApply ? (
        <Card title="Apply the review" id="apply">
          <p className="muted">
            Moves every partner as previewed above ({moving} {moving === 1 ? 'change' : 'changes'}), records the program version used, writes the audit
            log and notifies the partners that move. Overrides without a pin end here.
            {program?.nextReviewAt
              ? ` Applying it now does not move the next scheduled review: it still runs on ${formatDate(program.nextReviewAt)}, on the program's cadence.`
              : ''}
          </p>
          {actionData?.formError ? <Alert tone="error">{actionData.formError}</Alert> : null}
          <Form method="post" className="stack" noValidate>
            <div className={`field tiers-confirm${actionData?.confirmError ? ' field--invalid' : ''}`}>
              <label className="tiers-confirm-label" htmlFor="confirm-review">
                <input
                  type="checkbox"
                  id="confirm-review"
                  name="confirm"
                  value="yes"
                  aria-invalid={actionData?.confirmError ? true : undefined}
                  aria-describedby={actionData?.confirmError ? 'confirm-review-error' : undefined}
                />
                I have checked the preview: move {moving === 1 ? 'this partner' : 'these partners'} now
              </label>
              {actionData?.confirmError ? (
                <p className="field-error" id="confirm-review-error">
                  {actionData.confirmError}
                </p>
              ) : null}
            </div>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={applying}>
                {applying ? 'Applying…' : 'Apply review'}
              </button>
            </div>
          </Form>
        </Card>
      ) : (
        <p className="muted">Vendor admins apply reviews; scheduled reviews run by themselves.</p>
      )}

      <Card title="Past reviews" id="past">
        {reviews.length ? (
          <ul className="rev-history">
            {reviews.map((r) => {
              const c = countMoves(r.changes);
              return (
                <li key={r.id} className="rev-history-item">
                  <details className="disclosure">
                    <summary>
                      {formatDateTime(r.appliedAt)} · {r.appliedBy ? `by ${r.appliedBy.name}` : 'scheduled'} · version {r.programVersion} · {c.PROMOTE} promoted,{' '}
                      {c.DEMOTE} demoted, {c.HOLD} held
                    </summary>
                    <ChangeTable changes={r.changes.filter((x) => x.move !== 'HOLD')} emptyText="Nobody moved." />
                  </details>
                </li>
              );
            })}
          </ul>
        ) : (
          <EmptyState title="No review applied yet">{program?.nextReviewAt ? `The first scheduled review runs on ${formatDate(program.nextReviewAt)}.` : null}</EmptyState>
        )}
      </Card>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary };
