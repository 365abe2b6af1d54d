import type { EntityManager } from '@mikro-orm/knex';
import { PartnerEvent, type PartnerEventKind } from './partner-event.entity.js';

/**
 * Record that a partner reached a milestone, keeping the first time only.
 * Safe under concurrency on both databases (insert ... on conflict do nothing).
 */
export async function recordPartnerEvent(em: EntityManager, partnerId: string, kind: PartnerEventKind, at = new Date()): Promise<void> {
  await em
    .createQueryBuilder(PartnerEvent)
    .insert({ partnerId, kind, firstAt: at })
    .onConflict(['partnerId', 'kind'])
    .ignore()
    .execute();
}
