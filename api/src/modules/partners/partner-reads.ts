import {
  benefitsGained,
  criterionHolds,
  DEFAULT_WINDOW_DAYS,
  findTier,
  findTrack,
  type BenefitDoc,
  type CriterionDoc,
  type OnboardingStepDoc,
  type ProgramDoc,
  type TierDoc,
  type TierMetric,
  type TrackDoc,
} from '@tierwise/shared';
import type { Page } from '../../db/keyset.js';
import { AppError } from '../../errors/app-error.js';
import { onboardingState } from '../onboarding/onboarding.service.js';
import { requirePublished } from '../program/program.service.js';
import { measure, measuredFor } from '../tiers/metrics.js';
import type { User } from '../users/user.entity.js';
import { partnerScope, type Scope } from '../scope.js';
import type { Partner } from './partner.entity.js';
import { partnerPage, partnerRoster } from './partner.repository.js';

/** The read use cases of partners: one partner, the caller's own, the list, and what is derived from a partner. */

/** A partner the caller may see: vendor staff any, partner users only their own (else NOT_FOUND). */
export async function getPartner(scope: Scope, id: string): Promise<Partner> {
  const confinedTo = partnerScope(scope);
  if (confinedTo && confinedTo !== id) throw AppError.notFound('Partner');
  const partner = await scope.loaders.partner.load(id);
  if (!partner) throw AppError.notFound('Partner');
  return partner;
}

/** Partner users: their own partner. Vendor staff: null. */
export async function myPartner(scope: Scope): Promise<Partner | null> {
  const confinedTo = partnerScope(scope);
  return confinedTo ? getPartner(scope, confinedTo) : null;
}

export async function listPartners(scope: Scope, first: number, after: string | null | undefined): Promise<Page<Partner>> {
  const page = await partnerPage(scope.em, first, after);
  for (const { node } of page.edges) scope.loaders.partner.prime(node.id, node);
  return page;
}

/** The partner's users (its team). */
export function partnerUsers(scope: Scope, partner: Partner): Promise<User[]> {
  return partnerRoster(scope.em, partner.id);
}

export async function programAndTrack(scope: Scope, partner: Partner): Promise<{ program: ProgramDoc; track: TrackDoc }> {
  const program = await requirePublished(scope);
  const track = findTrack(program.document, partner.trackKey);
  // Publishing refuses to drop a track that has partners, so this is a broken invariant.
  if (!track) throw new Error(`Partner ${partner.id} is in track ${partner.trackKey}, absent from program v${program.version}`);
  return { program: program.document, track };
}

/** The tier a partner holds, in its track. */
export async function heldTier(scope: Scope, partner: Partner): Promise<{ track: TrackDoc; tier: TierDoc }> {
  const { track } = await programAndTrack(scope, partner);
  const held = findTier(track, partner.tierKey);
  if (!held) throw new Error(`Partner ${partner.id} holds tier ${partner.tierKey}, absent from track ${track.key}`);
  return { track, tier: held.tier };
}

export interface CriterionProgress {
  metric: TierMetric;
  current: number;
  required: number;
  met: boolean;
}

export interface PartnerProgress {
  track: TrackDoc;
  currentTier: TierDoc | null;
  /** Null at the top tier. */
  nextTier: TierDoc | null;
  toNextTier: CriterionProgress[];
  benefitsGained: BenefitDoc[];
  atRisk: boolean;
  currentTierCriteria: CriterionProgress[];
}

export async function partnerProgress(scope: Scope, partner: Partner): Promise<PartnerProgress> {
  const { program, track } = await programAndTrack(scope, partner);
  const held = findTier(track, partner.tierKey);
  const current = held?.tier;
  const next = track.tiers[(held?.rank ?? -1) + 1];
  const needs = [...(current?.criteria ?? []), ...(next?.criteria ?? [])].map((c) => ({ metric: c.metric, windowDays: c.windowDays ?? DEFAULT_WINDOW_DAYS }));
  const m = await measure(scope.em, [partner], program, needs);
  const measured = measuredFor(m, partner.id);
  const progressOf = (c: CriterionDoc): CriterionProgress => ({
    metric: c.metric,
    current: measured(c.metric, c.windowDays ?? DEFAULT_WINDOW_DAYS),
    required: c.threshold,
    met: criterionHolds(c, measured),
  });
  return {
    track,
    currentTier: current ?? null,
    nextTier: next ?? null,
    toNextTier: (next?.criteria ?? []).map(progressOf),
    benefitsGained: next ? benefitsGained(current, next) : [],
    atRisk: current ? !current.criteria.every((c) => criterionHolds(c, measured)) : false,
    currentTierCriteria: (current?.criteria ?? []).map(progressOf),
  };
}

export interface OnboardingStepState {
  track: TrackDoc;
  step: OnboardingStepDoc;
  completedAt: Date | null;
}

export async function partnerOnboarding(scope: Scope, partner: Partner): Promise<OnboardingStepState[]> {
  const { track } = await programAndTrack(scope, partner);
  return (await onboardingState(scope.em, partner.id, track)).map((s) => ({ track, step: s.step, completedAt: s.completedAt }));
}
