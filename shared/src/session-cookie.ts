export const SESSION_COOKIE_NAME = 'tierwise_session';

/**
 * The session cookie's name, the same in the API and the web: `__Host-` in
 * production, where the browser then insists on Secure, Path=/ and no Domain.
 */
export function sessionCookieName(production: boolean): string {
  return production ? `__Host-${SESSION_COOKIE_NAME}` : SESSION_COOKIE_NAME;
}
