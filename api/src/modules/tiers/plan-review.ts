import { findTier, findTrack, measurementsNeeded, moveBetween, nextReviewDate, placeInTrack, type TierMove, type TrackDoc } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { Partner } from '../partners/partner.entity.js';
import { ProgramVersion } from '../program/program-version.entity.js';
import { findFirstPublished } from '../program/program.repository.js';
import { measure, measuredFor } from './metrics.js';
import { lastScheduledReview, reviewablePartners } from './tier.repository.js';

/** One partner's move in a review, planned or applied (tier keys of its track; null: none held, or no longer in the track). */
export interface ReviewChange {
  partner: Partner;
  track: TrackDoc;
  fromKey: string | null;
  toKey: string | null;
  move: TierMove;
  /** An override pinned past now holds the tier. */
  pinned: boolean;
}

export interface PlannedChange extends ReviewChange {
  toKey: string;
}

/** A tier's name in its track, for messages ("(none)" without a tier). */
export const tierName = (track: TrackDoc, key: string | null) => (key ? (findTier(track, key)?.tier.name ?? key) : '(none)');

/** What a review would do now: every active partner placed by the rule (pinned overrides hold). */
export async function planReview(em: Em, program: ProgramVersion, now = new Date()): Promise<PlannedChange[]> {
  const partners = await reviewablePartners(em);
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
  const last = await lastScheduledReview(em);
  const first = await findFirstPublished(em);
  return nextReviewDate(last?.scheduledFor ?? null, program.document.reviewCadenceMonths, first?.publishedAt ?? new Date());
}
