import { createHash } from 'node:crypto';
import { isValidEmail, normaliseEmail, PASSWORD_MAX_LENGTH } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { AppError } from '../../errors/app-error.js';
import type { Scope } from '../scope.js';
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

async function partnerOffboarded(user: User): Promise<boolean> {
  const partner = user.partner ? await user.partner.load() : null;
  return !!partner && (partner as Partner).status === 'OFFBOARDED';
}

/** Whether this account may hold a session (not disabled, partner not offboarded). */
export async function canSignIn(user: User): Promise<boolean> {
  return !user.disabledAt && !(await partnerOffboarded(user));
}

/** A signed-in session; `cookie` is the Set-Cookie value the HTTP layer sends with it. */
export interface StartedSession {
  token: string;
  user: User;
  cookie: string;
}

export class AuthService {
  /** `sessionId`: the caller's current session, ended when a new one starts or on logout. */
  constructor(
    private readonly scope: Scope,
    private readonly sessionId: string | null,
  ) {}

  async login(rawEmail: string, password: string, ip: string): Promise<StartedSession> {
    const email = normaliseEmail(rawEmail);
    const { loginLimiters } = this.scope.app;
    // Every attempt counts, including each aliased `login` of one request.
    await consumeAttempt(loginLimiters.byIp, ip);
    await consumeAttempt(loginLimiters.byEmail, emailKey(email));
    if (!isValidEmail(email)) throw AppError.field('email', 'Enter a valid email address.');
    if (password.length > PASSWORD_MAX_LENGTH) throw AppError.field('password', WRONG_CREDENTIALS);

    const user = await this.scope.em.findOne(User, { email }, { populate: ['partner'] });
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
  async startSession(user: User): Promise<StartedSession> {
    const { sessions } = this.scope.app;
    if (this.sessionId) await sessions.invalidate(this.sessionId);
    const { token } = await sessions.create(user.id);
    await this.scope.em.nativeUpdate(User, { id: user.id }, { lastSignInAt: this.scope.clock() });
    return { token, user, cookie: sessions.cookie(token) };
  }

  /** Returns the Set-Cookie value that clears the session cookie. */
  async logout(): Promise<{ cookie: string }> {
    const { sessions } = this.scope.app;
    if (this.sessionId) await sessions.invalidate(this.sessionId);
    return { cookie: sessions.blankCookie() };
  }
}

/** End every session of these users (offboarding). */
export async function endSessionsOf(em: Em, userIds: string[]): Promise<void> {
  if (userIds.length) await em.nativeDelete(Session, { userId: { $in: userIds } });
}
