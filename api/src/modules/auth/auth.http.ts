import type { Request, Response } from 'express';
import type { AppServices } from '../../app-services.js';
import type { Em } from '../../db/orm.js';
import { User } from '../users/user.entity.js';
import { canSignIn } from './auth.service.js';

// HTTP glue for sessions (headers in, cookies out), kept out of the use cases.

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
