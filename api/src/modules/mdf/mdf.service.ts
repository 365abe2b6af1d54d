import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import { amountProblem, benefitValue, DEFAULT_MDF_CLAIM_WINDOW_DAYS, MAX_AMOUNT, MDF_MACHINE, formatMoney as money, mdfAvailable, findTier, findTrack, parseQuarter, quarterOf, quartersBetween, type MdfStatus } from '@tierwise/shared';
import { resolveFromRoot } from '../../config/env.js';
import type { Em } from '../../db/orm.js';
import { transitionRow } from '../../db/transition.js';
import { AppError } from '../../errors/app-error.js';
import { checkText } from '../../errors/text.js';
import { keysetPage, type Page } from '../../db/keyset.js';
import { actorId, partnerScope, requireUser, type Scope } from '../scope.js';
import { audit } from '../audit/audit.service.js';
import { Partner } from '../partners/partner.entity.js';
import { requirePublished } from '../program/program.service.js';
import { Upload } from '../uploads/upload.entity.js';
import { MdfClaimAttachment, MdfFund, MdfRequest } from './mdf.entity.js';
import type { MdfClaimInput, MdfRequestInput } from './mdf.types.js';

const DAY_MS = 24 * 3600 * 1000;

/** SHA-256 of a stored file, or null when it cannot be read. */
async function fileDigest(file: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    await pipeline(fs.createReadStream(file), hash);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/**
 * The uploads to attach, one per distinct file: the same bytes uploaded
 * twice (a claim sent again after a failed attempt, with the files attached
 * again) count once, the earliest upload kept. Files are compared only when
 * their size and type match; one that cannot be read is kept as it is.
 */
export async function distinctUploads(uploads: Upload[], dir: string): Promise<Upload[]> {
  const sorted = [...uploads].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const groups = new Map<string, Upload[]>();
  for (const u of sorted) {
    const key = `${u.size}:${u.mimeType}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  const keep = new Set<string>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      keep.add(group[0].id);
      continue;
    }
    const seen = new Set<string>();
    for (const u of group) {
      const digest = await fileDigest(path.join(dir, u.storedName));
      if (digest && seen.has(digest)) continue;
      if (digest) seen.add(digest);
      keep.add(u.id);
    }
  }
  return uploads.filter((u) => keep.has(u.id));
}

function checkQuarter(quarter: string, field: string): string {
  if (!parseQuarter(quarter)) throw AppError.field(field, 'Use a quarter like 2026-Q4.');
  return quarter.trim();
}

/**
 * The fund of a partner for a quarter, created on first touch with the
 * MDF_PER_QUARTER of the tier held then (fixed afterwards). Safe when two
 * requests touch it at once.
 */
export async function touchFund(scope: Scope, partner: Partner, quarter: string): Promise<MdfFund> {
  const em = scope.em.fork();
  const existing = await em.findOne(MdfFund, { partnerId: partner.id, quarter });
  if (existing) return existing;
  const program = await requirePublished(scope);
  const track = findTrack(program.document, partner.trackKey);
  const tier = track ? findTier(track, partner.tierKey)?.tier : undefined;
  try {
    const fund = em.create(MdfFund, {
      partnerId: partner.id,
      quarter,
      allocated: benefitValue(tier, 'MDF_PER_QUARTER') ?? 0,
      committed: 0,
      paid: 0,
      tierKeyAtAllocation: tier?.key ?? null,
      createdAt: scope.clock(),
    });
    audit(em, { actorId: actorId(scope), action: 'mdf.fund_allocated', entityType: 'MdfFund', entityId: fund.id, after: { partnerId: partner.id, quarter, allocated: fund.allocated, tierKey: fund.tierKeyAtAllocation } });
    await em.flush();
    return fund;
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) return scope.em.fork().findOneOrFail(MdfFund, { partnerId: partner.id, quarter });
    throw e;
  }
}

export class MdfService {
  constructor(private readonly scope: Scope) {}

  /** The partner a call is about: partner users their own (another id is NOT_FOUND); vendor staff must name it. */
  private async partnerFor(partnerId: string | null | undefined): Promise<Partner> {
    const confinedTo = partnerScope(this.scope);
    if (confinedTo && partnerId && partnerId !== confinedTo) throw AppError.notFound('Partner');
    const id = confinedTo ?? partnerId;
    if (!id) throw AppError.field('partnerId', 'Choose the partner.');
    const partner = await this.scope.loaders.partner.load(id);
    if (!partner) throw AppError.notFound('Partner');
    return partner;
  }

  async fund(partnerId: string | null | undefined, quarter: string | null | undefined) {
    const partner = await this.partnerFor(partnerId);
    const q = quarter ? checkQuarter(quarter, 'quarter') : quarterOf(this.scope.clock());
    return { partner, fund: await touchFund(this.scope, partner, q) };
  }

  /** A request the caller may see: vendor staff any, partner users their partner's (else NOT_FOUND). */
  async get(id: string): Promise<MdfRequest> {
    const request = await this.scope.em.findOne(MdfRequest, { id });
    const confinedTo = partnerScope(this.scope);
    if (!request || (confinedTo && request.partnerId !== confinedTo)) throw AppError.notFound('MDF request');
    return request;
  }

  async list(first: number, after: string | null | undefined, status: MdfStatus[] | null | undefined, partnerId: string | null | undefined): Promise<Page<MdfRequest>> {
    const confinedTo = partnerScope(this.scope);
    if (confinedTo && partnerId && partnerId !== confinedTo) throw AppError.notFound('Partner');
    const base: Record<string, unknown> = {};
    if (confinedTo ?? partnerId) base.partnerId = confinedTo ?? partnerId;
    if (status?.length) base.status = { $in: status };
    return keysetPage(this.scope.em, MdfRequest, base, { field: 'createdAt', dir: 'desc', kind: 'date' }, first, after);
  }

  async request(input: MdfRequestInput): Promise<MdfRequest> {
    const user = requireUser(this.scope);
    const partner = await this.partnerFor(null);
    if (partner.status === 'OFFBOARDED') throw AppError.invalidState('This partner was offboarded.');
    const activity = checkText(input.activity, 'input.activity', { required: true, max: 120 })!;
    const description = checkText(input.description, 'input.description', { required: false, max: 2000 });
    const amountIssue = amountProblem(input.amount);
    if (amountIssue) throw AppError.field('input.amount', amountIssue);
    const current = quarterOf(this.scope.clock());
    const quarter = input.quarter ? checkQuarter(input.quarter, 'input.quarter') : current;
    const ahead = quartersBetween(current, quarter);
    if (ahead < 0) throw AppError.field('input.quarter', 'That quarter is over; request from this quarter or a later one.');
    if (ahead > 4) throw AppError.field('input.quarter', 'Request at most four quarters ahead.');
    const fund = await touchFund(this.scope, partner, quarter);
    if (input.amount > fund.allocated) throw AppError.field('input.amount', `The ${quarter} allocation is ${await this.money(fund.allocated)}; ask for at most that.`);
    return this.scope.em.fork().transactional(async (em) => {
      const request = em.create(MdfRequest, {
        partnerId: partner.id,
        fundId: fund.id,
        quarter,
        activity,
        description,
        requestedAmount: input.amount,
        status: 'SUBMITTED',
        submittedById: user.id,
        createdAt: this.scope.clock(),
      });
      audit(em, { actorId: user.id, action: 'mdf.requested', entityType: 'MdfRequest', entityId: request.id, after: { partnerId: partner.id, quarter, activity, amount: input.amount } });
      return request;
    });
  }

  /**
   * Approve all or part. The fund is reserved with one conditional update
   * (committed + paid + amount <= allocated) in the approval's transaction:
   * concurrent approvals can never overspend; the losers get INSUFFICIENT_FUNDS.
   */
  async approve(id: string, amount: number | null | undefined): Promise<MdfRequest> {
    const user = requireUser(this.scope);
    const request = await this.get(id);
    const approved = amount ?? request.requestedAmount;
    if (!(approved > 0) || approved > request.requestedAmount) throw AppError.field('amount', `Approve up to the ${await this.money(request.requestedAmount)} requested.`);
    const program = await requirePublished(this.scope);
    const currency = program.document.currency;
    const windowDays = program.document.mdfClaimWindowDays ?? DEFAULT_MDF_CLAIM_WINDOW_DAYS;
    const now = this.scope.clock();
    await this.scope.em.fork().transactional(async (em) => {
      const flipped = await transitionRow(em, MdfRequest, MDF_MACHINE, { id }, 'SUBMITTED', 'APPROVED', {
        approvedAmount: approved,
        decidedAt: now,
        claimDueAt: new Date(now.getTime() + windowDays * DAY_MS),
      });
      if (!flipped) throw AppError.invalidState(`This request is no longer waiting for a decision.`);
      const reserved = await em
        .createQueryBuilder(MdfFund)
        .update({ committed: raw(`committed + ${Math.trunc(approved)}`) })
        .where({ id: request.fundId })
        .andWhere(`committed + paid + ${Math.trunc(approved)} <= allocated`)
        .execute('run');
      if ((reserved as { affectedRows: number }).affectedRows !== 1) {
        const fund = await em.findOneOrFail(MdfFund, { id: request.fundId });
        throw new AppError('INSUFFICIENT_FUNDS', `Only ${money(mdfAvailable(fund), currency)} is available in ${request.quarter}; approve less or reject.`);
      }
      audit(em, { actorId: user.id, action: 'mdf.approved', entityType: 'MdfRequest', entityId: id, before: { status: 'SUBMITTED' }, after: { status: 'APPROVED', approvedAmount: approved, claimWindowDays: windowDays } });
    });
    return this.reload(id);
  }

  async reject(id: string, reason: string): Promise<MdfRequest> {
    const user = requireUser(this.scope);
    const why = checkText(reason, 'reason', { required: true, max: 2000 })!;
    await this.get(id);
    await this.scope.em.fork().transactional(async (em) => {
      const flipped = await transitionRow(em, MdfRequest, MDF_MACHINE, { id }, 'SUBMITTED', 'REJECTED', { decisionReason: why, decidedAt: this.scope.clock() });
      if (!flipped) throw AppError.invalidState('This request is no longer waiting for a decision.');
      audit(em, { actorId: user.id, action: 'mdf.rejected', entityType: 'MdfRequest', entityId: id, before: { status: 'SUBMITTED' }, after: { status: 'REJECTED' }, reason: why });
    });
    return this.reload(id);
  }

  async claim(id: string, input: MdfClaimInput): Promise<MdfRequest> {
    const user = requireUser(this.scope);
    const request = await this.get(id);
    if (request.status !== 'APPROVED') throw AppError.invalidState(`This request is ${request.status}; only an approved request can be claimed.`);
    if (request.claimDueAt && request.claimDueAt <= this.scope.clock()) throw AppError.invalidState('The claim window of this approval has ended.');
    if (!(input.amount > 0) || input.amount > (request.approvedAmount ?? 0))
      throw AppError.field('input.amount', `Claim up to the ${await this.money(request.approvedAmount ?? 0)} approved.`);
    const ids = [...new Set(input.attachmentIds)];
    if (!ids.length) throw AppError.field('input.attachmentIds', 'Attach at least one proof of performance (PDF, PNG or JPEG).');
    if (ids.length > 20) throw AppError.field('input.attachmentIds', 'Attach at most 20 files.');
    const uploads = await this.scope.em.find(Upload, { id: { $in: ids }, partnerId: request.partnerId });
    if (uploads.length !== ids.length) throw AppError.field('input.attachmentIds', 'Some attachments were not found; upload them again.');
    const distinct = new Set((await distinctUploads(uploads, resolveFromRoot(this.scope.app.env.UPLOAD_DIR))).map((u) => u.id));
    const attach = ids.filter((uploadId) => distinct.has(uploadId));
    const results = checkText(input.results, 'input.results', { required: false, max: 4000 });
    await this.scope.em.fork().transactional(async (em) => {
      const flipped = await transitionRow(em, MdfRequest, MDF_MACHINE, { id, claimDueAt: { $gt: this.scope.clock() } }, 'APPROVED', 'CLAIMED', {
        claimedAmount: input.amount,
        claimResults: results,
        claimedAt: this.scope.clock(),
      });
      if (!flipped) throw AppError.invalidState('This request can no longer be claimed.');
      for (const uploadId of attach) em.create(MdfClaimAttachment, { requestId: id, uploadId });
      audit(em, { actorId: user.id, action: 'mdf.claimed', entityType: 'MdfRequest', entityId: id, before: { status: 'APPROVED' }, after: { status: 'CLAIMED', claimedAmount: input.amount, attachments: attach.length } });
    });
    return this.reload(id);
  }

  /** Pay a claim: never more than approved; whatever is not paid returns to the fund. */
  async pay(id: string, amount: number | null | undefined): Promise<MdfRequest> {
    const user = requireUser(this.scope);
    const request = await this.get(id);
    if (request.status !== 'CLAIMED') throw AppError.invalidState(`This request is ${request.status}; only a claimed request can be paid.`);
    const approved = request.approvedAmount ?? 0;
    const cap = Math.min(request.claimedAmount ?? 0, approved);
    const paid = amount ?? cap;
    if (!(paid > 0) || paid > cap) throw AppError.field('amount', `Pay up to ${await this.money(cap)} (the claim, at most the approved amount).`);
    await this.scope.em.fork().transactional(async (em) => {
      const flipped = await transitionRow(em, MdfRequest, MDF_MACHINE, { id }, 'CLAIMED', 'PAID', { paidAmount: paid, paidAt: this.scope.clock() });
      if (!flipped) throw AppError.invalidState(`This request is ${request.status}; only a claimed request can be paid.`);
      await settleFund(em, request.fundId, approved, paid);
      audit(em, { actorId: user.id, action: 'mdf.paid', entityType: 'MdfRequest', entityId: id, before: { status: 'CLAIMED' }, after: { status: 'PAID', paidAmount: paid, released: approved - paid } });
    });
    return this.reload(id);
  }

  async rejectClaim(id: string, reason: string): Promise<MdfRequest> {
    const user = requireUser(this.scope);
    const why = checkText(reason, 'reason', { required: true, max: 2000 })!;
    const request = await this.get(id);
    await this.scope.em.fork().transactional(async (em) => {
      const flipped = await transitionRow(em, MdfRequest, MDF_MACHINE, { id }, 'CLAIMED', 'CLAIM_REJECTED', { decisionReason: why });
      if (!flipped) throw AppError.invalidState(`This request is ${request.status}; only a claimed request can be rejected.`);
      await settleFund(em, request.fundId, request.approvedAmount ?? 0, 0);
      audit(em, { actorId: user.id, action: 'mdf.claim_rejected', entityType: 'MdfRequest', entityId: id, before: { status: 'CLAIMED' }, after: { status: 'CLAIM_REJECTED', released: request.approvedAmount }, reason: why });
    });
    return this.reload(id);
  }

  /** Vendor staff: change a quarter's allocation, never below what is committed and paid. */
  async adjustAllocation(partnerId: string, quarter: string, allocated: number, reason: string) {
    const user = requireUser(this.scope);
    const why = checkText(reason, 'reason', { required: true, max: 2000 })!;
    if (!Number.isSafeInteger(allocated) || allocated < 0 || allocated > MAX_AMOUNT) throw AppError.field('allocated', `Zero or more, at most ${MAX_AMOUNT.toLocaleString('en')} in minor units.`);
    const { partner, fund } = await this.fund(partnerId, quarter);
    await this.scope.em.fork().transactional(async (em) => {
      const changed = await em
        .createQueryBuilder(MdfFund)
        .update({ allocated })
        .where({ id: fund.id })
        .andWhere(`committed + paid <= ${Math.trunc(allocated)}`)
        .execute('run');
      if ((changed as { affectedRows: number }).affectedRows !== 1)
        throw new AppError('INSUFFICIENT_FUNDS', 'The allocation cannot go below what is already committed and paid.');
      audit(em, { actorId: user.id, action: 'mdf.allocation_adjusted', entityType: 'MdfFund', entityId: fund.id, before: { allocated: fund.allocated }, after: { allocated }, reason: why });
    });
    return { partner, fund: await this.scope.em.fork().findOneOrFail(MdfFund, { id: fund.id }) };
  }

  async attachments(request: MdfRequest): Promise<Upload[]> {
    const links = await this.scope.em.find(MdfClaimAttachment, { requestId: request.id });
    return links.length ? this.scope.em.find(Upload, { id: { $in: links.map((l) => l.uploadId) } }, { orderBy: { createdAt: 'asc' } }) : [];
  }

  /** Amounts in messages are money in the program currency, never raw minor units. */
  private async money(minor: number): Promise<string> {
    const program = await this.scope.loaders.publishedProgram();
    return money(minor, program?.document.currency ?? 'USD');
  }

  private reload(id: string) {
    return this.scope.em.fork().findOneOrFail(MdfRequest, { id });
  }
}

/** Move an approval out of committed: `paid` into paid, the rest back to available. */
async function settleFund(em: Em, fundId: string, approved: number, paid: number) {
  const a = Math.trunc(approved);
  const p = Math.trunc(paid);
  const done = await em
    .createQueryBuilder(MdfFund)
    .update({ committed: raw(`committed - ${a}`), paid: raw(`paid + ${p}`) })
    .where({ id: fundId })
    .andWhere(`committed >= ${a}`)
    .execute('run');
  if ((done as { affectedRows: number }).affectedRows !== 1) throw new Error(`Fund ${fundId} has less committed than ${a}`);
}

/** Scheduled: approvals not claimed within the window are released (CLAIM_REJECTED), each exactly once. */
export async function releaseUnclaimedApprovals(em: Em, now = new Date()): Promise<number> {
  const due = await em.find(MdfRequest, { status: 'APPROVED', claimDueAt: { $lte: now } }, { limit: 500 });
  let released = 0;
  for (const request of due) {
    await em.fork().transactional(async (tx) => {
      const flipped = await transitionRow(tx, MdfRequest, MDF_MACHINE, { id: request.id, claimDueAt: { $lte: now } }, 'APPROVED', 'CLAIM_REJECTED', {
        decisionReason: 'No claim was filed within the claim window.',
      });
      if (!flipped) return;
      await settleFund(tx, request.fundId, request.approvedAmount ?? 0, 0);
      released++;
      audit(tx, { actorId: null, action: 'mdf.released', entityType: 'MdfRequest', entityId: request.id, before: { status: 'APPROVED' }, after: { status: 'CLAIM_REJECTED', released: request.approvedAmount }, reason: 'Claim window ended' });
    });
  }
  return released;
}

