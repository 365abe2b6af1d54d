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

describe('lintProgram WARNING rules (the design pitfalls)', () => {
  const context = { certificationTrackKeys: [null] };

  it('finds no pitfall in the demo program when certification is open to all', () => {
    expect(lintProgram(DEMO_PROGRAM, context)).toEqual([]);
  });

  const cases: { pitfall: string; change: (p: ProgramDoc) => void; rule: string; path: string | null; ctx?: { certificationTrackKeys: (string | null)[] } }[] = [
    { pitfall: 'a tier that gives nothing more', change: (p) => (p.tracks[2].tiers[1].benefits = p.tracks[2].tiers[0].benefits), rule: 'TIER_WITHOUT_BENEFIT_GAIN', path: 'referral/preferred' },
    { pitfall: 'a tier that gives less', change: (p) => (p.tracks[2].tiers[1].benefits = [{ kind: 'REFERRAL_FEE', value: 10 }]), rule: 'TIER_WITHOUT_BENEFIT_GAIN', path: 'referral/preferred' },
    {
      pitfall: 'four tiers',
      change: (p) => p.tracks[0].tiers.push({ ...p.tracks[0].tiers[1], key: 't3', benefits: [{ kind: 'CO_SELL_CREDIT_BPS', value: 700 }] }, { ...p.tracks[0].tiers[1], key: 't4', benefits: [{ kind: 'CO_SELL_CREDIT_BPS', value: 800 }] }),
      rule: 'TOO_MANY_TIERS',
      path: 'technology',
    },
    { pitfall: 'one tier', change: (p) => (p.tracks[0].tiers = [p.tracks[0].tiers[0]]), rule: 'TOO_FEW_TIERS', path: 'technology' },
    { pitfall: 'four tracks', change: (p) => p.tracks.push({ ...structuredClone(p.tracks[0]), key: 'resellers', incentiveModel: 'RESALE_MARGIN' }), rule: 'TOO_MANY_TRACKS', path: null },
    {
      pitfall: 'one model and ladder for several types',
      change: (p) => (p.tracks[1] = { ...structuredClone(p.tracks[0]), key: 'services', name: 'Services' }),
      rule: 'ONE_MODEL_FOR_ALL',
      path: 'technology,services',
    },
    { pitfall: 'paying for registrations', change: (p) => p.tracks[1].tiers[1].criteria.push({ metric: 'REGISTERED_DEALS', threshold: 10 }), rule: 'REWARDS_ACTIVITY', path: 'agency/elite' },
    { pitfall: 'a higher tier anyone gets', change: (p) => (p.tracks[1].tiers[1].criteria = []), rule: 'VAGUE_CRITERIA', path: 'agency/elite' },
    {
      pitfall: 'a target metric no tier measures',
      change: (p) => (p.targetMetric = 'SOURCED_REVENUE_WON'),
      rule: 'TARGET_METRIC_UNUSED',
      path: null,
    },
    { pitfall: 'no onboarding path', change: (p) => (p.tracks[2].onboardingSteps = []), rule: 'NO_ONBOARDING_PATH', path: 'referral' },
    { pitfall: 'reviews that never run', change: (p) => (p.reviewCadenceMonths = 0), rule: 'NO_DEMOTION_CADENCE', path: null },
    { pitfall: 'certified reps with no path to certify', change: () => undefined, rule: 'CERTIFICATION_UNAVAILABLE', path: 'agency', ctx: { certificationTrackKeys: ['technology'] } },
  ];

  it.each(cases)('warns $rule for $pitfall, without blocking publish', ({ change, rule, path, ctx }) => {
    const program = clone();
    change(program);
    const findings = lintProgram(program, ctx ?? context);
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'WARNING', rule, path }));
    expect(hasBlockingFindings(findings)).toBe(false);
  });
});
