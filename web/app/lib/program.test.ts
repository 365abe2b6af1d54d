import { DEMO_PROGRAM, parseProgramText } from '@tierwise/shared';
import { describe, expect, it } from 'vitest';
import { programToDoc, programToYaml } from './program';

describe('program as code', () => {
  it('drops ids and ranks, and round-trips through YAML', () => {
    const fromApi = {
      ...DEMO_PROGRAM,
      id: 'prog1',
      version: 3,
      publishedAt: '2026-01-01T00:00:00Z',
      tracks: DEMO_PROGRAM.tracks.map((t, i) => ({
        ...t,
        id: `t${i}`,
        tiers: t.tiers.map((tier, rank) => ({ ...tier, id: `tier${rank}`, rank, criteria: tier.criteria.map((c) => ({ ...c, windowDays: null })) })),
        onboardingSteps: t.onboardingSteps.map((s, j) => ({ ...s, id: `s${j}` })),
      })),
    };
    const doc = programToDoc(fromApi);
    expect(doc).toEqual(DEMO_PROGRAM);
    expect(parseProgramText(programToYaml(doc))).toEqual({ ok: true, program: DEMO_PROGRAM });
  });
});
