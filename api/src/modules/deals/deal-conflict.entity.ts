import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';

import type { ConflictKind } from '@tierwise/shared';
import { UuidKeyed } from '../../db/uuid-entity.js';

/**
 * A conflict found when a registration was submitted, stored for both sides
 * (the new registration and the one it collides with), so each reviewer sees it.
 */
@Entity({ tableName: 'deal_conflicts' })
@Unique({ properties: ['dealId', 'kind', 'otherDealId', 'directAccountId'] })
export class DealConflict extends UuidKeyed {
  @Property({ type: 'string', length: 36 })
  @Index()
  dealId!: string;

  @Property({ type: 'string', length: 16 })
  kind!: ConflictKind;

  @Property({ type: 'string', length: 36, nullable: true })
  otherDealId?: string | null;

  @Property({ type: 'string', length: 36, nullable: true })
  directAccountId?: string | null;

  @Property({ type: 'text', nullable: true })
  detail?: string | null;
}
