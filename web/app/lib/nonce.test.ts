import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './nonce';

describe('contentSecurityPolicy', () => {
  it('allows only the app itself, scripts by nonce, no inline styles, no plugins, no framing', () => {
    const policy = contentSecurityPolicy('abc123');
    expect(policy.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self' 'nonce-abc123'",
      "style-src 'self'",
      "img-src 'self'",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]);
  });

  it('lets the Vite dev server hot-reload (websocket, injected styles) in development only', () => {
    const dev = contentSecurityPolicy('n', { dev: true });
    expect(dev).toContain("connect-src 'self' ws: wss:");
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain("script-src 'self' 'nonce-n'");
  });
});
