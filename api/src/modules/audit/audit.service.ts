import type { EntityManager } from '@mikro-orm/core';
import type { Page } from '../../db/keyset.js';
import type { Scope } from '../scope.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditPage } from './audit.repository.js';

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Append an audit entry in the caller's unit of work, so it commits (or not)
 * with the change it describes. Entries are never updated or deleted.
 */
export function audit(em: EntityManager, input: AuditInput): AuditEntry {
  const entry = em.create(AuditEntry, {
    at: new Date(),
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: json(input.before),
    after: json(input.after),
    reason: input.reason ?? null,
  });
  em.persist(entry);
  return entry;
}

/** The audit log, newest first, optionally of one entity (callers check audit:read). */
export function auditLog(scope: Scope, first: number, after: string | null, entityId: string | null): Promise<Page<AuditEntry>> {
  return auditPage(scope.em, first, after, entityId);
}
