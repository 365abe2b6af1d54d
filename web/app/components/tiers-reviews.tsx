import { Form, Link } from '@remix-run/react';
import { Alert } from '~/components/form';
import { SubmitRow } from '~/components/form-actions';
import { DataTable } from '~/components/data-table';
import { Card, EmptyState } from '~/components/page';
import { ChangeTable, FromTo } from '~/components/tiers-change-table';
import { MoveBadge, OverrideBadge } from '~/components/tiers-progress';
import type { TierReviewsQuery } from '~/gql/graphql';
import { formatDate, formatDateTime } from '~/lib/format';
import { countMoves, type Move } from '~/lib/tiers';

/** The parts of /console/reviews: the preview of a review now, the form that applies it, and past reviews. */

type Preview = TierReviewsQuery['previewTierReview'];
type Reviews = TierReviewsQuery['tierReviews'];

const ORDER: Record<Move, number> = { DEMOTE: 0, PROMOTE: 1, HOLD: 2 };

export function ReviewPreview({ preview, showAll }: { preview: Preview; showAll: boolean }) {
  const counts = countMoves(preview);
  const sorted = [...preview]
    .filter((c) => showAll || c.move !== 'HOLD' || c.pinned)
    .sort((a, b) => ORDER[a.move] - ORDER[b.move] || a.partner.name.localeCompare(b.partner.name));
  return (
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
        <DataTable label="Review preview" className="table" testId="review-preview" columns={['Partner', 'Track', 'Now → after the review', 'Move']}>
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
                <FromTo from={c.from} to={c.to} />
              </td>
              <td>
                <MoveBadge move={c.move} />
                {c.pinned ? <span className="cell-sub">Held by a pinned override</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : preview.length ? (
        <EmptyState title="Nobody would move">Every partner holds its tier by the rule; a review now changes nothing.</EmptyState>
      ) : (
        <EmptyState title="No partners to review">Partners appear here once they are created.</EmptyState>
      )}
    </Card>
  );
}

export function ApplyReviewForm({
  moving,
  nextReviewAt,
  formError,
  confirmError,
  applying,
}: {
  moving: number;
  nextReviewAt: string | null;
  formError?: string;
  confirmError?: string;
  applying: boolean;
}) {
  return (
    <Card title="Apply the review" id="apply">
      <p className="muted">
        Moves every partner as previewed above ({moving} {moving === 1 ? 'change' : 'changes'}), records the program version used, writes the audit
        log and notifies the partners that move. Overrides without a pin end here.
        {nextReviewAt
          ? ` Applying it now does not move the next scheduled review: it still runs on ${formatDate(nextReviewAt)}, on the program's cadence.`
          : ''}
      </p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Form method="post" className="stack" noValidate>
        <div className={`field tiers-confirm${confirmError ? ' field--invalid' : ''}`}>
          <label className="tiers-confirm-label" htmlFor="confirm-review">
            <input
              type="checkbox"
              id="confirm-review"
              name="confirm"
              value="yes"
              aria-invalid={confirmError ? true : undefined}
              aria-describedby={confirmError ? 'confirm-review-error' : undefined}
            />
            I have checked the preview: move {moving === 1 ? 'this partner' : 'these partners'} now
          </label>
          {confirmError ? (
            <p className="field-error" id="confirm-review-error">
              {confirmError}
            </p>
          ) : null}
        </div>
        <SubmitRow busy={applying} label="Apply review" busyLabel="Applying…" />
      </Form>
    </Card>
  );
}

export function PastReviews({ reviews, nextReviewAt }: { reviews: Reviews; nextReviewAt: string | null }) {
  return (
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
        <EmptyState title="No review applied yet">{nextReviewAt ? `The first scheduled review runs on ${formatDate(nextReviewAt)}.` : null}</EmptyState>
      )}
    </Card>
  );
}
