import { sha256 } from '@oslojs/crypto/sha2';
import { sessionCookieName } from '@tierwise/shared';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Env } from '../../config/env.js';
import type { Em, Orm } from '../../db/orm.js';
import { Session } from './session.entity.js';

/**
 * Sessions as the Lucia guide (lucia-auth.com) implements them, in our own
 * code now that the lucia package is deprecated: the client holds a random
 * token, the database only its SHA-256 hash, so a leaked sessions table signs
 * nobody in. Sessions slide (idle timeout) and end at an absolute lifetime.
 */
const HOUR_MS = 3600 * 1000;

/** 160 random bits, base32: what the client holds. */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored id of a token: its SHA-256, hex. */
export function sessionIdOf(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export interface ValidSession {
  session: Session;
  /** The idle expiry moved forward: a cookie client should get the cookie again. */
  fresh: boolean;
}

export class SessionStore {
  readonly cookieName: string;
  private readonly idleMs: number;
  private readonly maxAgeMs: number;

  constructor(
    private readonly orm: Orm,
    private readonly env: Pick<Env, 'SESSION_IDLE_HOURS' | 'SESSION_MAX_DAYS' | 'isProduction'>,
  ) {
    this.cookieName = sessionCookieName(env.isProduction);
    this.idleMs = env.SESSION_IDLE_HOURS * HOUR_MS;
    this.maxAgeMs = env.SESSION_MAX_DAYS * 24 * HOUR_MS;
  }

  /** A new session; the token is returned once and never stored. */
  async create(userId: string, now = new Date()): Promise<{ token: string; session: Session }> {
    const token = generateSessionToken();
    const em = this.orm.em.fork();
    const session = em.create(Session, { id: sessionIdOf(token), userId, createdAt: now, expiresAt: new Date(now.getTime() + this.idleMs) });
    await em.flush();
    return { token, session };
  }

  /** The live session of a token, its idle expiry pushed forward once half of it has passed; null otherwise. */
  async validate(token: string, now = Date.now()): Promise<ValidSession | null> {
    const em = this.orm.em.fork();
    const id = sessionIdOf(token);
    const session = await em.findOne(Session, { id });
    if (!session) return null;
    if (now >= session.expiresAt.getTime() || now >= session.createdAt.getTime() + this.maxAgeMs) {
      await em.nativeDelete(Session, { id });
      return null;
    }
    if (now >= session.expiresAt.getTime() - this.idleMs / 2) {
      session.expiresAt = new Date(now + this.idleMs);
      await em.nativeUpdate(Session, { id }, { expiresAt: session.expiresAt });
      return { session, fresh: true };
    }
    return { session, fresh: false };
  }

  async invalidate(sessionId: string): Promise<void> {
    await this.orm.em.fork().nativeDelete(Session, { id: sessionId });
  }

  async invalidateUser(userId: string): Promise<void> {
    await this.orm.em.fork().nativeDelete(Session, { userId });
  }

  /** The token of `Authorization: Bearer <token>`, or null. */
  readBearerToken(header: string | undefined): string | null {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return match ? match[1] : null;
  }

  readCookieToken(header: string | undefined): string | null {
    for (const part of (header ?? '').split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === this.cookieName) return part.slice(eq + 1).trim() || null;
    }
    return null;
  }

  /** Set-Cookie for the token: a browser-session cookie the API's own clients may use. */
  cookie(token: string): string {
    return `${this.cookieName}=${token}; ${this.cookieAttributes()}`;
  }

  blankCookie(): string {
    return `${this.cookieName}=; Max-Age=0; ${this.cookieAttributes()}`;
  }

  private cookieAttributes(): string {
    return ['Path=/', 'HttpOnly', 'SameSite=Lax', ...(this.env.isProduction ? ['Secure'] : [])].join('; ');
  }
}

/**
 * Delete sessions past their idle expiry (a scheduled job). Every session
 * reaches it, also one past its absolute lifetime: the idle expiry moves
 * only while it is used, and it is refused from then on.
 */
export function deleteExpiredSessions(em: Em, now = new Date()): Promise<number> {
  return em.nativeDelete(Session, { expiresAt: { $lte: now } });
}
