import { createHash } from 'node:crypto';
import { isValidEmail, normaliseEmail, PASSWORD_MAX_LENGTH } from '@tierwise/shared';
import type { Request, Response } from 'express';
import type { AppServices } from '../../app-services.js';
import type { Em } from '../../db/orm.js';
import { AppError } from '../../errors/app-error.js';
import type { Ctx } from '../../graphql/context.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import { consumeAttempt } from './rate-limit.js';
import { Session } from './session.entity.js';

const WRONG_CREDENTIALS = 'The email or password is not right.';
const ACCESS_ENDED = "Your company's partner access has ended, so this account can no longer sign in. Contact your partner manager if this is a mistake.";

/**
 * The per-email attempt counter's key: a digest, so that any address fits the
 * limiter's key column on PostgreSQL (varchar(255), prefix included).
 */
const emailKey = (email: string) => createHash('sha256').update(email).digest('hex');

/** Read the session token from `Authorization: Bearer` (preferred) or the session cookie. */
export function readSessionToken(req: Request, app: AppServices): string | null {
  return app.sessions.readBearerToken(req.headers.authorization) ?? app.sessions.readCookieToken(req.headers.cookie);
}

/**
 * Resolve the signed-in user of a request, enforcing the idle timeout, the
 * absolute lifetime (both in the session store) and the account's standing.
 */
export async function authenticate(
  token: string | null,
  em: Em,
  app: AppServices,
  res: Response,
): Promise<{ user: User; sessionId: string } | null> {
  if (!token) return null;
  const valid = await app.sessions.validate(token);
  if (!valid) return null;
  const { session, fresh } = valid;
  const user = await em.findOne(User, { id: session.userId }, { populate: ['partner'] });
  if (!user || !(await canSignIn(user))) {
    await app.sessions.invalidateUser(session.userId);
    return null;
  }
  if (fresh && app.sessions.readCookieToken(res.req.headers.cookie) === token) res.append('Set-Cookie', app.sessions.cookie(token));
  return { user, sessionId: session.id };
}

async function partnerOffboarded(user: User): Promise<boolean> {
  const partner = user.partner ? await user.partner.load() : null;
  return !!partner && (partner as Partner).status === 'OFFBOARDED';
}

async function canSignIn(user: User): Promise<boolean> {
  return !user.disabledAt && !(await partnerOffboarded(user));
}

export class AuthService {
  constructor(private readonly ctx: Ctx) {}

  async login(rawEmail: string, password: string): Promise<{ token: string; user: User }> {
    const email = normaliseEmail(rawEmail);
    const { loginLimiters } = this.ctx.app;
    // Every attempt counts, including each aliased `login` of one request.
    await consumeAttempt(loginLimiters.byIp, this.ctx.ip);
    await consumeAttempt(loginLimiters.byEmail, emailKey(email));
    if (!isValidEmail(email)) throw AppError.field('email', 'Enter a valid email address.');
    if (password.length > PASSWORD_MAX_LENGTH) throw AppError.field('password', WRONG_CREDENTIALS);

    const user = await this.ctx.em.findOne(User, { email }, { populate: ['partner'] });
    if (!user) {
      await burnPasswordCheck(password);
      throw AppError.unauthenticated(WRONG_CREDENTIALS);
    }
    if (!(await verifyPassword(user.passwordHash, password))) throw AppError.unauthenticated(WRONG_CREDENTIALS);
    // Only someone who knows the password learns that the company was offboarded (a wrong one got the generic message above).
    if (await partnerOffboarded(user)) throw AppError.unauthenticated(ACCESS_ENDED);
    if (!(await canSignIn(user))) throw AppError.unauthenticated('This account can no longer sign in.');

    await loginLimiters.byEmail.delete(emailKey(email));
    return this.startSession(user);
  }

  /** A new session (never a reused one) for a user who just proved who they are. */
  async startSession(user: User): Promise<{ token: string; user: User }> {
    const { sessions } = this.ctx.app;
    if (this.ctx.sessionId) await sessions.invalidate(this.ctx.sessionId);
    const { token } = await sessions.create(user.id);
    await this.ctx.em.nativeUpdate(User, { id: user.id }, { lastSignInAt: new Date() });
    this.ctx.res.append('Set-Cookie', sessions.cookie(token));
    return { token, user };
  }

  async logout(): Promise<boolean> {
    const { sessions } = this.ctx.app;
    if (this.ctx.sessionId) await sessions.invalidate(this.ctx.sessionId);
    this.ctx.res.append('Set-Cookie', sessions.blankCookie());
    return true;
  }
}

/** End every session of these users (offboarding). */
export async function endSessionsOf(em: Em, userIds: string[]): Promise<void> {
  if (userIds.length) await em.nativeDelete(Session, { userId: { $in: userIds } });
}
