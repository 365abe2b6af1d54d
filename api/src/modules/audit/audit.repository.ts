import { keysetPage, type Page } from '../../db/keyset.js';
import type { Em } from '../../db/orm.js';
import { AuditEntry } from './audit-entry.entity.js';

/** One page of the audit log, newest first (then by id), optionally of one entity. */
export function auditPage(em: Em, first: number, after: string | null, entityId: string | null): Promise<Page<AuditEntry>> {
  return keysetPage(em, AuditEntry, entityId ? { entityId } : {}, { field: 'at', dir: 'desc', kind: 'date' }, first, after);
}
