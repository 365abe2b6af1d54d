import type { EntityManager } from '@mikro-orm/sql';
import { PartnerEvent, type PartnerEventKind } from './partner-event.entity.js';

/**
 * Record that a partner reached a milestone, keeping the first time only
 * (insert ... on conflict do nothing: safe under concurrency on both
 * databases). Call it inside the change's transaction; after the commit, call
 * `activateIfOnboarded`, since steps waiting for the event are now done.
 */
export async function recordPartnerEvent(em: EntityManager, partnerId: string, kind: PartnerEventKind, at = new Date()): Promise<void> {
  await em.createQueryBuilder(PartnerEvent).insert({ partnerId, kind, firstAt: at }).onConflict(['partnerId', 'kind']).ignore().execute();
}
