import type { CertStatus } from '~/lib/enablement';

const LABELS: Record<CertStatus, string> = {
  CERTIFIED: 'Certified',
  IN_PROGRESS: 'In progress',
  EXPIRED: 'Expired',
  NOT_STARTED: 'Not started',
};

const TONES: Record<CertStatus, string> = {
  CERTIFIED: 'ok',
  IN_PROGRESS: 'warning',
  EXPIRED: 'danger',
  NOT_STARTED: 'muted',
};

/** A certification's status, in the badge colours of badges.tsx. */
export function CertificationBadge({ status, small = false }: { status: CertStatus; small?: boolean }) {
  return (
    <span className={`badge badge--${TONES[status]}${small ? ' badge--small' : ''}`} data-status={status}>
      <span className="badge-dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}

export function DoneBadge({ done }: { done: boolean }) {
  return <span className={`badge badge--small ${done ? 'badge--ok' : 'badge--muted'}`}>{done ? 'Done' : 'To do'}</span>;
}
