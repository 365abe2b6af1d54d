import { createHash } from 'node:crypto';
import { assertUnreachable, OPEN_DEAL_STATUSES, SIMILAR_NAME_THRESHOLD, trigramSimilarity, type ConflictKind, type DealOrder, type DealStatus } from '@tierwise/shared';
import { isPostgres, type Em } from '../../db/orm.js';
import { keysetPage, type Page } from '../../db/keyset.js';
import { DealConflict } from './deal-conflict.entity.js';
import { Deal } from './deal.entity.js';
import { DirectAccount } from './direct-account.entity.js';

/**
 * The deal module's queries: the conflict search, the keyset pages, the
 * expiry sweeps and the other finds the use cases need. Plain functions over
 * `em` (the caller's, so they run in its transaction).
 */

export interface FoundConflict {
  kind: ConflictKind;
  otherDealId: string | null;
  directAccountId: string | null;
  detail: string | null;
}

/** Other partners' open registrations and direct accounts that claim the same customer. */
export async function findConflicts(em: Em, partnerId: string, domain: string, normalisedName: string): Promise<FoundConflict[]> {
  const open = { status: { $in: [...OPEN_DEAL_STATUSES] }, partner: { $ne: partnerId } };
  const sameDomain = await em.find(Deal, { ...open, customerDomain: domain }, { fields: ['id', 'customerName'] });
  const found: FoundConflict[] = sameDomain.map((d) => ({ kind: 'SAME_DOMAIN', otherDealId: d.id, directAccountId: null, detail: null }));
  const seen = new Set(sameDomain.map((d) => d.id));

  let similar: { id: string; customerName: string }[];
  if (isPostgres(em)) {
    // pg_trgm: `%` uses the GIN index (threshold 0.3), similarity() applies ours.
    // em.execute runs in the caller's transaction (em.getConnection().execute would not).
    similar = await em.execute(
      `SELECT id, customer_name AS "customerName" FROM deals
        WHERE status IN ('SUBMITTED', 'APPROVED') AND partner_id <> ?
          AND customer_name_normalised % ? AND similarity(customer_name_normalised, ?) >= ?`,
      [partnerId, normalisedName, normalisedName, SIMILAR_NAME_THRESHOLD],
    );
  } else {
    // Embedded SQLite has no trigram index: compare with the same pg_trgm formula over open registrations.
    const candidates = await em.find(Deal, open, { fields: ['id', 'customerName', 'customerNameNormalised'] });
    similar = candidates.filter(
      (d) => d.customerNameNormalised === normalisedName || trigramSimilarity(d.customerNameNormalised, normalisedName) >= SIMILAR_NAME_THRESHOLD,
    );
  }
  for (const d of similar)
    if (!seen.has(d.id)) found.push({ kind: 'SIMILAR_NAME', otherDealId: d.id, directAccountId: null, detail: d.customerName });

  const direct = await em.findOne(DirectAccount, { domain });
  if (direct)
    found.push({
      kind: 'DIRECT_ACCOUNT',
      otherDealId: null,
      directAccountId: direct.id,
      detail: `${direct.name} is a direct account${direct.owner ? ` owned by ${direct.owner}` : ''}.`,
    });
  return found;
}

/** Find and store the conflicts of a new registration, on both sides (each reviewer sees them). */
export async function recordConflicts(em: Em, deal: Deal): Promise<FoundConflict[]> {
  const conflicts = await findConflicts(em, deal.partner.id, deal.customerDomain, deal.customerNameNormalised);
  for (const c of conflicts) {
    em.create(DealConflict, { dealId: deal.id, ...c });
    if (c.otherDealId)
      em.create(DealConflict, { dealId: c.otherDealId, kind: c.kind, otherDealId: deal.id, directAccountId: null, detail: c.kind === 'SIMILAR_NAME' ? deal.customerName : null });
  }
  return conflicts;
}

/** A 64-bit advisory lock key for `text` (a stable hash; a collision only serializes more). */
function advisoryKey(text: string): bigint {
  return createHash('sha256').update(text).digest().readBigInt64BE(0);
}

/**
 * Serialize conflict detection per customer. On PostgreSQL two registrations
 * of one customer at the same moment would each miss the other's uncommitted
 * row and record no conflict; so the registration transaction first takes
 * transaction-level advisory locks (released at commit or rollback, also when
 * the process dies) on the normalised domain and on the normalised name, in a
 * fixed order (no deadlocks), through the transaction's own connection. Under
 * READ COMMITTED the conflict search that follows then sees what the previous
 * holder committed. Names that are only similar (not equal once normalised)
 * take different keys and can still race. Embedded SQLite runs one writer at
 * a time already.
 */
export async function lockCustomer(em: Em, domain: string, normalisedName: string): Promise<void> {
  if (!isPostgres(em)) return;
  const keys = [...new Set([advisoryKey(`deal-domain:${domain}`), advisoryKey(`deal-name:${normalisedName}`)])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) await em.execute('SELECT pg_advisory_xact_lock(?::bigint)', [key.toString()]);
}

/** A keyset page of registrations, of one partner and some statuses when given. */
export function dealPage(
  em: Em,
  where: { partnerId: string | null; statuses: readonly DealStatus[] | null | undefined },
  orderBy: DealOrder,
  first: number,
  after: string | null | undefined,
): Promise<Page<Deal>> {
  const base: Record<string, unknown> = {};
  if (where.partnerId) base.partner = where.partnerId;
  if (where.statuses?.length) base.status = { $in: where.statuses };
  return keysetPage(em, Deal, base, keysetOrder(orderBy), first, after);
}

function keysetOrder(orderBy: DealOrder) {
  switch (orderBy) {
    case 'NEWEST':
      return { field: 'createdAt', dir: 'desc', kind: 'date' } as const;
    case 'REVIEW_DUE':
      return { field: 'reviewDueAt', dir: 'asc', kind: 'date' } as const;
    default:
      return assertUnreachable(orderBy);
  }
}

/** A partner's won registrations, last closed first. */
export function wonDealsOfPartner(em: Em, partnerId: string): Promise<Deal[]> {
  return em.find(Deal, { partner: partnerId, status: 'WON' }, { orderBy: { closedAt: 'desc', id: 'desc' } });
}

/** The status a registration has now (after a transition lost the race). */
export async function currentStatus(em: Em, id: string): Promise<DealStatus | null> {
  return (await em.findOne(Deal, { id }, { fields: ['status'] }))?.status ?? null;
}

/** Approved registrations whose protection ended by `now`, a batch at a time. */
export function dealsDueToExpire(em: Em, now: Date, limit = 500): Promise<Pick<Deal, 'id'>[]> {
  return em.find(Deal, { status: 'APPROVED', protectionEndsAt: { $lte: now } }, { fields: ['id'], limit });
}

/** A partner's open registrations (ids and statuses). */
export function openDealsOf(em: Em, partnerId: string): Promise<Pick<Deal, 'id' | 'status'>[]> {
  return em.find(Deal, { partner: partnerId, status: { $in: [...OPEN_DEAL_STATUSES] } }, { fields: ['id', 'status'] });
}

/** The listed direct accounts of these domains. */
export function directAccountsOf(em: Em, domains: string[]): Promise<DirectAccount[]> {
  return em.find(DirectAccount, { domain: { $in: domains } });
}

/** A keyset page of the direct accounts, by domain. */
export function directAccountPage(em: Em, first: number, after: string | null | undefined): Promise<Page<DirectAccount>> {
  return keysetPage(em, DirectAccount, {}, { field: 'domain', dir: 'asc', kind: 'string' }, first, after);
}
