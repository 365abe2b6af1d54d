import { raw } from '@mikro-orm/core';
import type { Em } from '../../db/orm.js';
import { Certification, CertificationPath, ModuleCompletion } from './certification.entity.js';

/** The queries of the certifications module. */

/** Distinct active users per partner holding an unexpired certification now (the CERTIFIED_REPS metric). */
export async function certifiedRepsByPartner(em: Em, partnerIds: string[], now = new Date()): Promise<Map<string, number>> {
  if (!partnerIds.length) return new Map();
  const rows: { partnerId: string; reps: number | string }[] = await em
    .createQueryBuilder(Certification, 'c')
    .select([raw('u.partner_id as "partnerId"'), raw('count(distinct c.user_id) as reps')])
    .join('c.user', 'u')
    .where({ certifiedAt: { $ne: null }, expiresAt: { $gt: now }, user: { partner: { $in: partnerIds }, disabledAt: null } })
    .groupBy('u.partner')
    .execute('all', false);
  return new Map(rows.map((r) => [r.partnerId, Number(r.reps)]));
}

/** Every path, by name. */
export function allPaths(em: Em): Promise<CertificationPath[]> {
  return em.find(CertificationPath, {}, { orderBy: { name: 'asc', id: 'asc' } });
}

/** A user's certifications, oldest first. */
export function certificationsOf(em: Em, userId: string): Promise<Certification[]> {
  return em.find(Certification, { user: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Record a module as done in a round (once: a repeat is ignored); returns the ids done in that round. */
export async function recordCompletion(em: Em, certificationId: string, round: number, moduleId: string, at: Date): Promise<Set<string>> {
  await em.createQueryBuilder(ModuleCompletion).insert({ certificationId, round, moduleId, completedAt: at }).onConflict(['certificationId', 'round', 'moduleId']).ignore().execute();
  const done = await em.find(ModuleCompletion, { certificationId, round });
  return new Set(done.map((d) => d.moduleId));
}
