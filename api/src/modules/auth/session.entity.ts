import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A session. The id is the SHA-256 of the token the client holds (never the token itself). */
@Entity({ tableName: 'sessions' })
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  @Index()
  userId!: string;

  /** Idle expiry, pushed forward by use (a sliding window). */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** Fixes the absolute lifetime, whatever the activity. */
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
