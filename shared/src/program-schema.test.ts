import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DEMO_PROGRAM } from './demo-program.js';
import { parseProgramText, validateProgramDoc } from './program-schema.js';

describe('program document validation', () => {
  it('accepts the demo program as JSON and as YAML', () => {
    expect(parseProgramText(JSON.stringify(DEMO_PROGRAM))).toEqual({ ok: true, program: DEMO_PROGRAM });
    expect(parseProgramText(stringify(DEMO_PROGRAM))).toEqual({ ok: true, program: DEMO_PROGRAM });
  });

  it.each([
    ['currency', { currency: 'dollars' }],
    ['reviewCadenceMonths', { reviewCadenceMonths: -1 }],
    ['dealProtectionDays', { dealProtectionDays: 0 }],
    ['dealReviewSlaHours', { dealReviewSlaHours: 1.5 }],
    ['name', { name: '   ' }],
  ])('names the bad field %s', (path, change) => {
    const result = validateProgramDoc({ ...DEMO_PROGRAM, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(path);
  });

  it('names nested paths', () => {
    const program = structuredClone(DEMO_PROGRAM);
    program.tracks[1].tiers[0].key = 'Has Spaces';
    const result = validateProgramDoc(program);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'tracks.1.tiers.0.key' })] });
  });

  it('reports the line of a YAML syntax error', () => {
    const result = parseProgramText('name: x\ntracks: [\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].path).toMatch(/^line \d+/);
  });

  it('refuses a document that is not an object', () => {
    expect(parseProgramText('- 1\n- 2').ok).toBe(false);
  });
});
