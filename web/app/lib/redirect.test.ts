import { describe, expect, it } from 'vitest';
import { loginPath, safeRedirect } from './redirect';

describe('safeRedirect', () => {
  it.each([
    ['/portal', '/portal'],
    ['/console/partners?after=abc', '/console/partners?after=abc'],
    ['/console/partners/1#invite', '/console/partners/1#invite'],
    ['  /portal  ', '/portal'],
  ])('keeps the local path %s', (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });

  it.each([
    ['https://evil.example/'],
    ['//evil.example/'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['javascript:alert(1)'],
    ['portal'],
    ['/\u0000/evil'],
    ['/%0d%0aSet-Cookie:x'.replace('%0d%0a', '\r\n')],
    [''],
    ['/login'],
    ['/logout?x=1'],
  ])('refuses %j', (input) => {
    expect(safeRedirect(input)).toBe('/');
  });

  it('uses the fallback for missing values and non-strings', () => {
    expect(safeRedirect(null, '/console')).toBe('/console');
    expect(safeRedirect(undefined)).toBe('/');
  });
});

describe('loginPath', () => {
  it('brings the user back to the page and its query', () => {
    expect(loginPath('http://web.test/console/partners?after=x')).toBe('/login?redirectTo=%2Fconsole%2Fpartners%3Fafter%3Dx');
  });

  it('needs no redirectTo for the root', () => {
    expect(loginPath('http://web.test/')).toBe('/login');
  });
});
