import { raw } from '@mikro-orm/core';
import type { MdfStatus } from '@tierwise/shared';
import { keysetPage, type Page } from '../../db/keyset.js';
import type { Em } from '../../db/orm.js';
import { Upload } from '../uploads/upload.entity.js';
import { MdfClaimAttachment, MdfFund, MdfRequest } from './mdf.entity.js';

/**
 * The MDF module's queries: keyset pages, the fund's conditional updates (the
 * ledger's guards against overspending) and the claim-window release. Plain
 * functions over an EntityManager; the use cases decide what to do with them.
 */

function affected(result: unknown): number {
  return (result as { affectedRows: number }).affectedRows;
}

export function findFund(em: Em, partnerId: string, quarter: string): Promise<MdfFund | null> {
  return em.findOne(MdfFund, { partnerId, quarter });
}

export function loadFund(em: Em, id: string): Promise<MdfFund> {
  return em.findOneOrFail(MdfFund, { id });
}

export function findRequest(em: Em, id: string): Promise<MdfRequest | null> {
  return em.findOne(MdfRequest, { id });
}

/** A request as it is in the database now (after a use case's transaction). */
export function reloadRequest(em: Em, id: string): Promise<MdfRequest> {
  return em.fork().findOneOrFail(MdfRequest, { id });
}

export interface MdfRequestFilter {
  partnerId?: string | null;
  status?: readonly MdfStatus[] | null;
}

/** Newest first, by keyset (createdAt, id). */
export function pageRequests(em: Em, filter: MdfRequestFilter, first: number, after: string | null | undefined): Promise<Page<MdfRequest>> {
  const base: Record<string, unknown> = {};
  if (filter.partnerId) base.partnerId = filter.partnerId;
  if (filter.status?.length) base.status = { $in: [...filter.status] };
  return keysetPage(em, MdfRequest, base, { field: 'createdAt', dir: 'desc', kind: 'date' }, first, after);
}

/**
 * Reserve `amount` of a fund with one conditional update (committed + paid +
 * amount <= allocated): concurrent approvals can never overspend. False when
 * it does not fit.
 */
export async function reserveFund(em: Em, fundId: string, amount: number): Promise<boolean> {
  const a = Math.trunc(amount);
  const result = await em
    .createQueryBuilder(MdfFund)
    .update({ committed: raw(`committed + ${a}`) })
    .where({ id: fundId })
    .andWhere(`committed + paid + ${a} <= allocated`)
    .execute('run');
  return affected(result) === 1;
}

/** Move an approval out of committed: `paid` into paid, the rest back to available. */
export async function settleFund(em: Em, fundId: string, approved: number, paid: number): Promise<void> {
  const a = Math.trunc(approved);
  const p = Math.trunc(paid);
  const result = await em
    .createQueryBuilder(MdfFund)
    .update({ committed: raw(`committed - ${a}`), paid: raw(`paid + ${p}`) })
    .where({ id: fundId })
    .andWhere(`committed >= ${a}`)
    .execute('run');
  if (affected(result) !== 1) throw new Error(`Fund ${fundId} has less committed than ${a}`);
}

/** Set a fund's allocation unless it would go below committed + paid; false then. */
export async function setAllocation(em: Em, fundId: string, allocated: number): Promise<boolean> {
  const result = await em
    .createQueryBuilder(MdfFund)
    .update({ allocated })
    .where({ id: fundId })
    .andWhere(`committed + paid <= ${Math.trunc(allocated)}`)
    .execute('run');
  return affected(result) === 1;
}

/** Approvals whose claim window ended by `now` (a batch). */
export function approvalsDue(em: Em, now: Date, limit = 500): Promise<MdfRequest[]> {
  return em.find(MdfRequest, { status: 'APPROVED', claimDueAt: { $lte: now } }, { limit });
}

/** The partner's own uploads among `ids` (another partner's or a vendor's are left out). */
export function partnerUploads(em: Em, partnerId: string, ids: readonly string[]): Promise<Upload[]> {
  return em.find(Upload, { id: { $in: [...ids] }, partnerId });
}

export function attachClaimFiles(em: Em, requestId: string, uploadIds: readonly string[]): void {
  for (const uploadId of uploadIds) em.create(MdfClaimAttachment, { requestId, uploadId });
}

/** The uploads attached to a request's claim, oldest first. */
export async function claimUploads(em: Em, requestId: string): Promise<Upload[]> {
  const links = await em.find(MdfClaimAttachment, { requestId });
  return links.length ? em.find(Upload, { id: { $in: links.map((l) => l.uploadId) } }, { orderBy: { createdAt: 'asc' } }) : [];
}
