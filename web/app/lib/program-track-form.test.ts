import { DEMO_PROGRAM } from '@tierwise/shared';
import { describe, expect, it } from 'vitest';
import {
  apiPathToField,
  applyRowIntent,
  benefitToInput,
  emptyTrack,
  formToTrack,
  parsePercentInput,
  parseYesNoInput,
  putTrack,
  readTrackForm,
  trackToForm,
  type TrackFormValues,
} from './program-track-form';

const tech = DEMO_PROGRAM.tracks[0];

function toEntries(values: TrackFormValues): [string, string][] {
  const out: [string, string][] = [
    ['key', values.key],
    ['name', values.name],
    ['motion', values.motion],
    ['incentiveModel', values.incentiveModel],
  ];
  values.tiers.forEach((tier, t) => {
    out.push([`tiers[${t}].key`, tier.key], [`tiers[${t}].name`, tier.name]);
    tier.criteria.forEach((c, i) => {
      out.push([`tiers[${t}].criteria[${i}].metric`, c.metric], [`tiers[${t}].criteria[${i}].threshold`, c.threshold], [`tiers[${t}].criteria[${i}].windowDays`, c.windowDays]);
    });
    tier.benefits.forEach((b, i) => {
      out.push([`tiers[${t}].benefits[${i}].kind`, b.kind], [`tiers[${t}].benefits[${i}].value`, b.value]);
    });
  });
  values.onboardingSteps.forEach((s, i) => {
    for (const [k, v] of Object.entries(s)) out.push([`onboardingSteps[${i}].${k}`, v]);
  });
  return out;
}

describe('trackToForm', () => {
  it('shows money in currency units and counts as they are', () => {
    const form = trackToForm(tech, 'USD');
    expect(form.tiers[1].criteria[0]).toEqual({ metric: 'SOURCED_PIPELINE', threshold: '250000.00', windowDays: '' });
    expect(form.tiers[1].criteria[1]).toEqual({ metric: 'CERTIFIED_REPS', threshold: '2', windowDays: '' });
    expect(form.tiers[0].benefits.find((b) => b.kind === 'MDF_PER_QUARTER')?.value).toBe('5000.00');
    // Percentages as a person reads them, not basis points (300 = 3%).
    expect(form.tiers[0].benefits.find((b) => b.kind === 'CO_SELL_CREDIT_BPS')?.value).toBe('3');
  });
});

describe('benefit values as people read them', () => {
  it('shows and takes percentages for margins and credits, Yes/No for on-off benefits', () => {
    expect(benefitToInput('RESALE_MARGIN_BPS', 650, 'USD')).toBe('6.5');
    expect(benefitToInput('PRIORITY_SUPPORT', 1, 'USD')).toBe('Yes');
    expect(benefitToInput('DEDICATED_PARTNER_MANAGER', 0, 'USD')).toBe('No');
    expect(parsePercentInput('6')).toEqual({ ok: true, bps: 600 });
    expect(parsePercentInput(' 6.25 %')).toEqual({ ok: true, bps: 625 });
    expect(parsePercentInput('6.5')).toEqual({ ok: true, bps: 650 });
    expect(parsePercentInput('6.125').ok).toBe(false);
    expect(parsePercentInput('101').ok).toBe(false);
    expect(parseYesNoInput('Yes')).toEqual({ ok: true, value: 1 });
    expect(parseYesNoInput('no')).toEqual({ ok: true, value: 0 });
    expect(parseYesNoInput('1')).toEqual({ ok: true, value: 1 });
    expect(parseYesNoInput('maybe').ok).toBe(false);
  });

  it('round-trips a track through the form without changing it', () => {
    const parsed = formToTrack(trackToForm(tech, 'USD'), 'USD');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.track).toEqual(tech);
  });
});

describe('readTrackForm', () => {
  it('reads the indexed fields back into the same values', () => {
    const form = trackToForm(tech, 'USD');
    expect(readTrackForm(toEntries(form))).toEqual(form);
  });

  it('orders rows by index and closes gaps', () => {
    const values = readTrackForm([
      ['key', 'k'],
      ['tiers[5].key', 'b'],
      ['tiers[2].key', 'a'],
      ['tiers[2].benefits[3].kind', 'REFERRAL_FEE'],
      ['tiers[2].benefits[1].kind', 'PRIORITY_SUPPORT'],
      ['onboardingSteps[1].title', 'Second'],
      ['onboardingSteps[0].title', 'First'],
      ['tiers[0].criteria[0].nonsense', 'x'],
      ['intent', 'save'],
    ]);
    expect(values.key).toBe('k');
    expect(values.tiers.map((t) => t.key)).toEqual(['', 'a', 'b']);
    expect(values.tiers[1].benefits.map((b) => b.kind)).toEqual(['PRIORITY_SUPPORT', 'REFERRAL_FEE']);
    expect(values.onboardingSteps.map((s) => s.title)).toEqual(['First', 'Second']);
    expect(values.tiers[0].criteria).toEqual([{ metric: '', threshold: '', windowDays: '' }]);
  });
});

describe('applyRowIntent', () => {
  const base = trackToForm(tech, 'USD');

  it('adds rows without touching what was typed', () => {
    expect(applyRowIntent(base, 'add-tier')?.tiers).toHaveLength(base.tiers.length + 1);
    expect(applyRowIntent(base, 'add-step')?.onboardingSteps).toHaveLength(base.onboardingSteps.length + 1);
    const withBenefit = applyRowIntent(base, 'add-benefit:0');
    expect(withBenefit?.tiers[0].benefits).toHaveLength(base.tiers[0].benefits.length + 1);
    expect(withBenefit?.tiers[0].benefits.at(-1)).toEqual({ kind: '', value: '' });
    expect(applyRowIntent(base, 'add-criterion:1')?.tiers[1].criteria).toHaveLength(3);
    // The original is left as it was.
    expect(base.tiers[0].benefits).toHaveLength(tech.tiers[0].benefits.length);
  });

  it('removes the row named', () => {
    expect(applyRowIntent(base, 'remove-tier:0')?.tiers.map((t) => t.key)).toEqual(['premier']);
    expect(applyRowIntent(base, 'remove-criterion:1:0')?.tiers[1].criteria.map((c) => c.metric)).toEqual(['CERTIFIED_REPS']);
    expect(applyRowIntent(base, 'remove-benefit:0:1')?.tiers[0].benefits.map((b) => b.kind)).toEqual(['CO_SELL_CREDIT_BPS', 'MDF_PER_QUARTER']);
    expect(applyRowIntent(base, 'remove-step:0')?.onboardingSteps[0].key).toBe('complete-profile');
  });

  it('refuses unknown intents and rows', () => {
    expect(applyRowIntent(base, 'save')).toBeNull();
    expect(applyRowIntent(base, 'add-benefit:9')).toBeNull();
    expect(applyRowIntent(base, 'remove-criterion:0:0')).toBeNull();
    expect(applyRowIntent(base, 'remove-step:x')).toBeNull();
  });
});

describe('formToTrack', () => {
  it('round-trips a track of the program', () => {
    const parsed = formToTrack(trackToForm(tech, 'USD'), 'USD');
    expect(parsed).toEqual({ ok: true, track: tech });
  });

  it('takes money in currency units and keeps a window', () => {
    const form = trackToForm(tech, 'USD');
    form.tiers[1].criteria[0] = { metric: 'SOURCED_REVENUE_WON', threshold: '1,250.50', windowDays: '180' };
    form.tiers[0].benefits.push({ kind: 'REFERRAL_FEE', value: '$ 99' });
    const parsed = formToTrack(form, 'USD');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.track.tiers[1].criteria[0]).toEqual({ metric: 'SOURCED_REVENUE_WON', threshold: 125050, windowDays: 180 });
    expect(parsed.track.tiers[0].benefits.at(-1)).toEqual({ kind: 'REFERRAL_FEE', value: 9900 });
  });

  it('puts each problem on its field', () => {
    const form = emptyTrack();
    form.key = 'Bad Key';
    form.tiers[0].criteria.push({ metric: 'SOURCED_PIPELINE', threshold: '1.234', windowDays: '0' });
    form.tiers[0].benefits.push({ kind: '', value: 'lots' });
    form.onboardingSteps.push({ key: 'a', title: '', description: '', completion: 'NOPE' });
    const parsed = formToTrack(form, 'USD');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(
      [
        'key',
        'name',
        'motion',
        'incentiveModel',
        'tiers[0].key',
        'tiers[0].name',
        'tiers[0].criteria[0].threshold',
        'tiers[0].criteria[0].windowDays',
        'tiers[0].benefits[0].kind',
        'tiers[0].benefits[0].value',
        'onboardingSteps[0].title',
        'onboardingSteps[0].completion',
      ].sort(),
    );
    expect(parsed.errors['tiers[0].criteria[0].threshold']).toMatch(/decimal/);
  });
});

describe('putTrack', () => {
  it('replaces the track in place or adds it', () => {
    const renamed = { ...tech, key: 'tech', name: 'Tech' };
    const replaced = putTrack(DEMO_PROGRAM, renamed, 'technology');
    expect(replaced.index).toBe(0);
    expect(replaced.program.tracks.map((t) => t.key)).toEqual(['tech', ...DEMO_PROGRAM.tracks.slice(1).map((t) => t.key)]);
    const added = putTrack(DEMO_PROGRAM, { ...tech, key: 'fresh' }, null);
    expect(added.index).toBe(DEMO_PROGRAM.tracks.length);
    expect(added.program.tracks.at(-1)?.key).toBe('fresh');
    expect(DEMO_PROGRAM.tracks[0].key).toBe('technology');
  });
});

describe('apiPathToField', () => {
  it('maps API paths of this track to form fields', () => {
    expect(apiPathToField('input.tracks.2.tiers.0.key', 2)).toBe('tiers[0].key');
    expect(apiPathToField('input.tracks.2.tiers.1.criteria.0.threshold', 2)).toBe('tiers[1].criteria[0].threshold');
    expect(apiPathToField('input.tracks.2.tiers.1.benefits.3.value', 2)).toBe('tiers[1].benefits[3].value');
    expect(apiPathToField('input.tracks.2.onboardingSteps.0.title', 2)).toBe('onboardingSteps[0].title');
    expect(apiPathToField('input.tracks.2.motion', 2)).toBe('motion');
    expect(apiPathToField('input.tracks.2', 2)).toBe('key');
  });
  it('leaves other tracks and the program alone', () => {
    expect(apiPathToField('input.tracks.1.tiers.0.key', 2)).toBeNull();
    expect(apiPathToField('input.currency', 2)).toBeNull();
  });
});
