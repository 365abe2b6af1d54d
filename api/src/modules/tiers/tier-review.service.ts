import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { findTier, findTrack, measurementsNeeded, moveBetween, nextReviewDate, placeInTrack, type TierMove, type TrackDoc } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { AppError } from '../../errors/app-error.js';
import { requireUser, type Scope } from '../scope.js';
import { audit } from '../audit/audit.service.js';
import { Partner } from '../partners/partner.entity.js';
import { findPublished } from '../program/program.service.js';
import { ProgramVersion } from '../program/program-version.entity.js';
import { measure, measuredFor } from './metrics.js';
import { Notification, TierChange, TierReview } from './tier-review.entity.js';

export interface PlannedChange {
  partner: Partner;
  track: TrackDoc;
  fromKey: string | null;
  toKey: string;
  move: TierMove;
  /** An override pinned past now holds the tier. */
  pinned: boolean;
}

/** What a review would do now: every active partner placed by the rule (pinned overrides hold). */
export async function planReview(em: Em, program: ProgramVersion, now = new Date()): Promise<PlannedChange[]> {
  const partners = await em.find(Partner, { status: { $ne: 'OFFBOARDED' } }, { orderBy: { name: 'asc', id: 'asc' } });
  const needs = program.document.tracks.flatMap(measurementsNeeded);
  const m = await measure(em, partners, program.document, needs, now);
  return partners.flatMap((partner) => {
    const track = findTrack(program.document, partner.trackKey);
    if (!track) return [];
    const held = findTier(track, partner.tierKey);
    const fromRank = held?.rank ?? 0;
    const pinned = !!partner.overridePinnedUntil && partner.overridePinnedUntil > now;
    const toRank = pinned ? fromRank : placeInTrack(track, measuredFor(m, partner.id));
    return [{ partner, track, fromKey: held?.tier.key ?? null, toKey: track.tiers[toRank].key, move: held ? moveBetween(fromRank, toRank) : 'PROMOTE', pinned }];
  });
}

/**
 * When the next scheduled review is due (null when reviews are off). Scheduled
 * reviews keep the program's cadence: counted from the last scheduled slot (or
 * the first publish), never from a review a person applied by hand, which
 * changes tiers but not the calendar.
 */
export async function nextReviewAt(em: Em, program: ProgramVersion): Promise<Date | null> {
  const [last] = await em.find(TierReview, { scheduledFor: { $ne: null } }, { orderBy: { scheduledFor: 'desc' }, limit: 1 });
  const [first] = await em.find(ProgramVersion, { status: 'PUBLISHED' }, { orderBy: { version: 'asc' }, limit: 1 });
  return nextReviewDate(last?.scheduledFor ?? null, program.document.reviewCadenceMonths, first?.publishedAt ?? new Date());
}

const tierName = (track: TrackDoc, key: string | null) => (key ? (findTier(track, key)?.tier.name ?? key) : '(none)');

/**
 * Apply a review: move everyone by the rule in one transaction, record the
 * program version used, audit each change and notify the partner. A
 * scheduled review carries its due date, unique, so it runs exactly once.
 */
export async function applyReview(em: Em, actorId: string | null, scheduledFor: Date | null = null, now = new Date()): Promise<TierReview | null> {
  const program = await findPublished(em);
  if (!program) throw AppError.invalidState('No program has been published yet.');
  const plan = await planReview(em, program, now);
  try {
    return await em.fork().transactional(async (tx) => {
      const review = tx.create(TierReview, { programVersion: program.version, appliedAt: now, appliedById: actorId, scheduledFor });
      await tx.flush(); // claims the scheduled slot first
      for (const change of plan) {
        let move = change.move;
        if (!change.pinned) {
          // Conditional on the tier read: a concurrent override or review wins over this one.
          const updated = await tx.nativeUpdate(
            Partner,
            { id: change.partner.id, tierKey: change.partner.tierKey },
            { tierKey: change.toKey, overrideReason: null, overriddenAt: null, overriddenById: null, overridePinnedUntil: null },
          );
          if (updated !== 1) move = 'HOLD';
        }
        const applied = move === 'HOLD' ? change.fromKey : change.toKey;
        tx.create(TierChange, { reviewId: review.id, partnerId: change.partner.id, trackKey: change.track.key, fromTierKey: change.fromKey, toTierKey: applied, move, pinned: change.pinned });
        if (move === 'HOLD') continue;
        const verb = move === 'PROMOTE' ? 'promoted' : 'demoted';
        audit(tx, {
          actorId,
          action: `tier.${verb}`,
          entityType: 'Partner',
          entityId: change.partner.id,
          before: { tierKey: change.fromKey },
          after: { tierKey: change.toKey, reviewId: review.id, programVersion: program.version },
          reason: scheduledFor ? 'Scheduled tier review' : 'Tier review',
        });
        tx.create(Notification, {
          partnerId: change.partner.id,
          kind: `tier.${verb}`,
          message:
            move === 'PROMOTE'
              ? `Congratulations: the tier review moved you up from ${tierName(change.track, change.fromKey)} to ${tierName(change.track, change.toKey)}.`
              : `The tier review moved you from ${tierName(change.track, change.fromKey)} to ${tierName(change.track, change.toKey)}: you no longer meet its criteria.`,
          createdAt: now,
        });
      }
      audit(tx, { actorId, action: 'tier_review.applied', entityType: 'TierReview', entityId: review.id, after: { programVersion: program.version, partners: plan.length, scheduledFor } });
      return review;
    });
  } catch (e) {
    if (scheduledFor && e instanceof UniqueConstraintViolationException) return null; // another process ran it
    throw e;
  }
}

/** Scheduled: apply the review when its cadence says it is due. */
export async function runDueReview(em: Em, now = new Date()): Promise<number> {
  const program = await findPublished(em);
  if (!program) return 0;
  let due = await nextReviewAt(em, program);
  if (!due || due > now) return 0;
  // After a pause (server off for more than a cadence), one review for the
  // latest slot that is due, not one per missed slot.
  const cadence = program.document.reviewCadenceMonths;
  for (let later = nextReviewDate(due, cadence, due); later && later <= now; later = nextReviewDate(later, cadence, later)) due = later;
  const review = await applyReview(em, null, due, now);
  return review ? 1 : 0;
}

export class TierReviewService {
  constructor(private readonly scope: Scope) {}

  async preview(): Promise<PlannedChange[]> {
    const program = await this.scope.loaders.publishedProgram();
    if (!program) throw AppError.invalidState('No program has been published yet.');
    return planReview(this.scope.em, program, this.scope.clock());
  }

  async apply(): Promise<TierReview> {
    const user = requireUser(this.scope);
    return (await applyReview(this.scope.em, user.id, null, this.scope.clock()))!;
  }

  async override(partnerId: string, tierKey: string, reason: string, pinnedUntil: Date | null | undefined): Promise<Partner> {
    const user = requireUser(this.scope);
    const why = reason.trim();
    if (!why) throw AppError.field('reason', 'Say why the tier is set by hand; it shows on reports.');
    if (why.length > 2000) throw AppError.field('reason', 'At most 2000 characters.');
    if (pinnedUntil && pinnedUntil <= this.scope.clock()) throw AppError.field('pinnedUntil', 'The pin must end in the future.');
    const partner = await this.scope.em.findOne(Partner, { id: partnerId });
    if (!partner) throw AppError.notFound('Partner');
    if (partner.status === 'OFFBOARDED') throw AppError.invalidState('This partner was offboarded.');
    const program = await this.scope.loaders.publishedProgram();
    const track = program && findTrack(program.document, partner.trackKey);
    if (!track || !findTier(track, tierKey)) throw AppError.field('tierKey', `Track "${partner.trackKey}" has no tier "${tierKey}".`);
    await this.scope.em.fork().transactional(async (em) => {
      const now = this.scope.clock();
      await em.nativeUpdate(Partner, { id: partnerId }, { tierKey, overrideReason: why, overriddenAt: now, overriddenById: user.id, overridePinnedUntil: pinnedUntil ?? null });
      audit(em, {
        actorId: user.id,
        action: 'tier.overridden',
        entityType: 'Partner',
        entityId: partnerId,
        before: { tierKey: partner.tierKey },
        after: { tierKey, pinnedUntil: pinnedUntil ?? null },
        reason: why,
      });
      if (tierKey !== partner.tierKey)
        em.create(Notification, { partnerId, kind: 'tier.overridden', message: `Your tier is now ${tierName(track, tierKey)} (set by your partner manager).`, createdAt: now });
    });
    this.scope.loaders.partner.clear(partnerId);
    return this.scope.em.fork().findOneOrFail(Partner, { id: partnerId });
  }
}
