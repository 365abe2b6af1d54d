import { describe, expect, it } from 'vitest';
import { DEMO_PROGRAM } from '@tierwise/shared';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import {
  PROGRAM, DRAFT, LINT, SAVE, PUBLISH, t, w, clients, admin, demo, docOf, firstError, fieldPaths, published, versions, drafts, save, useProgramApi,
} from './program.fixture.js';

/** Saving drafts: structural validation, the one open draft, and the lint errors that block publishing. */
useProgramApi();

describe('saveProgramDraft: structural validation', () => {
  const cases: [string, string, (d: any) => void][] = ([
    ['a lower-case currency', (d) => (d.currency = 'usd'), 'input.currency'],
    ['a two-letter currency', (d) => (d.currency = 'US'), 'input.currency'],
    ['a negative deal protection', (d) => (d.dealProtectionDays = -5), 'input.dealProtectionDays'],
    ['a zero review SLA', (d) => (d.dealReviewSlaHours = 0), 'input.dealReviewSlaHours'],
    ['a review cadence over 24 months', (d) => (d.reviewCadenceMonths = 25), 'input.reviewCadenceMonths'],
    ['a blank program name', (d) => (d.name = '   '), 'input.name'],
    ['a track key with spaces', (d) => (d.tracks[0].key = 'tech partners'), 'input.tracks.0.key'],
    ['an upper-case tier key', (d) => (d.tracks[1].tiers[1].key = 'Elite'), 'input.tracks.1.tiers.1.key'],
    ['an empty step key', (d) => (d.tracks[2].onboardingSteps[0].key = ''), 'input.tracks.2.onboardingSteps.0.key'],
    ['a negative benefit value', (d) => (d.tracks[0].tiers[0].benefits[0].value = -1), 'input.tracks.0.tiers.0.benefits.0.value'],
    ['a 121-character tier name', (d) => (d.tracks[0].tiers[0].name = 'x'.repeat(121)), 'input.tracks.0.tiers.0.name'],
  ] as [string, (d: any) => void, string][]).map(([label, change, path]) => [label, path, change]);

  it.each(cases)('refuses %s (BAD_USER_INPUT on %s) and saves nothing', async (_label, path, change) => {
    const doc = demo();
    change(doc);
    const res = await admin.gql(SAVE, { input: doc });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toContain(path);
    expect(res.data?.saveProgramDraft ?? null).toBeNull();
    expect(await drafts()).toEqual([]);
    expect(await t.em().count(AuditEntry, { action: 'program.draft_saved' })).toBe(0);
  });

  it('lists every bad field at once', async () => {
    const doc: any = demo();
    doc.currency = 'usd';
    doc.dealProtectionDays = -1;
    doc.tracks[0].key = 'has space';
    const res = await admin.gql(SAVE, { input: doc });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(expect.arrayContaining(['input.currency', 'input.dealProtectionDays', 'input.tracks.0.key']));
    expect(await drafts()).toEqual([]);
  });

  it('refuses a threshold beyond a safe integer at the GraphQL layer (BAD_USER_INPUT)', async () => {
    const doc: any = demo();
    doc.tracks[0].tiers[1].criteria[0].threshold = 2 ** 53;
    expect(await admin.code(SAVE, { input: doc })).toBe('BAD_USER_INPUT');
    expect(await drafts()).toEqual([]);
  });
});

describe('saveProgramDraft', () => {
  it('creates draft version 2 that vendor staff see and partners do not; the published program is unchanged', async () => {
    const doc = { ...demo(), name: 'Draft Two' };
    const saved = await save(doc);
    expect(saved.version).toBe(2);
    expect(saved.publishedAt).toBeNull();
    expect(docOf(saved)).toEqual(doc);

    for (const role of ['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const) {
      const { programDraft } = await clients[role].ok(DRAFT);
      expect(programDraft.version).toBe(2);
      expect(docOf(programDraft)).toEqual(doc);
    }
    for (const role of ['VENDOR_ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'] as const) {
      const { program } = await clients[role].ok(PROGRAM);
      expect(program.version).toBe(1);
      expect(program.name).toBe(DEMO_PROGRAM.name);
    }
    const rows = await versions();
    expect(rows.map((v) => [v.version, v.status])).toEqual([
      [1, 'PUBLISHED'],
      [2, 'DRAFT'],
    ]);
    expect(rows[1].updatedById).toBe(w.vendorAdmin.id);
    const [entry] = await t.em().find(AuditEntry, { action: 'program.draft_saved', entityId: 'v2' });
    expect(entry.actorId).toBe(w.vendorAdmin.id);
    expect(JSON.parse(entry.after!).name).toBe('Draft Two');
  });

  it('saving again replaces the one draft (still version 2)', async () => {
    const doc = { ...demo(), name: 'Draft Two, revised' };
    const saved = await save(doc);
    expect(saved.version).toBe(2);
    expect(docOf((await admin.ok(DRAFT)).programDraft)).toEqual(doc);
    expect((await versions()).map((v) => [v.version, v.status])).toEqual([
      [1, 'PUBLISHED'],
      [2, 'DRAFT'],
    ]);
    const entries = await t.em().find(AuditEntry, { action: 'program.draft_saved', entityId: 'v2' }, { orderBy: { at: 'asc' } });
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[1].before!).name).toBe('Draft Two');
    expect(JSON.parse(entries[1].after!).name).toBe('Draft Two, revised');
  });
});

describe('lint errors block publish', () => {
  const cases: [string, (d: any) => void, { rule: string; path: string }[]][] = [
    ['duplicate track keys', (d) => (d.tracks[2].key = 'technology'), [{ rule: 'DUPLICATE_KEY', path: 'technology' }]],
    ['duplicate tier keys', (d) => (d.tracks[1].tiers[1].key = 'select'), [{ rule: 'DUPLICATE_KEY', path: 'agency/select' }]],
    [
      'a track with no tiers',
      (d) => d.tracks.push({ key: 'reseller', name: 'Resellers', motion: 'Resell.', incentiveModel: 'RESALE_MARGIN', tiers: [], onboardingSteps: [] }),
      [{ rule: 'TRACK_WITHOUT_TIERS', path: 'reseller' }],
    ],
    ['a negative threshold', (d) => (d.tracks[0].tiers[1].criteria[0].threshold = -1), [{ rule: 'NEGATIVE_THRESHOLD', path: 'technology/premier' }]],
    [
      'all three at once',
      (d) => {
        d.tracks[2].key = 'technology';
        d.tracks[1].tiers[1].criteria[1].threshold = -3;
        d.tracks.push({ key: 'empty', name: 'Empty', motion: '', incentiveModel: 'REFERRAL_FEE', tiers: [], onboardingSteps: [] });
      },
      [
        { rule: 'DUPLICATE_KEY', path: 'technology' },
        { rule: 'NEGATIVE_THRESHOLD', path: 'agency/elite' },
        { rule: 'TRACK_WITHOUT_TIERS', path: 'empty' },
      ],
    ],
  ];

  it.each(cases)('%s: saved as a draft, reported by programLint, refused by publishProgram', async (_label, change, expected) => {
    const doc = demo();
    change(doc);
    doc.name = `Broken: ${_label}`;
    expect((await save(doc)).version).toBe(2);

    const { programLint } = await admin.ok(LINT);
    for (const { rule, path } of expected)
      expect(programLint).toContainEqual({ severity: 'ERROR', rule, path, message: expect.any(String) });
    // The partner manager sees the same findings.
    expect((await clients.PARTNER_MANAGER.ok(LINT)).programLint).toEqual(programLint);

    const res = await admin.gql(PUBLISH);
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(expect.arrayContaining(expected.map((e) => e.path)));

    const program = await published();
    expect(program.version).toBe(1);
    expect(docOf(program)).toEqual(DEMO_PROGRAM);
    expect((await versions()).map((v) => [v.version, v.status])).toEqual([
      [1, 'PUBLISHED'],
      [2, 'DRAFT'],
    ]);
    expect(await t.em().count(AuditEntry, { action: 'program.published', entityId: 'v2' })).toBe(0);
  });
});
