import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { EntryContext } from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { renderToPipeableStream } from 'react-dom/server';
import { contentSecurityPolicy, NonceContext } from '~/lib/nonce';

// How long pending promises may stream after the shell (single fetch).
export const streamTimeout = 5_000;

/**
 * Headers every HTML page carries: no framing, no sniffing, no cross-site
 * referrers (invite links hold tokens), and a Content-Security-Policy whose
 * script nonce is new for every page (app/lib/nonce.ts).
 */
export function securityHeaders(nonce: string): Record<string, string> {
  return {
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
  };
}

export default function handleRequest(request: Request, responseStatusCode: number, responseHeaders: Headers, remixContext: EntryContext) {
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const nonce = randomBytes(16).toString('base64');
    // Pages are rendered whole (onAllReady): the app streams nothing deferred,
    // and complete HTML is what works best without JavaScript.
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        onAllReady() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          for (const [name, value] of Object.entries(securityHeaders(nonce))) responseHeaders.set(name, value);
          if (!responseHeaders.has('Cache-Control')) responseHeaders.set('Cache-Control', 'private, no-store');
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
        nonce,
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}
