import { describe, expect, it } from 'vitest';
import { DEMO_PROGRAM } from './demo-program.js';
import type { ProgramDoc } from './program.js';
import { hasBlockingFindings, lintProgram } from './program-lint.js';

const clone = (): ProgramDoc => structuredClone(DEMO_PROGRAM);

describe('lintProgram ERROR rules', () => {
  it('finds nothing blocking in the demo program', () => {
    expect(hasBlockingFindings(lintProgram(DEMO_PROGRAM))).toBe(false);
  });

  const cases: { name: string; change: (p: ProgramDoc) => void; rule: string; path: string | null }[] = [
    { name: 'a program with no tracks', change: (p) => (p.tracks = []), rule: 'NO_TRACKS', path: null },
    { name: 'two tracks with one key', change: (p) => (p.tracks[1].key = 'technology'), rule: 'DUPLICATE_KEY', path: 'technology' },
    { name: 'two tiers with one key', change: (p) => (p.tracks[0].tiers[1].key = 'registered'), rule: 'DUPLICATE_KEY', path: 'technology/registered' },
    { name: 'two steps with one key', change: (p) => (p.tracks[2].onboardingSteps[1].key = 'sign-agreement'), rule: 'DUPLICATE_KEY', path: 'referral' },
    { name: 'a track with no tiers', change: (p) => (p.tracks[2].tiers = []), rule: 'TRACK_WITHOUT_TIERS', path: 'referral' },
    { name: 'a threshold below zero', change: (p) => (p.tracks[0].tiers[1].criteria[0].threshold = -1), rule: 'NEGATIVE_THRESHOLD', path: 'technology/premier' },
    { name: 'a window of zero days', change: (p) => (p.tracks[0].tiers[1].criteria[0].windowDays = 0), rule: 'UNMEASURABLE_CRITERION', path: 'technology/premier' },
    {
      name: 'ONBOARDING_COMPLETE above 1',
      change: (p) => p.tracks[1].tiers[1].criteria.push({ metric: 'ONBOARDING_COMPLETE', threshold: 2 }),
      rule: 'UNMEASURABLE_CRITERION',
      path: 'agency/elite',
    },
    {
      name: 'one metric twice in a tier',
      change: (p) => p.tracks[1].tiers[1].criteria.push({ metric: 'DEALS_WON', threshold: 5 }),
      rule: 'UNMEASURABLE_CRITERION',
      path: 'agency/elite',
    },
    {
      name: 'one benefit twice in a tier',
      change: (p) => p.tracks[1].tiers[0].benefits.push({ kind: 'RESALE_MARGIN_BPS', value: 5 }),
      rule: 'DUPLICATE_BENEFIT',
      path: 'agency/select',
    },
  ];

  it.each(cases)('reports $rule for $name', ({ change, rule, path }) => {
    const program = clone();
    change(program);
    const findings = lintProgram(program);
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'ERROR', rule, path }));
    expect(hasBlockingFindings(findings)).toBe(true);
  });
});
