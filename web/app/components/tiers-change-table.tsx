import { Link } from '@remix-run/react';
import { TierBadge } from '~/components/badges';
import { MoveBadge } from '~/components/tiers-progress';
import type { Move } from '~/lib/tiers';
import './tiers-change-table.css';

/** The partners a tier review moves (or moved): from, to and the move. */
export function ChangeTable({
  changes,
  emptyText,
  testId,
}: {
  changes: ReadonlyArray<{ move: Move; pinned: boolean; partner: { id: string; name: string }; from: { name: string; rank: number } | null; to: { name: string; rank: number } | null }>;
  emptyText: string;
  testId?: string;
}) {
  if (!changes.length) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="rev-changes" data-testid={testId}>
      {changes.map((c) => (
        <li key={c.partner.id} data-partner={c.partner.name}>
          <Link to={`/console/partners/${c.partner.id}`}>{c.partner.name}</Link>
          <span className="rev-fromto">
            {c.from ? <TierBadge name={c.from.name} rank={c.from.rank} /> : <span className="muted">None</span>}
            <span aria-label="to">→</span>
            {c.to ? <TierBadge name={c.to.name} rank={c.to.rank} /> : <span className="muted">None</span>}
          </span>
          <MoveBadge move={c.move} />
        </li>
      ))}
    </ul>
  );
}
