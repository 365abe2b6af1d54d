import type { LintSeverity, PartnerStatus } from '@tierwise/shared';
import { STATUS_LABELS } from '~/lib/format';

const STATUS_TONE: Record<PartnerStatus, string> = {
  ACTIVE: 'ok',
  ONBOARDING: 'warning',
  OFFBOARDED: 'muted',
};

export function StatusBadge({ status }: { status: PartnerStatus }) {
  return (
    <span className={`badge badge--${STATUS_TONE[status] ?? 'muted'}`} data-status={status}>
      <span className="badge-dot" aria-hidden="true" />
      {STATUS_LABELS[status] ?? status}
    </span>
  );
}

export function TierBadge({ name, rank, size = 'md' }: { name: string; rank?: number | null; size?: 'md' | 'lg' }) {
  return (
    <span className={`tier-badge tier-badge--${size}`} data-rank={rank ?? undefined}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M8 1.5l1.9 4 4.4.5-3.3 3 .9 4.4L8 11.2l-3.9 2.2.9-4.4-3.3-3 4.4-.5z" fill="currentColor" />
      </svg>
      {name}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: LintSeverity }) {
  return <span className={`badge badge--${severity === 'ERROR' ? 'danger' : 'warning'}`}>{severity === 'ERROR' ? 'Error' : 'Warning'}</span>;
}
