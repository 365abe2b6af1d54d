import { DEMO_PROGRAM, lintProgram, type ProgramDoc } from '@tierwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { clientsByRole, makeWorld, type World } from '../../test/world.js';
import { makePartner } from '../../seed/factories.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ProgramVersion } from './program-version.entity.js';

const PROGRAM_FIELDS = `id version name currency targetMetric reviewCadenceMonths dealProtectionDays dealReviewSlaHours publishedAt
  tracks { id key name motion incentiveModel
    tiers { id key name rank criteria { metric threshold windowDays } benefits { kind value } }
    onboardingSteps { id key title description completion } }`;
const PROGRAM = `{ program { ${PROGRAM_FIELDS} } }`;
const DRAFT = `{ programDraft { ${PROGRAM_FIELDS} } }`;
const LINT = `{ programLint { severity rule path message } }`;
const SAVE = `mutation($input: ProgramInput!) { saveProgramDraft(input: $input) { ${PROGRAM_FIELDS} } }`;
const PUBLISH = `mutation { publishProgram { ${PROGRAM_FIELDS} } }`;

type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';

let t: TestApi;
let w: World;
let clients: Record<Role, Client>;
let admin: Client;
let v1PublishedAt: Date;

beforeAll(async () => {
  t = await startTestApi();
  w = await makeWorld(t);
  clients = await clientsByRole(t, w);
  admin = clients.VENDOR_ADMIN;
  v1PublishedAt = (await t.em().findOneOrFail(ProgramVersion, { version: 1 })).publishedAt!;
});
afterAll(() => t.close());

const demo = (): ProgramDoc => structuredClone(DEMO_PROGRAM);

/** The program document a GraphQL Program shows (ids, ranks and null windows dropped). */
function docOf(p: any): ProgramDoc {
  return {
    name: p.name,
    currency: p.currency,
    targetMetric: p.targetMetric,
    reviewCadenceMonths: p.reviewCadenceMonths,
    dealProtectionDays: p.dealProtectionDays,
    dealReviewSlaHours: p.dealReviewSlaHours,
    tracks: p.tracks.map((track: any) => ({
      key: track.key,
      name: track.name,
      motion: track.motion,
      incentiveModel: track.incentiveModel,
      tiers: track.tiers.map((tier: any) => ({
        key: tier.key,
        name: tier.name,
        criteria: tier.criteria.map((c: any) => (c.windowDays == null ? { metric: c.metric, threshold: c.threshold } : c)),
        benefits: tier.benefits,
      })),
      onboardingSteps: track.onboardingSteps.map((s: any) => ({ key: s.key, title: s.title, description: s.description, completion: s.completion })),
    })),
  };
}

function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}
const fieldPaths = (res: GqlResponse) => (firstError(res).extensions.fields ?? []).map((f) => f.path);

const published = async () => (await admin.ok(PROGRAM)).program;
const versions = () => t.em().find(ProgramVersion, {}, { orderBy: { version: 'asc' } });
const drafts = () => t.em().find(ProgramVersion, { status: 'DRAFT' });
const save = async (doc: ProgramDoc) => (await admin.ok(SAVE, { input: doc })).saveProgramDraft;

describe('program (the published rulebook)', () => {
  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'] as const)('shows version 1 to %s', async (role) => {
    const { program } = await clients[role].ok(PROGRAM);
    expect(program.version).toBe(1);
    expect(program.id).toBe('program:v1');
    expect(new Date(program.publishedAt).getTime()).toBe(v1PublishedAt.getTime());
    expect(docOf(program)).toEqual(DEMO_PROGRAM);
  });

  it('shows it without a session too (it has no role check)', async () => {
    const { program } = await t.anon.ok(PROGRAM);
    expect(program.version).toBe(1);
    expect(docOf(program)).toEqual(DEMO_PROGRAM);
  });

  it('gives tiers their rank (lowest first) and stable ids', async () => {
    const { program } = await t.anon.ok(PROGRAM);
    const technology = program.tracks.find((tr: any) => tr.key === 'technology');
    expect(technology.id).toBe('track:technology');
    expect(technology.tiers.map((x: any) => [x.id, x.key, x.rank])).toEqual([
      ['tier:technology/registered', 'registered', 0],
      ['tier:technology/premier', 'premier', 1],
    ]);
    expect(technology.onboardingSteps.map((s: any) => s.id)).toEqual([
      'step:technology/sign-agreement',
      'step:technology/complete-profile',
      'step:technology/first-certification',
    ]);
  });
});

describe('who may read and change the draft', () => {
  const refused: [string, Role | 'anonymous', string, string][] = [];
  for (const [op, query] of [
    ['saveProgramDraft', SAVE],
    ['publishProgram', PUBLISH],
  ]) {
    for (const role of ['PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'] as const) refused.push([op, role, 'FORBIDDEN', query]);
    refused.push([op, 'anonymous', 'UNAUTHENTICATED', query]);
  }
  for (const [op, query] of [
    ['programDraft', DRAFT],
    ['programLint', LINT],
  ]) {
    for (const role of ['PARTNER_ADMIN', 'PARTNER_REP'] as const) refused.push([op, role, 'FORBIDDEN', query]);
    refused.push([op, 'anonymous', 'UNAUTHENTICATED', query]);
  }

  it.each(refused)('%s by %s: %s', async (_op, who, code, query) => {
    const client = who === 'anonymous' ? t.anon : clients[who];
    const vars = query === SAVE ? { input: { ...demo(), name: `Saved by ${who}` } } : {};
    expect(await client.code(query, vars)).toBe(code);
    // Nothing changed.
    expect((await versions()).map((v) => [v.version, v.status])).toEqual([[1, 'PUBLISHED']]);
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s reads the draft and its lint', async (role) => {
    // No draft is open yet: the draft view is the published program, numbered as the next version.
    const { programDraft } = await clients[role].ok(DRAFT);
    expect(programDraft.version).toBe(2);
    expect(programDraft.publishedAt).toBeNull();
    expect(docOf(programDraft)).toEqual(DEMO_PROGRAM);
    const { programLint } = await clients[role].ok(LINT);
    expect(programLint.filter((f: any) => f.severity === 'ERROR')).toEqual([]);
  });

  it('publishing with no draft open is INVALID_STATE', async () => {
    expect(await admin.code(PUBLISH)).toBe('INVALID_STATE');
    expect((await published()).version).toBe(1);
  });
});

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

describe('publish keeps every partner placed', () => {
  const cases: [string, (d: any) => void, string][] = [
    ['dropping the technology track (partner A is in it)', (d) => (d.tracks = d.tracks.filter((x: any) => x.key !== 'technology')), 'technology'],
    ['renaming the technology track key', (d) => (d.tracks[0].key = 'tech'), 'technology'],
    ['dropping the select tier (partner B holds it)', (d) => (d.tracks[1].tiers = d.tracks[1].tiers.filter((x: any) => x.key !== 'select')), 'agency/select'],
  ];
  it.each(cases)('refuses %s (BAD_USER_INPUT) though the lint is clean', async (_label, change, path) => {
    const doc = demo();
    change(doc);
    await save(doc);
    expect((await admin.ok(LINT)).programLint.filter((f: any) => f.severity === 'ERROR')).toEqual([]);
    const res = await admin.gql(PUBLISH);
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toContain(path);
    expect((await published()).version).toBe(1);
    expect(await drafts()).toHaveLength(1);
  });
});

describe('publishProgram', () => {
  const v2 = () => ({ ...demo(), name: 'Tierwise Partner Program 2027', dealProtectionDays: 100 });

  it('publishes a clean draft as version 2; version 1 stays as it was', async () => {
    const v1Before = await t.em().findOneOrFail(ProgramVersion, { version: 1 });
    await save(v2());
    const before = Date.now();
    const { publishProgram } = await admin.ok(PUBLISH);
    expect(publishProgram.version).toBe(2);
    expect(publishProgram.id).toBe('program:v2');
    const publishedAt = new Date(publishProgram.publishedAt).getTime();
    expect(publishedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(publishedAt).toBeLessThanOrEqual(Date.now() + 1000);
    expect(docOf(publishProgram)).toEqual(v2());

    for (const role of ['VENDOR_ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'] as const) {
      const { program } = await clients[role].ok(PROGRAM);
      expect(program.version).toBe(2);
      expect(program.name).toBe('Tierwise Partner Program 2027');
      expect(program.dealProtectionDays).toBe(100);
      expect(new Date(program.publishedAt).getTime()).toBe(publishedAt);
    }

    const rows = await versions();
    expect(rows.map((v) => [v.version, v.status])).toEqual([
      [1, 'PUBLISHED'],
      [2, 'PUBLISHED'],
    ]);
    expect(rows[0].document).toEqual(DEMO_PROGRAM);
    expect(rows[0].document).toEqual(v1Before.document);
    expect(rows[0].publishedAt!.getTime()).toBe(v1PublishedAt.getTime());
    expect(rows[1].publishedById).toBe(w.vendorAdmin.id);

    const entries = await t.em().find(AuditEntry, { action: 'program.published', entityId: 'v2' });
    expect(entries).toHaveLength(1);
    expect(entries[0].actorId).toBe(w.vendorAdmin.id);
    expect(entries[0].entityType).toBe('Program');
    expect(JSON.parse(entries[0].before!)).toEqual({ version: 1 });
    expect(JSON.parse(entries[0].after!)).toEqual({ version: 2 });
  });

  it('publishing again with no draft is INVALID_STATE; the draft view is now version 3', async () => {
    expect(await admin.code(PUBLISH)).toBe('INVALID_STATE');
    expect((await published()).version).toBe(2);
    const { programDraft } = await admin.ok(DRAFT);
    expect(programDraft.version).toBe(3);
    expect(programDraft.publishedAt).toBeNull();
    expect(docOf(programDraft)).toEqual(v2());
  });

  it('a draft saved after publishing is version 3 and does not change the published program', async () => {
    const saved = await save({ ...v2(), name: 'Version Three' });
    expect(saved.version).toBe(3);
    const program = await published();
    expect(program.version).toBe(2);
    expect(program.name).toBe('Tierwise Partner Program 2027');
    const rows = await versions();
    expect(rows.find((v) => v.version === 2)!.document).toEqual(v2());
    expect(rows.map((v) => [v.version, v.status])).toEqual([
      [1, 'PUBLISHED'],
      [2, 'PUBLISHED'],
      [3, 'DRAFT'],
    ]);
  });

  it('of concurrent publishes, exactly one wins and the version goes up by one (three rounds)', async () => {
    for (let round = 0; round < 3; round++) {
      const expected = 3 + round;
      if (round > 0) await save({ ...v2(), name: `Version ${expected}` });
      const results = await Promise.all([admin.gql(PUBLISH), admin.gql(PUBLISH), admin.gql(PUBLISH)]);
      const ok = results.filter((r) => !r.errors?.length);
      expect(ok).toHaveLength(1);
      expect(ok[0].data!.publishProgram.version).toBe(expected);
      expect(results.filter((r) => r.errors?.length).map((r) => r.errors![0].extensions.code)).toEqual(['INVALID_STATE', 'INVALID_STATE']);
      expect((await published()).version).toBe(expected);
      expect(await drafts()).toEqual([]);
      expect(await t.em().count(AuditEntry, { action: 'program.published', entityId: `v${expected}` })).toBe(1);
    }
    expect((await versions()).map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
  });

  it('two admins saving the first draft at once both succeed into one draft', async () => {
    const results = await Promise.all([
      admin.gql(SAVE, { input: { ...v2(), name: 'Left' } }),
      admin.gql(SAVE, { input: { ...v2(), name: 'Right' } }),
    ]);
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results.map((r) => r.data!.saveProgramDraft.version)).toEqual([6, 6]);
    const open = await drafts();
    expect(open).toHaveLength(1);
    expect(open[0].version).toBe(6);
    expect(['Left', 'Right']).toContain(open[0].document.name);
  });

  it('a draft saved while a publish runs never alters the version being published (published versions are immutable)', async () => {
    // The concurrent save carries a lint ERROR, so it must never become (part of) a published version:
    // either it lands first (and the publish is refused) or after (as the next draft).
    const broken = demo();
    broken.tracks[0].tiers[1].criteria[0].threshold = -1;
    broken.name = 'Broken by a racing save';
    for (let round = 0; round < 5; round++) {
      await save({ ...v2(), name: `Clean round ${round}` });
      const before = await versions();
      const [pub, sav] = await Promise.all([admin.gql(PUBLISH), admin.gql(SAVE, { input: broken })]);
      expect(sav.errors).toBeUndefined();
      const after = await versions();
      // Versions published before this round are untouched.
      for (const old of before.filter((v) => v.status === 'PUBLISHED'))
        expect(after.find((v) => v.id === old.id)!.document).toEqual(old.document);
      for (const v of after.filter((x) => x.status === 'PUBLISHED')) {
        expect(lintProgram(v.document).filter((f) => f.severity === 'ERROR'), `published v${v.version}`).toEqual([]);
      }
      if (!pub.errors) {
        // The publish won: what it returned is what is stored, and the save went into a new draft.
        const stored = after.find((v) => v.version === pub.data!.publishProgram.version)!;
        expect(stored.status).toBe('PUBLISHED');
        expect(stored.document.name).toBe(`Clean round ${round}`);
        expect(sav.data!.saveProgramDraft.version).toBe(stored.version + 1);
        expect((await drafts()).map((d) => d.document.name)).toEqual([broken.name]);
      } else {
        // The save landed first: either the publish saw the broken draft (lint) or its revision moved on.
        expect(['BAD_USER_INPUT', 'INVALID_STATE']).toContain(firstError(pub).extensions.code);
      }
      // Leave a clean draft for the next round.
      await save({ ...v2(), name: 'Between rounds' });
    }
  });
});

describe('offboarded partners', () => {
  it('a publish never leaves any partner (even an offboarded one) without its track: partner detail keeps working', async () => {
    const gone = await makePartner(t.em(), { name: 'Old Referrer', trackKey: 'referral', tierKey: 'member', status: 'OFFBOARDED' });
    const doc = { ...demo(), name: 'No referral track' };
    doc.tracks = doc.tracks.filter((x) => x.key !== 'referral');
    await save(doc);
    await admin.gql(PUBLISH); // refused or accepted: either way the partner must stay readable
    const res = await admin.gql(`query($id: ID!) { partner(id: $id) { id status track { key } tier { key } } }`, { id: gone.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.partner).toEqual({ id: gone.id, status: 'OFFBOARDED', track: { key: 'referral' }, tier: { key: 'member' } });
  });
});
