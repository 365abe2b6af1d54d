import { createHash } from 'node:crypto';
import {
  amountProblem,
  benefitValue,
  DEAL_MACHINE,
  earningFor,
  findTier,
  findTrack,
  normaliseCompanyName,
  OPEN_DEAL_STATUSES,
  SIMILAR_NAME_THRESHOLD,
  trigramSimilarity,
  type ConflictKind,
  type DealStatus,
} from '@tierwise/shared';
import { isPostgres, type Em } from '../../db/orm.js';
import { transitionRow } from '../../db/transition.js';
import { AppError } from '../../errors/app-error.js';
import { textProblem } from '../../errors/text.js';
import { keysetPage, type Page } from '../../db/keyset.js';
import { partnerScope, requireUser, type Scope } from '../scope.js';
import { audit } from '../audit/audit.service.js';
import { activateIfOnboarded } from '../onboarding/onboarding.service.js';
import { recordPartnerEvent } from '../partner-events/partner-events.service.js';
import { Partner } from '../partners/partner.entity.js';
import { requirePublished } from '../program/program.service.js';
import { User } from '../users/user.entity.js';
import { DealConflict } from './deal-conflict.entity.js';
import { Deal } from './deal.entity.js';
import { addDays, addHours, closeDateProblem, collect, registrableDomain } from './deal.rules.js';
import type { DealFilter, DealOrder, RegisterDealInput } from './deal.types.js';
import { DirectAccount } from './direct-account.entity.js';

interface FoundConflict {
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

export class DealService {
  constructor(private readonly scope: Scope) {}

  /** A registration the caller may see: vendor staff any, partner users their partner's (else NOT_FOUND). */
  async get(id: string): Promise<Deal> {
    const deal = await this.scope.loaders.deal.load(id);
    const confinedTo = partnerScope(this.scope);
    if (!deal || (confinedTo && deal.partner.id !== confinedTo)) throw AppError.notFound('Registration');
    return deal;
  }

  async register(input: RegisterDealInput): Promise<Deal> {
    const user = requireUser(this.scope);
    const partnerId = partnerScope(this.scope);
    if (!partnerId) throw AppError.forbidden('Only partner users register deals.');
    const domain = registrableDomain(input.customerDomain);
    const fields = collect([
      fieldIf('input.customerName', textProblem(input.customerName, { required: true, max: 200 })),
      fieldIf('input.customerDomain', domain ? null : 'Enter the customer\'s web domain, e.g. acme.com.'),
      fieldIf('input.amount', amountProblem(input.amount)),
      fieldIf('input.expectedCloseDate', closeDateProblem(input.expectedCloseDate)),
      fieldIf('input.notes', textProblem(input.notes, { required: false, max: 2000 })),
    ]);
    if (fields.length) throw AppError.badInput(fields, fields.map((f) => f.message).join(' '));

    const program = await requirePublished(this.scope);
    const customerName = input.customerName.trim();
    const normalised = normaliseCompanyName(customerName);
    const deal = await this.scope.em.fork().transactional(async (em) => {
      const partner = await em.findOneOrFail(Partner, { id: partnerId });
      if (partner.status === 'OFFBOARDED') throw AppError.invalidState('This partner was offboarded.');
      await lockCustomer(em, domain!, normalised);
      const now = this.scope.clock();
      const row = em.create(Deal, {
        partner: em.getReference(Partner, partnerId),
        submittedBy: em.getReference(User, user.id),
        customerName,
        customerNameNormalised: normalised,
        customerDomain: domain!,
        amount: input.amount,
        expectedCloseDate: input.expectedCloseDate,
        attribution: input.attribution,
        status: 'SUBMITTED',
        notes: input.notes?.trim() || null,
        createdAt: now,
        reviewDueAt: addHours(now, program.document.dealReviewSlaHours),
      });
      const conflicts = await recordConflicts(em, row);
      audit(em, {
        actorId: user.id,
        action: 'deal.registered',
        entityType: 'DealRegistration',
        entityId: row.id,
        after: { partnerId, customerName, customerDomain: domain, amount: input.amount, attribution: input.attribution, conflicts: conflicts.length },
      });
      await em.flush();
      await recordPartnerEvent(em, partnerId, 'FIRST_DEAL_REGISTERED', now);
      return row;
    });
    await activateIfOnboarded(this.scope.em, partnerId, user.id);
    return this.reload(deal.id);
  }

  async approve(id: string): Promise<Deal> {
    const user = requireUser(this.scope);
    const deal = await this.get(id);
    const program = await requirePublished(this.scope);
    const partner = await this.scope.em.findOneOrFail(Partner, { id: deal.partner.id });
    const track = findTrack(program.document, partner.trackKey);
    const tier = track ? findTier(track, partner.tierKey)?.tier : undefined;
    const days = benefitValue(tier, 'DEAL_PROTECTION_DAYS') ?? program.document.dealProtectionDays;
    const now = this.scope.clock();
    const protectionEndsAt = addDays(now, days);
    await this.transition(deal, 'SUBMITTED', 'APPROVED', { decidedAt: now, decidedById: user.id, protectionEndsAt }, 'deal.approved', {
      after: { status: 'APPROVED', protectionEndsAt, protectionDays: days },
      event: 'FIRST_DEAL_APPROVED',
    });
    return this.reload(id);
  }

  async reject(id: string, reason: string): Promise<Deal> {
    const user = requireUser(this.scope);
    const why = reason.trim();
    const problem = textProblem(why, { required: true, max: 2000 });
    if (problem) throw AppError.field('reason', problem === 'Required.' ? 'Say why the registration is rejected.' : problem);
    const deal = await this.get(id);
    await this.transition(deal, 'SUBMITTED', 'REJECTED', { decidedAt: this.scope.clock(), decidedById: user.id, rejectionReason: why }, 'deal.rejected', {
      after: { status: 'REJECTED' },
      reason: why,
    });
    return this.reload(id);
  }

  async close(id: string, won: boolean, amount: number | null | undefined, closedAt?: Date | null): Promise<Deal> {
    const deal = await this.get(id);
    if (won && amount != null) {
      const amountIssue = amountProblem(amount, 'The won amount');
      if (amountIssue) throw AppError.field('amount', amountIssue);
    }
    if (!won && amount != null) throw AppError.field('amount', 'A lost deal has no won amount.');
    const now = this.scope.clock();
    // The close date (default now): a deal closes between its registration and now.
    if (closedAt != null) {
      if (Number.isNaN(closedAt.getTime())) throw AppError.field('closedAt', 'Give a valid close date.');
      if (closedAt > now) throw AppError.field('closedAt', 'The close date cannot be in the future.');
      const registered = new Date(Date.UTC(deal.createdAt.getUTCFullYear(), deal.createdAt.getUTCMonth(), deal.createdAt.getUTCDate()));
      if (closedAt < registered) throw AppError.field('closedAt', 'The close date cannot be before the registration.');
    }
    const closed = closedAt ?? now;
    if (deal.status === 'APPROVED' && deal.protectionEndsAt && deal.protectionEndsAt <= now)
      throw AppError.invalidState('The protection of this registration has ended; it can no longer be closed.');
    if (!won) {
      await this.transition(deal, 'APPROVED', 'LOST', { closedAt: closed }, 'deal.lost', { after: { status: 'LOST', closedAt: closed } });
      return this.reload(id);
    }
    const wonAmount = amount ?? deal.amount;
    const program = await requirePublished(this.scope);
    const partner = await this.scope.em.findOneOrFail(Partner, { id: deal.partner.id });
    const track = findTrack(program.document, partner.trackKey)!;
    const tier = findTier(track, partner.tierKey)!.tier;
    const earning = earningFor(track.incentiveModel, tier, { wonAmount, attribution: deal.attribution });
    await this.transition(
      deal,
      'APPROVED',
      'WON',
      {
        closedAt: closed,
        wonAmount,
        earningModel: track.incentiveModel,
        earningTrackKey: track.key,
        earningTierKey: tier.key,
        earningProgramVersion: program.version,
        earningAmount: earning,
      },
      'deal.won',
      { after: { status: 'WON', wonAmount, closedAt: closed, earning, model: track.incentiveModel, tierKey: tier.key }, event: 'FIRST_DEAL_WON' },
    );
    return this.reload(id);
  }

  /**
   * Move a registration along the status machine with one conditional update:
   * of two reviewers acting at once, exactly one wins; the other gets INVALID_STATE.
   */
  private async transition(
    deal: Deal,
    from: DealStatus,
    to: DealStatus,
    changes: Partial<Deal>,
    action: string,
    options: { after: object; reason?: string; event?: 'FIRST_DEAL_APPROVED' | 'FIRST_DEAL_WON' },
  ): Promise<void> {
    const actor = requireUser(this.scope);
    await this.scope.em.fork().transactional(async (em) => {
      if (!(await transitionRow(em, Deal, DEAL_MACHINE, { id: deal.id }, from, to, changes))) {
        const current = await em.findOne(Deal, { id: deal.id }, { fields: ['status'] });
        throw AppError.invalidState(`This registration is ${current?.status ?? deal.status}; it cannot become ${to}.`);
      }
      audit(em, { actorId: actor.id, action, entityType: 'DealRegistration', entityId: deal.id, before: { status: from }, after: options.after, reason: options.reason });
      await em.flush();
      if (options.event) await recordPartnerEvent(em, deal.partner.id, options.event);
    });
    if (options.event) await activateIfOnboarded(this.scope.em, deal.partner.id, actor.id);
  }

  private async reload(id: string): Promise<Deal> {
    this.scope.loaders.deal.clear(id);
    return this.scope.em.fork().findOneOrFail(Deal, { id });
  }

  async list(first: number, after: string | null | undefined, filter: DealFilter | null | undefined, order_: DealOrder): Promise<Page<Deal>> {
    const confinedTo = partnerScope(this.scope);
    if (confinedTo && filter?.partnerId && filter.partnerId !== confinedTo) throw AppError.notFound('Partner');
    const partnerId = confinedTo ?? filter?.partnerId ?? null;
    const base: Record<string, unknown> = {};
    if (partnerId) base.partner = partnerId;
    if (filter?.status?.length) base.status = { $in: filter.status };
    const order = order_ === 'REVIEW_DUE' ? ({ field: 'reviewDueAt', dir: 'asc', kind: 'date' } as const) : ({ field: 'createdAt', dir: 'desc', kind: 'date' } as const);
    const page = await keysetPage(this.scope.em, Deal, base, order, first, after);
    for (const { node } of page.edges) this.scope.loaders.deal.prime(node.id, node);
    return page;
  }

  /** Won registrations of a partner with what they earned. */
  async wonDealsOf(partnerId: string | null | undefined): Promise<Deal[]> {
    const confinedTo = partnerScope(this.scope);
    if (confinedTo && partnerId && partnerId !== confinedTo) throw AppError.notFound('Partner');
    const id = confinedTo ?? partnerId;
    if (!id) throw AppError.field('partnerId', 'Choose the partner whose earnings to show.');
    if (!(await this.scope.loaders.partner.load(id))) throw AppError.notFound('Partner');
    return this.scope.em.find(Deal, { partner: id, status: 'WON' }, { orderBy: { closedAt: 'desc', id: 'desc' } });
  }
}

function fieldIf(path: string, message: string | null) {
  return message ? { path, message } : null;
}

/** Scheduled: expire approved registrations whose protection ended. Each expires, and is audited, exactly once. */
export async function expireProtectedDeals(em: Em, now = new Date()): Promise<number> {
  const due = await em.find(Deal, { status: 'APPROVED', protectionEndsAt: { $lte: now } }, { fields: ['id'], limit: 500 });
  let expired = 0;
  for (const { id } of due) {
    await em.fork().transactional(async (tx) => {
      // Another process may have got there first.
      if (!(await transitionRow(tx, Deal, DEAL_MACHINE, { id, protectionEndsAt: { $lte: now } }, 'APPROVED', 'EXPIRED'))) return;
      expired++;
      audit(tx, { actorId: null, action: 'deal.expired', entityType: 'DealRegistration', entityId: id, before: { status: 'APPROVED' }, after: { status: 'EXPIRED' }, reason: 'Protection period ended' });
    });
  }
  return expired;
}

/** Offboarding: the partner's open registrations expire, in the offboarding transaction. */
export async function expireOpenDealsOf(em: Em, partnerId: string, actorId: string): Promise<number> {
  const open = await em.find(Deal, { partner: partnerId, status: { $in: [...OPEN_DEAL_STATUSES] } }, { fields: ['id', 'status'] });
  for (const deal of open) {
    if (await transitionRow(em, Deal, DEAL_MACHINE, { id: deal.id }, deal.status, 'EXPIRED'))
      audit(em, { actorId, action: 'deal.expired', entityType: 'DealRegistration', entityId: deal.id, before: { status: deal.status }, after: { status: 'EXPIRED' }, reason: 'Partner offboarded' });
  }
  return open.length;
}
