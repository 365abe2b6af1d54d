import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { nextReviewDate } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { AppError } from '../../errors/app-error.js';
import { audit } from '../audit/audit.service.js';
import { Partner } from '../partners/partner.entity.js';
import { findPublished } from '../program/program.repository.js';
import { requireUser, type Scope } from '../scope.js';
import { nextReviewAt, planReview, tierName } from './plan-review.js';
import { Notification, TierChange, TierReview } from './tier-review.entity.js';

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

/** A person applies the review now (outside the calendar). */
export async function applyReviewNow(scope: Scope): Promise<TierReview> {
  const user = requireUser(scope);
  return (await applyReview(scope.em, user.id, null, scope.clock()))!;
}
