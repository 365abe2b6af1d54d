import { createCookie } from '@remix-run/node';
import { SESSION_COOKIE_NAME, sessionCookieName } from '@tierwise/shared';

/**
 * The web keeps the API session token in its own cookie. The browser never
 * talks to the API; the web server forwards the token as a Bearer header.
 */
export { SESSION_COOKIE_NAME };
const THIRTY_DAYS = 60 * 60 * 24 * 30;

/** The name the API uses too (`__Host-` in production). */
export function sessionCookieNameFor(env: Record<string, string | undefined> = process.env): string {
  return sessionCookieName(env.NODE_ENV === 'production');
}

export function sessionCookieFor(env: Record<string, string | undefined> = process.env) {
  return createCookie(sessionCookieNameFor(env), {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.NODE_ENV === 'production',
    path: '/',
    maxAge: THIRTY_DAYS,
  });
}

const sessionCookie = sessionCookieFor();

/** The session token of the request, or null. */
export async function readSessionToken(request: Request, cookie = sessionCookie): Promise<string | null> {
  const value: unknown = await cookie.parse(request.headers.get('Cookie'));
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Set-Cookie value that stores the token. */
export function commitSessionToken(token: string, cookie = sessionCookie): Promise<string> {
  return cookie.serialize(token);
}

/** Set-Cookie value that removes the session cookie. */
export function clearSessionCookie(cookie = sessionCookie): Promise<string> {
  return cookie.serialize('', { maxAge: 0, expires: new Date(0) });
}
