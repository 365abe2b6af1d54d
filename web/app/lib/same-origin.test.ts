import { describe, expect, it } from 'vitest';
// The web server's cross-site check (scripts/serve.mjs uses it for every request).
import { checkSameOrigin, refusalMessage, sameOriginOnly } from '../../scripts/same-origin.mjs';

const host = '127.0.0.1:3000';

describe('checkSameOrigin', () => {
  it('lets reads through without an Origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) expect(checkSameOrigin({ method, origin: undefined, host }).ok).toBe(true);
  });

  it('accepts a POST from this site (http or https in front of the same host)', () => {
    expect(checkSameOrigin({ method: 'POST', origin: 'http://127.0.0.1:3000', host }).ok).toBe(true);
    expect(checkSameOrigin({ method: 'POST', origin: 'https://127.0.0.1:3000', host }).ok).toBe(true);
    expect(checkSameOrigin({ method: 'POST', origin: 'https://Portal.Example.com', host: 'portal.example.com' }).ok).toBe(true);
  });

  it('refuses a POST, PUT or DELETE from another site', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(checkSameOrigin({ method, origin: 'https://evil.example', host })).toEqual({ ok: false, reason: 'foreign' });
    }
    // Same host name, other port: another site.
    expect(checkSameOrigin({ method: 'POST', origin: 'http://127.0.0.1:3001', host }).ok).toBe(false);
    // Look-alike hosts.
    expect(checkSameOrigin({ method: 'POST', origin: 'http://127.0.0.1:3000.evil.example', host }).ok).toBe(false);
  });

  it('refuses a POST without an Origin, with Origin "null" or an odd scheme', () => {
    expect(checkSameOrigin({ method: 'POST', origin: undefined, host })).toEqual({ ok: false, reason: 'missing' });
    expect(checkSameOrigin({ method: 'POST', origin: '', host })).toEqual({ ok: false, reason: 'missing' });
    expect(checkSameOrigin({ method: 'POST', origin: 'null', host })).toEqual({ ok: false, reason: 'foreign' });
    expect(checkSameOrigin({ method: 'POST', origin: 'file://127.0.0.1:3000', host }).ok).toBe(false);
    expect(checkSameOrigin({ method: 'POST', origin: 'http://127.0.0.1:3000', host: undefined }).ok).toBe(false);
  });

  it('accepts the configured extra origins (WEB_ORIGIN)', () => {
    const allowed = ['https://partners.example.com/'];
    expect(checkSameOrigin({ method: 'POST', origin: 'https://partners.example.com', host: '10.0.0.5:3000', allowed }).ok).toBe(true);
    expect(checkSameOrigin({ method: 'POST', origin: 'https://other.example.com', host: '10.0.0.5:3000', allowed }).ok).toBe(false);
  });
});

describe('sameOriginOnly (middleware)', () => {
  function run(req: { method: string; headers: Record<string, string>; originalUrl: string }) {
    const res = {
      statusCode: 200,
      headers: {} as Record<string, string>,
      body: '',
      setHeader(name: string, value: string) {
        this.headers[name.toLowerCase()] = value;
      },
      end(body: string) {
        this.body = body;
      },
    };
    let nextCalled = false;
    sameOriginOnly()(req, res, () => {
      nextCalled = true;
    });
    return { res, nextCalled };
  }

  it('passes same-site requests on', () => {
    const { nextCalled, res } = run({ method: 'POST', headers: { origin: 'http://127.0.0.1:3000', host }, originalUrl: '/logout' });
    expect(nextCalled).toBe(true);
    expect(res.statusCode).toBe(200);
  });

  it('answers 403 with a page that says why for a cross-site form post', () => {
    const { nextCalled, res } = run({
      method: 'POST',
      headers: { origin: 'https://evil.example', host, accept: 'text/html,application/xhtml+xml' },
      originalUrl: '/logout',
    });
    expect(nextCalled).toBe(false);
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('sent from another site');
  });

  it('answers 403 as JSON to data requests and when the Origin is missing', () => {
    const { nextCalled, res } = run({ method: 'POST', headers: { host }, originalUrl: '/portal/deals/new.data' });
    expect(nextCalled).toBe(false);
    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body)).toEqual({ code: 'FORBIDDEN', message: refusalMessage('missing') });
  });
});
