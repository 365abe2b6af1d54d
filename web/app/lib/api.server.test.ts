import { describe, expect, it } from 'vitest';
import { apiUrl } from './api.server';

describe('apiUrl', () => {
  it('defaults to the local API and drops trailing slashes', () => {
    expect(apiUrl({})).toBe('http://127.0.0.1:4000');
    expect(apiUrl({ API_URL: 'http://api.internal:4100/' })).toBe('http://api.internal:4100');
  });
});
