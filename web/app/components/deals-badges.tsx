import { Link } from '@remix-run/react';
import type { Attribution, DealStatus } from '@tierwise/shared';
import { ATTRIBUTION_LABELS, countdown, DEAL_STATUS_LABELS, DEAL_STATUS_TONES } from '~/lib/deals';
import { formatDateTime } from '~/lib/format';
import { pageLinks } from '~/lib/pagination';
import './deals-badges.css';

/** A registration's status, in the badge colours of badges.tsx. */
export function DealStatusBadge({ status, small = false }: { status: DealStatus; small?: boolean }) {
  return (
    <span className={`badge badge--${DEAL_STATUS_TONES[status] ?? 'muted'}${small ? ' badge--small' : ''}`} data-status={status}>
      <span className="badge-dot" aria-hidden="true" />
      {DEAL_STATUS_LABELS[status] ?? status}
    </span>
  );
}

export function AttributionTag({ attribution }: { attribution: Attribution }) {
  return <span className="deal-attribution">{ATTRIBUTION_LABELS[attribution] ?? attribution}</span>;
}

/**
 * Time left until a deadline (review SLA, protection end), computed from the
 * loader's `now` so server and browser render the same text. Overdue in red.
 */
export function Countdown({ at, now, overdueLabel }: { at: string | null | undefined; now: number; overdueLabel?: string }) {
  const c = countdown(at, now);
  if (!c) return <span className="muted">—</span>;
  return (
    <span className={`de-countdown${c.overdue ? ' de-countdown--overdue' : ''}`} title={formatDateTime(at)} data-overdue={c.overdue || undefined}>
      {c.overdue ? (overdueLabel ?? `Overdue by ${c.text.replace(/^overdue by /, '')}`) : c.text}
    </span>
  );
}

/** "Next page" / "First page" that keep the other query parameters (filters). */
export function FilteredPagination({
  hasNextPage,
  endCursor,
  params,
}: {
  hasNextPage: boolean;
  endCursor: string | null;
  params: URLSearchParams;
}) {
  const paged = params.has('after');
  if (!hasNextPage && !paged) return null;
  const links = pageLinks(params, endCursor, hasNextPage);
  return (
    <nav className="pagination" aria-label="Pagination">
      {paged ? (
        <Link to={links.first} className="button button--secondary">
          First page
        </Link>
      ) : (
        <span />
      )}
      {links.next ? (
        <Link to={links.next} className="button button--secondary" rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
