import { APPROVED_DEAL_STATUSES } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { certifiedRepsByPartner } from '../certifications/certification.service.js';
import type { Partner } from '../partners/partner.entity.js';
import { requirePublished } from '../program/program.service.js';
import type { Scope } from '../scope.js';
import { activePartnerUsers, dealsByTrack, partnersWithDealsSince, scoredPartners } from './scoreboard.repository.js';

const DAY_MS = 24 * 3600 * 1000;

/** The outcomes of one track for the period. */
export interface TrackOutcome {
  trackKey: string;
  trackName: string;
  partners: number;
  sourcedPipeline: number;
  influencedPipeline: number;
  sourcedRevenueWon: number;
  registeredDeals: number;
  approvedDeals: number;
}

export interface TierHeadcount {
  trackKey: string;
  tierKey: string;
  tierName: string;
  rank: number;
  partners: number;
}

/** Program outcomes for a period [from, to); see the Scoreboard type for each figure's meaning. */
export interface ProgramOutcomes {
  sourcedPipeline: number;
  influencedPipeline: number;
  sourcedRevenueWon: number;
  registeredDeals: number;
  approvedDeals: number;
  activeReps60d: number;
  certifiedPartners: number;
  registeredToApprovedBps: number | null;
  byTrack: TrackOutcome[];
  tierDistribution: TierHeadcount[];
  inactivePartners: Partner[];
  overrides: Partner[];
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

export async function computeScoreboard(scope: Scope, from: Date, to: Date, now = scope.clock()): Promise<ProgramOutcomes> {
  if (!(from < to)) throw AppError.field('to', 'The end of the period must come after its start.');
  if (to.getTime() - from.getTime() > 5 * 366 * DAY_MS) throw AppError.field('from', 'Choose a period of at most five years.');
  const { em } = scope;
  const program = await requirePublished(scope);
  const decided = { decidedAt: { $gte: from, $lt: to }, status: { $in: [...APPROVED_DEAL_STATUSES] } };
  const [sourced, influenced, revenue, registered, approved] = await Promise.all([
    dealsByTrack(em, 'sum(d.amount)', { ...decided, attribution: 'SOURCED' }),
    dealsByTrack(em, 'sum(d.amount)', { ...decided, attribution: { $in: ['INFLUENCED', 'CO_SOLD'] } }),
    dealsByTrack(em, 'sum(d.won_amount)', { status: 'WON', attribution: 'SOURCED', closedAt: { $gte: from, $lt: to } }),
    dealsByTrack(em, 'count(*)', { createdAt: { $gte: from, $lt: to } }),
    dealsByTrack(em, 'count(*)', decided),
  ]);
  const partners = await scoredPartners(em);
  const [activeReps, certified, dealt] = await Promise.all([
    activePartnerUsers(em, new Date(now.getTime() - 60 * DAY_MS)),
    certifiedRepsByPartner(em, partners.map((p) => p.id), now),
    partnersWithDealsSince(em, new Date(now.getTime() - 90 * DAY_MS)),
  ]);
  const registeredDeals = total(registered);
  const approvedDeals = total(approved);
  const inTrack = (key: string) => partners.filter((p) => p.trackKey === key);
  return {
    sourcedPipeline: total(sourced),
    influencedPipeline: total(influenced),
    sourcedRevenueWon: total(revenue),
    registeredDeals,
    approvedDeals,
    activeReps60d: activeReps,
    certifiedPartners: [...certified.values()].filter((n) => n > 0).length,
    registeredToApprovedBps: registeredDeals ? Math.floor((approvedDeals * 10_000) / registeredDeals) : null,
    byTrack: program.document.tracks.map((t) => ({
      trackKey: t.key,
      trackName: t.name,
      partners: inTrack(t.key).length,
      sourcedPipeline: sourced.get(t.key) ?? 0,
      influencedPipeline: influenced.get(t.key) ?? 0,
      sourcedRevenueWon: revenue.get(t.key) ?? 0,
      registeredDeals: registered.get(t.key) ?? 0,
      approvedDeals: approved.get(t.key) ?? 0,
    })),
    tierDistribution: program.document.tracks.flatMap((t) =>
      t.tiers.map((tier, rank) => ({ trackKey: t.key, tierKey: tier.key, tierName: tier.name, rank, partners: inTrack(t.key).filter((p) => p.tierKey === tier.key).length })),
    ),
    inactivePartners: partners.filter((p) => p.status === 'ACTIVE' && !dealt.has(p.id)),
    overrides: partners.filter((p) => p.overriddenAt),
  };
}
