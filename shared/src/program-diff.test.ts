import { describe, expect, it } from 'vitest';
import { DEMO_PROGRAM } from './demo-program.js';
import type { ProgramDoc } from './program.js';
import { diffPrograms } from './program-diff.js';

const changed = (edit: (p: ProgramDoc) => void) => {
  const p = structuredClone(DEMO_PROGRAM);
  edit(p);
  return diffPrograms(DEMO_PROGRAM, p);
};

describe('diffPrograms', () => {
  it('finds nothing between equal versions', () => {
    expect(diffPrograms(DEMO_PROGRAM, structuredClone(DEMO_PROGRAM))).toEqual([]);
  });

  it.each([
    ['a program setting', (p: ProgramDoc) => (p.reviewCadenceMonths = 6), { kind: 'CHANGED', path: 'program', description: 'reviewCadenceMonths: 3 → 6' }],
    ['a track added', (p: ProgramDoc) => p.tracks.push({ ...structuredClone(p.tracks[0]), key: 'msp', name: 'MSPs' }), { kind: 'ADDED', path: 'msp', description: 'track "MSPs" (CO_SELL_CREDIT, 2 tiers)' }],
    ['a track removed', (p: ProgramDoc) => p.tracks.pop(), { kind: 'REMOVED', path: 'referral', description: 'track "Referral partners"' }],
    ['a track renamed', (p: ProgramDoc) => (p.tracks[0].name = 'Tech'), { kind: 'CHANGED', path: 'technology', description: 'name: Technology partners → Tech' }],
    ['a tier added', (p: ProgramDoc) => p.tracks[2].tiers.push({ key: 'elite', name: 'Elite', criteria: [], benefits: [] }), { kind: 'ADDED', path: 'referral/elite', description: 'tier "Elite" at rank 2' }],
    ['a tier removed', (p: ProgramDoc) => p.tracks[2].tiers.pop(), { kind: 'REMOVED', path: 'referral/preferred', description: 'tier "Preferred"' }],
    ['a threshold', (p: ProgramDoc) => (p.tracks[1].tiers[1].criteria[1].threshold = 5), { kind: 'CHANGED', path: 'agency/elite/criterion:DEALS_WON', description: 'DEALS_WON threshold 3 → 5' }],
    ['a window', (p: ProgramDoc) => (p.tracks[1].tiers[1].criteria[1].windowDays = 180), { kind: 'CHANGED', path: 'agency/elite/criterion:DEALS_WON', description: 'DEALS_WON window default → 180 days' }],
    ['a criterion added', (p: ProgramDoc) => p.tracks[2].tiers[1].criteria.push({ metric: 'CERTIFIED_REPS', threshold: 1 }), { kind: 'ADDED', path: 'referral/preferred/criterion:CERTIFIED_REPS', description: 'criterion CERTIFIED_REPS ≥ 1' }],
    ['a benefit changed', (p: ProgramDoc) => (p.tracks[1].tiers[0].benefits[0].value = 1200), { kind: 'CHANGED', path: 'agency/select/benefit:RESALE_MARGIN_BPS', description: 'RESALE_MARGIN_BPS 1000 → 1200' }],
    ['a benefit removed', (p: ProgramDoc) => p.tracks[0].tiers[1].benefits.pop(), { kind: 'REMOVED', path: 'technology/premier/benefit:DEDICATED_PARTNER_MANAGER', description: 'benefit DEDICATED_PARTNER_MANAGER = 1' }],
    ['a step added', (p: ProgramDoc) => p.tracks[2].onboardingSteps.push({ key: 'kickoff', title: 'Kick-off call', completion: 'MANUAL' }), { kind: 'ADDED', path: 'referral/step:kickoff', description: 'onboarding step "Kick-off call" (MANUAL)' }],
  ])('reports %s', (_name, edit, change) => {
    expect(changed(edit)).toEqual([change]);
  });

  it('reports a reordered ladder as rank changes', () => {
    const changes = changed((p) => p.tracks[0].tiers.reverse());
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'CHANGED', path: 'technology/registered', description: 'rank: 0 → 1' },
        { kind: 'CHANGED', path: 'technology/premier', description: 'rank: 1 → 0' },
      ]),
    );
  });
});
