// Cross-site request refusal for the web server (scripts/serve.mjs): every
// request that can change something (any method but GET, HEAD, OPTIONS) must
// carry an Origin header naming this site. Browsers send Origin on every POST,
// form submissions without JavaScript included, so a missing Origin is refused
// too. This is the ONE place the web checks it: every Remix action (logout,
// forms, fetchers) sits behind it.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request may go on. `origin` is the Origin header (undefined when
 * absent), `host` the Host header, `allowed` extra origins that count as this
 * site (WEB_ORIGIN, e.g. behind a proxy that rewrites Host).
 * @param {{ method: string, origin?: string | null, host?: string | null, allowed?: string[] }} request
 * @returns {{ ok: true } | { ok: false, reason: 'missing' | 'foreign' }}
 */
export function checkSameOrigin({ method, origin, host, allowed = [] }) {
  if (SAFE_METHODS.has(String(method).toUpperCase())) return { ok: true };
  if (!origin) return { ok: false, reason: 'missing' };
  if (allowed.some((a) => normalise(a) === normalise(origin))) return { ok: true };
  let url;
  try {
    url = new URL(origin);
  } catch {
    return { ok: false, reason: 'foreign' };
  }
  // Either scheme: behind a TLS-terminating proxy the page is https while this
  // server is reached over http, with the same Host.
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !host) return { ok: false, reason: 'foreign' };
  return url.host.toLowerCase() === String(host).toLowerCase() ? { ok: true } : { ok: false, reason: 'foreign' };
}

function normalise(origin) {
  return String(origin).trim().replace(/\/+$/, '').toLowerCase();
}

const MESSAGES = {
  missing: 'This request was refused: it did not say which site it came from (no Origin header). Go back, reload the page and send the form again.',
  foreign: 'This request was refused: it was sent from another site. Tierwise only accepts forms sent from its own pages. If you did not mean to do this, nothing was changed.',
};

/** The message shown with the 403 answer. */
export function refusalMessage(reason) {
  return MESSAGES[reason] ?? MESSAGES.foreign;
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Middleware (Express, or Connect in the Vite dev server; only Node's own
 * response methods are used): answers 403 (an HTML page, or JSON for
 * fetch/data requests) when checkSameOrigin refuses.
 * @param {{ allowed?: string[] }} [options]
 */
export function sameOriginOnly(options = {}) {
  const allowed = options.allowed ?? [];
  return (req, res, next) => {
    const verdict = checkSameOrigin({ method: req.method, origin: req.headers.origin, host: req.headers.host, allowed });
    if (verdict.ok) return next();
    const message = refusalMessage(verdict.reason);
    const url = req.originalUrl ?? req.url ?? '';
    const wantsHtml = String(req.headers.accept ?? '').includes('text/html') && !/\.data(\?|$)/.test(url);
    const body = wantsHtml
      ? `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Request refused · Tierwise</title>` +
        `<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2933}a{color:#1d4ed8}</style></head>` +
        `<body><main><h1>Request refused</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/">Go to Tierwise</a></p></main></body></html>`
      : JSON.stringify({ code: 'FORBIDDEN', message });
    res.statusCode = 403;
    res.setHeader('Content-Type', wantsHtml ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    res.end(body);
  };
}
