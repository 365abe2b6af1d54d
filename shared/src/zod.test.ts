import { describe, expect, it, vi } from 'vitest';
import { z } from './zod.js';

describe('zod as the shared schemas use it', () => {
  it('never evaluates code (the web runs it under a CSP without unsafe-eval)', () => {
    const spy = vi.spyOn(globalThis, 'Function');
    const schema = z.object({ a: z.string(), b: z.number() });
    expect(schema.parse({ a: 'x', b: 1 })).toEqual({ a: 'x', b: 1 });
    expect(schema.safeParse({ a: 1 }).success).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
