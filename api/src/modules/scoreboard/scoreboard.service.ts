import { raw } from '@mikro-orm/core';
import { APPROVED_DEAL_STATUSES } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { AppError } from '../../errors/app-error.js';
import type { Scope } from '../scope.js';
import { certifiedRepsByPartner } from '../certifications/certification.service.js';
import { Deal } from '../deals/deal.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { requirePublished } from '../program/program.service.js';
import { User } from '../users/user.entity.js';
import type { Scoreboard, TrackScore } from './scoreboard.types.js';

const DAY_MS = 24 * 3600 * 1000;

interface Row {
  trackKey: string;
  value: string | number | null;
}

/** One grouped statement per measure, by track: [from, to). */
async function byTrack(em: Em, select: string, where: object): Promise<Map<string, number>> {
  const rows = await em
    .createQueryBuilder(Deal, 'd')
    .select([raw('p.track_key as "trackKey"'), raw(`${select} as "value"`)])
    .join('d.partner', 'p')
    .where(where)
    .groupBy('p.trackKey')
    .execute<Row[]>('all', false);
  return new Map(rows.map((r) => [r.trackKey, Number(r.value ?? 0)]));
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

export async function computeScoreboard(scope: Scope, from: Date, to: Date, now = scope.clock()): Promise<Scoreboard> {
  if (!(from < to)) throw AppError.field('to', 'The end of the period must come after its start.');
  if (to.getTime() - from.getTime() > 5 * 366 * DAY_MS) throw AppError.field('from', 'Choose a period of at most five years.');
  const { em } = scope;
  const program = await requirePublished(scope);
  const decided = { decidedAt: { $gte: from, $lt: to }, status: { $in: [...APPROVED_DEAL_STATUSES] } };
  const [sourced, influenced, revenue, registered, approved] = await Promise.all([
    byTrack(em, 'sum(d.amount)', { ...decided, attribution: 'SOURCED' }),
    byTrack(em, 'sum(d.amount)', { ...decided, attribution: { $in: ['INFLUENCED', 'CO_SOLD'] } }),
    byTrack(em, 'sum(d.won_amount)', { status: 'WON', attribution: 'SOURCED', closedAt: { $gte: from, $lt: to } }),
    byTrack(em, 'count(*)', { createdAt: { $gte: from, $lt: to } }),
    byTrack(em, 'count(*)', decided),
  ]);
  const partners = await em.find(Partner, { status: { $ne: 'OFFBOARDED' } }, { orderBy: { name: 'asc' } });
  const [activeReps, certified, recentDealers] = await Promise.all([
    em.count(User, { role: { $in: ['PARTNER_ADMIN', 'PARTNER_REP'] }, disabledAt: null, lastSignInAt: { $gte: new Date(now.getTime() - 60 * DAY_MS) } }),
    certifiedRepsByPartner(em, partners.map((p) => p.id), now),
    em
      .createQueryBuilder(Deal, 'd')
      .select(raw('distinct d.partner_id as "partnerId"'))
      .where({ createdAt: { $gte: new Date(now.getTime() - 90 * DAY_MS) } })
      .execute<{ partnerId: string }[]>('all', false),
  ]);
  const dealt = new Set(recentDealers.map((r) => r.partnerId));
  const registeredDeals = total(registered);
  const approvedDeals = total(approved);
  const tracks: TrackScore[] = program.document.tracks.map((t) => ({
    trackKey: t.key,
    trackName: t.name,
    partners: partners.filter((p) => p.trackKey === t.key).length,
    sourcedPipeline: sourced.get(t.key) ?? 0,
    influencedPipeline: influenced.get(t.key) ?? 0,
    sourcedRevenueWon: revenue.get(t.key) ?? 0,
    registeredDeals: registered.get(t.key) ?? 0,
    approvedDeals: approved.get(t.key) ?? 0,
  }));
  return {
    sourcedPipeline: total(sourced),
    influencedPipeline: total(influenced),
    sourcedRevenueWon: total(revenue),
    registeredDeals,
    approvedDeals,
    activeReps60d: activeReps,
    certifiedPartners: [...certified.values()].filter((n) => n > 0).length,
    registeredToApprovedBps: registeredDeals ? Math.floor((approvedDeals * 10_000) / registeredDeals) : null,
    byTrack: tracks,
    tierDistribution: program.document.tracks.flatMap((t) =>
      t.tiers.map((tier, rank) => ({ trackKey: t.key, tierKey: tier.key, tierName: tier.name, rank, partners: partners.filter((p) => p.trackKey === t.key && p.tierKey === tier.key).length })),
    ),
    inactivePartners: partners.filter((p) => p.status === 'ACTIVE' && !dealt.has(p.id)),
    overrides: partners.filter((p) => p.overriddenAt),
  };
}
