import { isValidEmail, normaliseEmail, PASSWORD_MAX_LENGTH } from '@tierwise/shared';
import type { Request, Response } from 'express';
import type { AppServices } from '../../app-services.js';
import type { Em } from '../../db/orm.js';
import { AppError } from '../../errors/app-error.js';
import type { Ctx } from '../../graphql/context.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import { SESSION_COOKIE } from './lucia.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import { consumeAttempt } from './rate-limit.js';
import { Session } from './session.entity.js';

const WRONG_CREDENTIALS = 'The email or password is not right.';

/** Read the session token from `Authorization: Bearer` (preferred) or the session cookie. */
export function readSessionToken(req: Request, app: AppServices): string | null {
  const bearer = app.lucia.readBearerToken(req.headers.authorization ?? '');
  if (bearer) return bearer;
  return app.lucia.readSessionCookie(req.headers.cookie ?? '');
}

/**
 * Resolve the signed-in user of a request, enforcing the idle timeout (lucia),
 * the absolute lifetime and the account's standing.
 */
export async function authenticate(
  token: string | null,
  em: Em,
  app: AppServices,
  res: Response,
): Promise<{ user: User; sessionId: string } | null> {
  if (!token) return null;
  const { session } = await app.lucia.validateSession(token);
  if (!session) return null;
  const maxAgeMs = app.env.SESSION_MAX_DAYS * 24 * 3600 * 1000;
  if (session.createdAt.getTime() + maxAgeMs <= Date.now()) {
    await app.lucia.invalidateSession(session.id);
    return null;
  }
  const user = await em.findOne(User, { id: session.userId }, { populate: ['partner'] });
  if (!user || !(await canSignIn(user))) {
    await app.lucia.invalidateUserSessions(session.userId);
    return null;
  }
  if (session.fresh && usesCookie(res)) res.append('Set-Cookie', app.lucia.createSessionCookie(session.id).serialize());
  return { user, sessionId: session.id };
}

function usesCookie(res: Response): boolean {
  return (res.req.headers.cookie ?? '').includes(`${SESSION_COOKIE}=`);
}

async function canSignIn(user: User): Promise<boolean> {
  if (user.disabledAt) return false;
  const partner = user.partner ? await user.partner.load() : null;
  return !partner || (partner as Partner).status !== 'OFFBOARDED';
}

export class AuthService {
  constructor(private readonly ctx: Ctx) {}

  async login(rawEmail: string, password: string): Promise<{ token: string; user: User }> {
    const email = normaliseEmail(rawEmail);
    const { loginLimiters } = this.ctx.app;
    // Every attempt counts, including each aliased `login` of one request.
    await consumeAttempt(loginLimiters.byIp, this.ctx.ip);
    await consumeAttempt(loginLimiters.byEmail, email || '(empty)');
    if (!isValidEmail(email)) throw AppError.field('email', 'Enter a valid email address.');
    if (password.length > PASSWORD_MAX_LENGTH) throw AppError.field('password', WRONG_CREDENTIALS);

    const user = await this.ctx.em.findOne(User, { email }, { populate: ['partner'] });
    if (!user) {
      await burnPasswordCheck(password);
      throw AppError.unauthenticated(WRONG_CREDENTIALS);
    }
    if (!(await verifyPassword(user.passwordHash, password))) throw AppError.unauthenticated(WRONG_CREDENTIALS);
    if (!(await canSignIn(user))) throw AppError.unauthenticated('This account can no longer sign in.');

    await loginLimiters.byEmail.delete(email);
    return this.startSession(user);
  }

  /** A new session (never a reused one) for a user who just proved who they are. */
  async startSession(user: User): Promise<{ token: string; user: User }> {
    const { lucia } = this.ctx.app;
    if (this.ctx.sessionId) await lucia.invalidateSession(this.ctx.sessionId);
    const session = await lucia.createSession(user.id, { createdAt: new Date() });
    await this.ctx.em.nativeUpdate(User, { id: user.id }, { lastSignInAt: new Date() });
    this.ctx.res.append('Set-Cookie', lucia.createSessionCookie(session.id).serialize());
    return { token: session.id, user };
  }

  async logout(): Promise<boolean> {
    const { lucia } = this.ctx.app;
    if (this.ctx.sessionId) await lucia.invalidateSession(this.ctx.sessionId);
    this.ctx.res.append('Set-Cookie', lucia.createBlankSessionCookie().serialize());
    return true;
  }
}

/** End every session of these users (offboarding). */
export async function endSessionsOf(em: Em, userIds: string[]): Promise<void> {
  if (userIds.length) await em.nativeDelete(Session, { userId: { $in: userIds } });
}
