import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import type { TierMove } from '@tierwise/shared';
import { UuidKeyed } from '../../db/uuid-entity.js';

/** An applied tier review: the program version it used and every partner's move. */
@Entity({ tableName: 'tier_reviews' })
export class TierReview extends UuidKeyed {
  @Property({ type: 'integer' })
  programVersion!: number;

  @Property({ type: 'datetime' })
  @Index()
  appliedAt: Date = new Date();

  /** Null for a scheduled review. */
  @Property({ type: 'string', length: 36, nullable: true })
  appliedById?: string | null;

  /** The due date a scheduled review ran for: unique, so it runs exactly once whatever the number of processes. */
  @Property({ type: 'datetime', nullable: true, unique: true })
  scheduledFor?: Date | null;
}

@Entity({ tableName: 'tier_changes' })
export class TierChange extends UuidKeyed {
  @Property({ type: 'string', length: 36 })
  @Index()
  reviewId!: string;

  @Property({ type: 'string', length: 36 })
  @Index()
  partnerId!: string;

  @Property({ type: 'string', length: 40 })
  trackKey!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  fromTierKey?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  toTierKey?: string | null;

  @Property({ type: 'string', length: 8 })
  move!: TierMove;

  /** Held by a pinned override rather than placed by the rule. */
  @Property({ type: 'boolean', default: false })
  pinned: boolean = false;
}

/** An in-app message to a partner's users (e.g. a tier change). */
@Entity({ tableName: 'notifications' })
@Index({ properties: ['partnerId', 'createdAt'] })
export class Notification extends UuidKeyed {
  @Property({ type: 'string', length: 36 })
  partnerId!: string;

  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
