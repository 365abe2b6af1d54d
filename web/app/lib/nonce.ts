import { createContext, useContext } from 'react';

/**
 * The per-request Content-Security-Policy nonce (app/entry.server.tsx makes
 * one per page). Only the server knows it; in the browser it is empty, and the
 * scripts it marked have already run.
 */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}

/**
 * The policy of every HTML page: nothing from other sites, scripts only the
 * app's own bundles plus the inline scripts Remix writes (marked with the
 * nonce), no inline styles (Markdown alignment becomes classes), no plugins,
 * no framing, forms only to this site.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // Vite's dev server injects styles for hot reload; production needs none.
    options.dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    options.dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ];
  return directives.join('; ');
}
