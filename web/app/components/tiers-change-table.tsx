import { Link } from '@remix-run/react';
import { TierBadge } from '~/components/badges';
import { MoveBadge } from '~/components/tiers-progress';
import type { Move } from '~/lib/tiers';
import './tiers-change-table.css';

type TierShown = { name: string; rank: number } | null;

/** A partner's tier now → after a review ("None" without one). */
export function FromTo({ from, to }: { from: TierShown; to: TierShown }) {
  return (
    <span className="rev-fromto">
      {from ? <TierBadge name={from.name} rank={from.rank} /> : <span className="muted">None</span>}
      <span aria-label="to">→</span>
      {to ? <TierBadge name={to.name} rank={to.rank} /> : <span className="muted">None</span>}
    </span>
  );
}

/** The partners a tier review moves (or moved): from, to and the move. */
export function ChangeTable({
  changes,
  emptyText,
  testId,
}: {
  changes: ReadonlyArray<{ move: Move; pinned: boolean; partner: { id: string; name: string }; from: TierShown; to: TierShown }>;
  emptyText: string;
  testId?: string;
}) {
  if (!changes.length) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="rev-changes" data-testid={testId}>
      {changes.map((c) => (
        <li key={c.partner.id} data-partner={c.partner.name}>
          <Link to={`/console/partners/${c.partner.id}`}>{c.partner.name}</Link>
          <FromTo from={c.from} to={c.to} />
          <MoveBadge move={c.move} />
        </li>
      ))}
    </ul>
  );
}
