import { describe, expect, it } from 'vitest';
import { clearSessionCookie, commitSessionToken, readSessionToken, SESSION_COOKIE_NAME, sessionCookieFor } from './session.server';

const requestWith = (cookie: string | null) => new Request('http://web.test/', { headers: cookie ? { Cookie: cookie } : {} });
const pair = (setCookie: string) => setCookie.split(';')[0];

describe('session cookie', () => {
  it('is httpOnly, SameSite=Lax, on path / and not Secure outside production', async () => {
    const cookie = sessionCookieFor({ NODE_ENV: 'development' });
    const header = await commitSessionToken('tok_123', cookie);
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE_NAME}=`));
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Path=/');
    expect(header).not.toContain('Secure');
  });

  it('is Secure and named with the __Host- prefix in production', async () => {
    const header = await commitSessionToken('tok_123', sessionCookieFor({ NODE_ENV: 'production' }));
    expect(header).toMatch(new RegExp(`^__Host-${SESSION_COOKIE_NAME}=`));
    expect(header).toContain('Secure');
    expect(header).toContain('Path=/');
    expect(header).not.toContain('Domain');
  });

  it('round-trips the token', async () => {
    const cookie = sessionCookieFor({});
    const header = await commitSessionToken('tok_abc', cookie);
    expect(await readSessionToken(requestWith(pair(header)), cookie)).toBe('tok_abc');
  });

  it('reads nothing from no cookie, other cookies or garbage', async () => {
    const cookie = sessionCookieFor({});
    expect(await readSessionToken(requestWith(null), cookie)).toBeNull();
    expect(await readSessionToken(requestWith('other=1'), cookie)).toBeNull();
    expect(await readSessionToken(requestWith(`${SESSION_COOKIE_NAME}=%%%not-base64`), cookie)).toBeNull();
  });

  it('clears with an expired, empty cookie', async () => {
    const cookie = sessionCookieFor({});
    const header = await clearSessionCookie(cookie);
    expect(header).toContain('Max-Age=0');
    expect(await readSessionToken(requestWith(pair(header)), cookie)).toBeNull();
  });
});
