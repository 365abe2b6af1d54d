import { findTrack } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { Partner } from '../partners/partner.entity.js';
import { partnerScope, type Scope } from '../scope.js';
import { User } from '../users/user.entity.js';
import { nextReviewAt, planReview, type PlannedChange, type ReviewChange } from './plan-review.js';
import { Notification, TierReview } from './tier-review.entity.js';
import { changesOfReview, latestNotifications, latestReviews } from './tier.repository.js';

/** The reads around tier reviews: the preview, applied reviews, overrides and partners' messages. */

export interface AppliedReview {
  review: TierReview;
  changes: ReviewChange[];
  /** Null for a scheduled review. */
  appliedBy: User | null;
}

export interface TierOverrideInfo {
  reason: string;
  at: Date;
  by: User | null;
  pinnedUntil: Date | null;
}

/** How many of the newest items to list: 1 to 50 (anything else is a bad input, not a silent clamp). */
function pageSize(last: number | null | undefined): number {
  const size = last ?? 10;
  if (!Number.isInteger(size) || size < 1 || size > 50) throw AppError.field('last', 'Ask for 1 to 50 items.');
  return size;
}

/** What applying the review would do now. */
export async function previewReview(scope: Scope): Promise<PlannedChange[]> {
  const program = await scope.loaders.publishedProgram();
  if (!program) throw AppError.invalidState('No program has been published yet.');
  return planReview(scope.em, program, scope.clock());
}

/** An applied review with its changes in the program version it used (partners or tracks since gone are left out). */
export async function appliedReview(scope: Scope, review: TierReview): Promise<AppliedReview> {
  const [rows, program] = await Promise.all([changesOfReview(scope.em, review.id), scope.loaders.programVersion.load(review.programVersion)]);
  const partners = await scope.loaders.partner.loadMany(rows.map((r) => r.partnerId));
  const changes = rows.flatMap((row, i): ReviewChange[] => {
    const partner = partners[i];
    const track = program && findTrack(program.document, row.trackKey);
    if (!(partner instanceof Partner) || !track) return [];
    return [{ partner, track, fromKey: row.fromTierKey ?? null, toKey: row.toTierKey ?? null, move: row.move, pinned: row.pinned }];
  });
  return { review, changes, appliedBy: review.appliedById ? await scope.loaders.user.load(review.appliedById) : null };
}

/** The newest applied reviews. */
export async function listReviews(scope: Scope, last: number | null | undefined): Promise<AppliedReview[]> {
  const rows = await latestReviews(scope.em, pageSize(last));
  return Promise.all(rows.map((r) => appliedReview(scope, r)));
}

/** A partner user's own partner's latest messages. */
export function myNotifications(scope: Scope, last: number | null | undefined): Promise<Notification[]> {
  const partnerId = partnerScope(scope)!;
  return latestNotifications(scope.em, partnerId, pageSize(last));
}

/** The tier set by hand, when it was. */
export async function tierOverrideOf(scope: Scope, partner: Partner): Promise<TierOverrideInfo | null> {
  if (!partner.overriddenAt || !partner.overrideReason) return null;
  return {
    reason: partner.overrideReason,
    at: partner.overriddenAt,
    by: partner.overriddenById ? await scope.loaders.user.load(partner.overriddenById) : null,
    pinnedUntil: partner.overridePinnedUntil ?? null,
  };
}

/** When the next scheduled review runs for a program version (null: not the published program, or reviews are off). */
export async function nextReviewOf(scope: Scope, version: number): Promise<Date | null> {
  const row = await scope.loaders.programVersion.load(version);
  return row && row.status === 'PUBLISHED' ? nextReviewAt(scope.em, row) : null;
}
