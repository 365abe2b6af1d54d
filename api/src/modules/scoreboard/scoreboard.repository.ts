import { raw } from '@mikro-orm/core';
import type { Em } from '../../db/orm.js';
import { Deal } from '../deals/deal.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';

interface Row {
  trackKey: string;
  value: string | number | null;
}

/** One grouped statement per measure, by track: `select` over the deals matching `where`. */
export async function dealsByTrack(em: Em, select: string, where: object): Promise<Map<string, number>> {
  const rows = await em
    .createQueryBuilder(Deal, 'd')
    .select([raw('p.track_key as "trackKey"'), raw(`${select} as "value"`)])
    .join('d.partner', 'p')
    .where(where)
    .groupBy('p.trackKey')
    .execute<Row[]>('all', false);
  return new Map(rows.map((r) => [r.trackKey, Number(r.value ?? 0)]));
}

/** Partners on the scoreboard: every one not offboarded, by name. */
export function scoredPartners(em: Em): Promise<Partner[]> {
  return em.find(Partner, { status: { $ne: 'OFFBOARDED' } }, { orderBy: { name: 'asc' } });
}

/** Enabled partner users who signed in since then. */
export function activePartnerUsers(em: Em, since: Date): Promise<number> {
  return em.count(User, { role: { $in: ['PARTNER_ADMIN', 'PARTNER_REP'] }, disabledAt: null, lastSignInAt: { $gte: since } });
}

/** Ids of the partners that registered a deal since then. */
export async function partnersWithDealsSince(em: Em, since: Date): Promise<Set<string>> {
  const rows = await em
    .createQueryBuilder(Deal, 'd')
    .select(raw('distinct d.partner_id as "partnerId"'))
    .where({ createdAt: { $gte: since } })
    .execute<{ partnerId: string }[]>('all', false);
  return new Set(rows.map((r) => r.partnerId));
}
