import type { MikroORM } from '@mikro-orm/core';
import { Lucia, TimeSpan, type Adapter, type DatabaseSession, type DatabaseUser } from 'lucia';
import type { Env } from '../../config/env.js';
import { Session } from './session.entity.js';

/**
 * lucia v3 is no longer maintained: everything that touches it lives in this
 * folder (auth/), so it can be replaced without touching the rest.
 */
export const SESSION_COOKIE = 'tierwise_session';

class MikroOrmSessionAdapter implements Adapter {
  constructor(private readonly orm: MikroORM) {}

  private em() {
    return this.orm.em.fork();
  }

  private static toDatabaseSession(s: Session): DatabaseSession {
    return { id: s.id, userId: s.userId, expiresAt: s.expiresAt, attributes: { createdAt: s.createdAt } };
  }

  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const session = await this.em().findOne(Session, { id: sessionId });
    if (!session) return [null, null];
    return [MikroOrmSessionAdapter.toDatabaseSession(session), { id: session.userId, attributes: {} }];
  }

  async getUserSessions(userId: string): Promise<DatabaseSession[]> {
    const sessions = await this.em().find(Session, { userId });
    return sessions.map(MikroOrmSessionAdapter.toDatabaseSession);
  }

  async setSession(session: DatabaseSession): Promise<void> {
    const em = this.em();
    em.create(Session, { id: session.id, userId: session.userId, expiresAt: session.expiresAt, createdAt: new Date() });
    await em.flush();
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    await this.em().nativeUpdate(Session, { id: sessionId }, { expiresAt });
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.em().nativeDelete(Session, { id: sessionId });
  }

  async deleteUserSessions(userId: string): Promise<void> {
    await this.em().nativeDelete(Session, { userId });
  }

  async deleteExpiredSessions(): Promise<void> {
    await this.em().nativeDelete(Session, { expiresAt: { $lte: new Date() } });
  }
}

export function createLucia(orm: MikroORM, env: Env) {
  return new Lucia(new MikroOrmSessionAdapter(orm), {
    // Idle timeout: lucia pushes the expiry forward while the session is used.
    sessionExpiresIn: new TimeSpan(env.SESSION_IDLE_HOURS, 'h'),
    sessionCookie: {
      name: SESSION_COOKIE,
      expires: false,
      attributes: { secure: env.isProduction, sameSite: 'lax', path: '/' },
    },
    getSessionAttributes: (attributes) => ({ createdAt: new Date((attributes as { createdAt: Date }).createdAt) }),
  });
}

export type AppLucia = ReturnType<typeof createLucia>;

declare module 'lucia' {
  interface Register {
    Lucia: AppLucia;
    DatabaseSessionAttributes: { createdAt: Date };
  }
}
