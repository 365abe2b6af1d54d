/**
 * Where to send a user after signing in. Only paths on this site are allowed:
 * anything else (absolute URLs, protocol-relative `//host`, backslash tricks,
 * control characters) falls back to `fallback`, so ?redirectTo cannot be used
 * as an open redirect.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof to !== 'string') return fallback;
  const target = to.trim();
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  // Control characters and backslashes are never part of our own URLs.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
  try {
    const base = 'http://tierwise.invalid';
    const url = new URL(target, base);
    if (url.origin !== base) return fallback;
    if (url.pathname === '/login' || url.pathname === '/logout') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The /login URL that brings the user back to where they were. */
export function loginPath(currentUrl: string | URL): string {
  const url = typeof currentUrl === 'string' ? new URL(currentUrl) : currentUrl;
  const back = safeRedirect(`${url.pathname}${url.search}`, '/');
  return back === '/' ? '/login' : `/login?${new URLSearchParams({ redirectTo: back })}`;
}
