import { describe, expect, it } from 'vitest';
import { checkInput } from './input-check.js';
import { overrideTierInput } from './tier-inputs.js';

const now = new Date('2026-06-01T12:00:00Z');
const check = (input: unknown) => checkInput(overrideTierInput(now), input);

describe('overrideTierInput', () => {
  it('trims the reason and defaults the pin to none', () => {
    expect(check({ reason: '  Strategic launch partner  ' })).toEqual({ ok: true, value: { reason: 'Strategic launch partner', pinnedUntil: null } });
  });

  it('keeps a pin in the future', () => {
    const pinnedUntil = new Date('2026-07-01T00:00:00Z');
    expect(check({ reason: 'Launch', pinnedUntil })).toEqual({ ok: true, value: { reason: 'Launch', pinnedUntil } });
  });

  it('names every bad field at once: a blank reason and a pin in the past', () => {
    const result = check({ reason: '   ', pinnedUntil: new Date('2026-05-01T00:00:00Z') });
    expect(result).toEqual({
      ok: false,
      fields: [
        { path: 'reason', message: 'Say why the tier is set by hand; it shows on reports.' },
        { path: 'pinnedUntil', message: 'The pin must end in the future.' },
      ],
    });
  });

  it('refuses a reason over 2000 characters and a pin of now', () => {
    const result = check({ reason: 'r'.repeat(2001), pinnedUntil: now });
    expect(result.ok ? [] : result.fields.map((f) => f.message)).toEqual(['At most 2000 characters.', 'The pin must end in the future.']);
  });
});
