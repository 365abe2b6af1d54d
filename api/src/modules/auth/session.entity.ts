import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A lucia session. The id is the secret the client holds. */
@Entity({ tableName: 'sessions' })
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  @Index()
  userId!: string;

  /** Idle expiry, pushed forward by use (lucia's sliding window). */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** Fixes the absolute lifetime, whatever the activity. */
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
