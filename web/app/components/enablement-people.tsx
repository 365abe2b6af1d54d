import { ROLE_LABELS, type CertificationStatus, type Role } from '@tierwise/shared';
import type { ReactNode } from 'react';
import { daysUntil } from '~/lib/enablement';
import { formatDate } from '~/lib/format';
import { DataTable } from './data-table';
import { CertificationBadge } from './enablement-badges';

/** A partner's user and their certifications (the TeamMember fragment). */
export interface PersonRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  certifications: ReadonlyArray<{
    id: string;
    status: CertificationStatus;
    certifiedAt?: string | null;
    expiresAt?: string | null;
    completedModuleIds: readonly string[];
    path: { name: string; modules: readonly unknown[] };
  }>;
}

/**
 * People and their certifications: the partner's team page (`me` marked,
 * expiry within 30 days flagged) and the console's enablement page (since when).
 */
export function PeopleTable({
  users,
  label,
  testId,
  now,
  me,
  showSince = false,
  none,
  empty,
}: {
  users: readonly PersonRow[];
  label: string;
  testId: string;
  now: number;
  me?: string;
  showSince?: boolean;
  none: string;
  empty: ReactNode;
}) {
  return (
    <DataTable label={label} testId={testId} className="table table--top de-stack-table" columns={['Name', 'Role', 'Certifications']} count={users.length} empty={empty}>
      {users.map((u) => (
        <tr key={u.id}>
          <td>
            <span className="text-strong">
              {u.name}
              {me && u.id === me ? <span className="muted"> (you)</span> : null}
            </span>
            <span className="cell-sub">{u.email}</span>
          </td>
          <td className="nowrap de-stack-muted">{ROLE_LABELS[u.role]}</td>
          <td>
            {u.certifications.length ? (
              <ul className="cert-list">
                {u.certifications.map((c) => {
                  const soon = !showSince && c.status === 'CERTIFIED' && (daysUntil(c.expiresAt, now) ?? Infinity) <= 30;
                  return (
                    <li key={c.id}>
                      <span className="cert-name">{c.path.name}</span>
                      <CertificationBadge status={c.status} small />
                      <span className={`fine-print${soon ? ' de-warning-text' : ''}`}>
                        {c.status === 'CERTIFIED'
                          ? `${showSince ? `since ${formatDate(c.certifiedAt)}, ` : ''}expires ${formatDate(c.expiresAt)}`
                          : c.status === 'EXPIRED'
                            ? `expired ${formatDate(c.expiresAt)}`
                            : `${c.completedModuleIds.length} of ${c.path.modules.length} modules`}
                      </span>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <span className="muted">{none}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
