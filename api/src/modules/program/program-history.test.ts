import { DEMO_PROGRAM, type ProgramDoc } from '@tierwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { fieldPaths, firstError, type Client, type TestApi } from '../../test/harness.js';
import { clientOf, refusedTo, startWorld, type Role, type World } from '../../test/world.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ProgramVersion } from './program-version.entity.js';

const VERSIONS = `{ programVersions { version name publishedAt publishedById } }`;
const VERSION = `query($version: Int!) { programVersion(version: $version) { version name publishedAt reviewCadenceMonths
  tracks { key tiers { key rank criteria { metric threshold } benefits { kind value } } } } }`;
const DIFF = `query($from: Int!, $to: Int!) { programDiff(from: $from, to: $to) { kind path description } }`;
const EXPORT = `query($version: Int) { exportProgram(version: $version) }`;
const IMPORT = `mutation($text: String!) { importProgramDraft(text: $text) { version name publishedAt } }`;
const SAVE = `mutation($input: ProgramInput!) { saveProgramDraft(input: $input) { version } }`;
const PUBLISH = `mutation { publishProgram { version reviewCadenceMonths } }`;
const LINT = `{ programLint { severity rule path message } }`;
const SAVE_PATH = `mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id trackKey } }`;

let t: TestApi;
let w: World;
let as: Record<Role, Client>;
let admin: Client;

beforeAll(async () => {
  ({ t, w, clients: as, admin } = await startWorld());
});
afterAll(() => t.close());

const stored = async (version: number) => (await t.em().findOneOrFail(ProgramVersion, { version })).document;
const draftRow = () => t.em().findOne(ProgramVersion, { status: 'DRAFT' });

/** Version 2: a threshold and a benefit changed, a tier added. */
function v2Doc(): ProgramDoc {
  const doc = structuredClone(DEMO_PROGRAM);
  doc.name = 'Tierwise Partner Program v2';
  doc.tracks[0].tiers[1].criteria[0].threshold = 30_000_000; // technology/premier SOURCED_PIPELINE 25,000,000 → 30,000,000
  doc.tracks[1].tiers[0].benefits[0].value = 1200; // agency/select RESALE_MARGIN_BPS 1000 → 1200
  doc.tracks[2].tiers.push({
    key: 'champion',
    name: 'Champion',
    criteria: [{ metric: 'DEALS_WON', threshold: 5 }],
    benefits: [
      { kind: 'REFERRAL_FEE', value: 150_000 },
      { kind: 'DEAL_PROTECTION_DAYS', value: 120 },
    ],
  });
  return doc;
}

describe('who may read the history and import', () => {
  const reads: [string, string, Record<string, unknown>][] = [
    ['programVersions', VERSIONS, {}],
    ['programVersion', VERSION, { version: 1 }],
    ['programDiff', DIFF, { from: 1, to: 1 }],
    ['exportProgram', EXPORT, {}],
  ];
  it.each(reads.flatMap(([op, q, v]) => [
    [op, 'PARTNER_ADMIN', 'FORBIDDEN', q, v],
    [op, 'PARTNER_REP', 'FORBIDDEN', q, v],
    [op, 'anonymous', 'UNAUTHENTICATED', q, v],
  ] as const))('%s by %s: %s', async (_op, who, code, query, vars) => {
    const client = clientOf(t, as, who);
    expect(await client.code(query, vars)).toBe(code);
  });

  it.each(refusedTo('PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'))('importProgramDraft by %s: %s, and no draft appears', async (who, code) => {
    const client = clientOf(t, as, who);
    expect(await client.code(IMPORT, { text: stringifyYaml(DEMO_PROGRAM) })).toBe(code);
    expect(await draftRow()).toBeNull();
  });

  it('the partner manager may export (read-only)', async () => {
    const { exportProgram } = await as.PARTNER_MANAGER.ok(EXPORT);
    expect(parseYaml(exportProgram)).toEqual(DEMO_PROGRAM);
  });
});

describe('programVersions, programVersion, programDiff', () => {
  it('lists version 1 only at first', async () => {
    const { programVersions } = await as.PARTNER_MANAGER.ok(VERSIONS);
    expect(programVersions).toEqual([{ version: 1, name: DEMO_PROGRAM.name, publishedAt: expect.any(String), publishedById: null }]);
  });

  it('diffs v1 against the draft by its number, before it is published', async () => {
    await admin.ok(SAVE, { input: v2Doc() });
    const { programDiff } = await admin.ok(DIFF, { from: 1, to: 2 });
    expect(programDiff).toEqual(
      expect.arrayContaining([
        { kind: 'CHANGED', path: 'program', description: expect.stringContaining('Tierwise Partner Program v2') },
        { kind: 'CHANGED', path: 'technology/premier/criterion:SOURCED_PIPELINE', description: 'SOURCED_PIPELINE threshold 25000000 → 30000000' },
        { kind: 'CHANGED', path: 'agency/select/benefit:RESALE_MARGIN_BPS', description: 'RESALE_MARGIN_BPS 1000 → 1200' },
        { kind: 'ADDED', path: 'referral/champion', description: expect.stringContaining('Champion') },
      ]),
    );
    expect(programDiff).toHaveLength(4);
    // The draft is not in the published history.
    expect((await admin.ok(VERSIONS)).programVersions.map((v: any) => v.version)).toEqual([1]);
  });

  it('after publishing v2, lists the published versions newest first', async () => {
    expect((await admin.ok(PUBLISH)).publishProgram.version).toBe(2);
    for (const role of ['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const) {
      const { programVersions } = await as[role].ok(VERSIONS);
      expect(programVersions.map((v: any) => [v.version, v.name, v.publishedById])).toEqual([
        [2, 'Tierwise Partner Program v2', w.vendorAdmin.id],
        [1, DEMO_PROGRAM.name, null],
      ]);
      expect(new Date(programVersions[0].publishedAt).getTime()).toBeGreaterThanOrEqual(new Date(programVersions[1].publishedAt).getTime());
    }
  });

  it('programVersion(n) returns that version, unchanged by later ones', async () => {
    const v1 = (await as.PARTNER_MANAGER.ok(VERSION, { version: 1 })).programVersion;
    expect(v1).toMatchObject({ version: 1, name: DEMO_PROGRAM.name });
    expect(v1.tracks.find((x: any) => x.key === 'technology').tiers[1].criteria[0]).toEqual({ metric: 'SOURCED_PIPELINE', threshold: 25_000_000 });
    expect(v1.tracks.find((x: any) => x.key === 'referral').tiers.map((x: any) => x.key)).toEqual(['member', 'preferred']);

    const v2 = (await admin.ok(VERSION, { version: 2 })).programVersion;
    expect(v2).toMatchObject({ version: 2, name: 'Tierwise Partner Program v2' });
    expect(v2.publishedAt).not.toBeNull();
    expect(v2.tracks.find((x: any) => x.key === 'technology').tiers[1].criteria[0].threshold).toBe(30_000_000);
    expect(v2.tracks.find((x: any) => x.key === 'referral').tiers.map((x: any) => [x.key, x.rank])).toEqual([
      ['member', 0],
      ['preferred', 1],
      ['champion', 2],
    ]);
  });

  it.each([99, 0, -1])('an unknown version (%i) is NOT_FOUND, for programVersion and programDiff', async (version) => {
    expect(await admin.code(VERSION, { version })).toBe('NOT_FOUND');
    expect(await admin.code(DIFF, { from: 1, to: version })).toBe('NOT_FOUND');
    expect(await admin.code(DIFF, { from: version, to: 2 })).toBe('NOT_FOUND');
  });

  it('diffs published versions both ways', async () => {
    const forward = (await admin.ok(DIFF, { from: 1, to: 2 })).programDiff;
    expect(forward).toContainEqual({ kind: 'ADDED', path: 'referral/champion', description: expect.any(String) });
    const back = (await admin.ok(DIFF, { from: 2, to: 1 })).programDiff;
    expect(back).toEqual(
      expect.arrayContaining([
        { kind: 'CHANGED', path: 'technology/premier/criterion:SOURCED_PIPELINE', description: 'SOURCED_PIPELINE threshold 30000000 → 25000000' },
        { kind: 'CHANGED', path: 'agency/select/benefit:RESALE_MARGIN_BPS', description: 'RESALE_MARGIN_BPS 1200 → 1000' },
        { kind: 'REMOVED', path: 'referral/champion', description: expect.stringContaining('Champion') },
      ]),
    );
    expect((await admin.ok(DIFF, { from: 2, to: 2 })).programDiff).toEqual([]);
  });

  it('with no draft open, the next number is the draft view (the published program), and diffs to it are empty', async () => {
    expect(await draftRow()).toBeNull();
    const next = (await admin.ok(VERSION, { version: 3 })).programVersion;
    expect(next).toMatchObject({ version: 3, name: 'Tierwise Partner Program v2', publishedAt: null });
    expect((await admin.ok(DIFF, { from: 2, to: 3 })).programDiff).toEqual([]);
    expect(await admin.code(VERSION, { version: 4 })).toBe('NOT_FOUND');
  });

  it('diffs to a newer draft by its number (v3)', async () => {
    await admin.ok(SAVE, { input: { ...v2Doc(), dealProtectionDays: 100 } });
    const { programDiff } = await as.PARTNER_MANAGER.ok(DIFF, { from: 2, to: 3 });
    expect(programDiff).toEqual([{ kind: 'CHANGED', path: 'program', description: 'dealProtectionDays: 90 → 100' }]);
  });
});

describe('exportProgram and importProgramDraft (program as code)', () => {
  it('exports a version as YAML that imports unchanged (round trip)', async () => {
    const { exportProgram: text } = await as.PARTNER_MANAGER.ok(EXPORT, { version: 2 });
    expect(typeof text).toBe('string');
    expect(parseYaml(text)).toEqual(await stored(2));
    // The exported version 1 is the demo program.
    expect(parseYaml((await admin.ok(EXPORT, { version: 1 })).exportProgram)).toEqual(DEMO_PROGRAM);

    const { importProgramDraft } = await admin.ok(IMPORT, { text });
    expect(importProgramDraft).toMatchObject({ version: 3, name: 'Tierwise Partner Program v2', publishedAt: null });
    const draft = await draftRow();
    expect(draft?.version).toBe(3);
    expect(draft!.document).toEqual(await stored(2));
    expect((await admin.ok(DIFF, { from: 2, to: 3 })).programDiff).toEqual([]);
    // Exporting without a version gives the draft: the same text again.
    expect(parseYaml((await admin.ok(EXPORT)).exportProgram)).toEqual(parseYaml(text));
    expect(await t.em().count(AuditEntry, { action: 'program.draft_saved', entityId: 'v3', actorId: w.vendorAdmin.id })).toBeGreaterThanOrEqual(1);
  });

  it('accepts JSON too (JSON is YAML)', async () => {
    const doc = { ...v2Doc(), name: 'Imported from JSON' };
    expect((await admin.ok(IMPORT, { text: JSON.stringify(doc) })).importProgramDraft.name).toBe('Imported from JSON');
    expect((await draftRow())!.document).toEqual(doc);
    // Back to the exported v2 for what follows.
    await admin.ok(IMPORT, { text: (await admin.ok(EXPORT, { version: 2 })).exportProgram });
  });

  it('a YAML syntax error is BAD_USER_INPUT naming the line; the draft is unchanged', async () => {
    const before = (await draftRow())!;
    const res = await admin.gql(IMPORT, { text: 'name: Broken\ncurrency: USD\ncurrency: EUR\n' });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    const paths = fieldPaths(res);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0].startsWith('line ')).toBe(true);
    expect(paths[0]).toBe('line 3');
    const unclosed = await admin.gql(IMPORT, { text: 'name: Broken\ncurrency: "USD\n' });
    expect(firstError(unclosed).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(unclosed)[0]).toMatch(/^line \d+$/);
    const after = (await draftRow())!;
    expect(after.document).toEqual(before.document);
    expect(after.revision).toBe(before.revision);
  });

  it('a schema error is BAD_USER_INPUT naming the field (currency "usd"); the draft is unchanged', async () => {
    const before = (await draftRow())!;
    const text = (await admin.ok(EXPORT, { version: 2 })).exportProgram.replace(/^currency: USD$/m, 'currency: usd');
    expect(text).toContain('currency: usd');
    const res = await admin.gql(IMPORT, { text });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res).some((p) => p.includes('currency'))).toBe(true);
    expect((await draftRow())!.document).toEqual(before.document);
  });

  it.each([
    ['a list', '- one\n- two\n'],
    ['a plain string', 'just words'],
    ['an empty text', ''],
  ])('%s is BAD_USER_INPUT, not a server error', async (_label, text) => {
    const res = await admin.gql(IMPORT, { text });
    expect(res.status).toBeLessThan(500);
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('programLint warnings', () => {
  const rules = (findings: any[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.path ?? ''}`.trim());

  it('the starting point has no cadence or activity warning, and flags CERTIFIED_REPS without a path', async () => {
    const { programLint } = await admin.ok(LINT);
    expect(rules(programLint)).not.toContain('WARNING NO_DEMOTION_CADENCE');
    expect(rules(programLint).some((r) => r.includes('REWARDS_ACTIVITY'))).toBe(false);
    expect(rules(programLint)).toEqual(expect.arrayContaining(['WARNING CERTIFICATION_UNAVAILABLE technology', 'WARNING CERTIFICATION_UNAVAILABLE agency']));
  });

  it('reports NO_DEMOTION_CADENCE, REWARDS_ACTIVITY and CERTIFICATION_UNAVAILABLE; a certification path for the track clears its warning; WARNINGs do not block publish', async () => {
    const doc = v2Doc();
    doc.reviewCadenceMonths = 0;
    doc.tracks[2].tiers[1].criteria.push({ metric: 'REGISTERED_DEALS', threshold: 10 }); // referral/preferred
    await admin.ok(SAVE, { input: doc });

    const { programLint } = await as.PARTNER_MANAGER.ok(LINT);
    expect(programLint.filter((f: any) => f.severity === 'ERROR')).toEqual([]);
    expect(programLint).toEqual(
      expect.arrayContaining([
        { severity: 'WARNING', rule: 'NO_DEMOTION_CADENCE', path: null, message: expect.any(String) },
        { severity: 'WARNING', rule: 'REWARDS_ACTIVITY', path: 'referral/preferred', message: expect.any(String) },
        { severity: 'WARNING', rule: 'CERTIFICATION_UNAVAILABLE', path: 'technology', message: expect.any(String) },
        { severity: 'WARNING', rule: 'CERTIFICATION_UNAVAILABLE', path: 'agency', message: expect.any(String) },
      ]),
    );

    await admin.ok(SAVE_PATH, {
      input: { key: 'integration-basics', name: 'Integration basics', trackKey: 'technology', validityDays: 365, passingScore: 80, modules: [{ title: 'Our API', kind: 'COURSE', content: 'Read this.' }] },
    });
    const after = (await admin.ok(LINT)).programLint;
    expect(after).not.toContainEqual(expect.objectContaining({ rule: 'CERTIFICATION_UNAVAILABLE', path: 'technology' }));
    expect(after).toContainEqual(expect.objectContaining({ severity: 'WARNING', rule: 'CERTIFICATION_UNAVAILABLE', path: 'agency' }));
    expect(after).toContainEqual(expect.objectContaining({ rule: 'NO_DEMOTION_CADENCE' }));

    const { publishProgram } = await admin.ok(PUBLISH);
    expect(publishProgram).toEqual({ version: 3, reviewCadenceMonths: 0 });
    expect((await admin.ok(VERSIONS)).programVersions.map((v: any) => v.version)).toEqual([3, 2, 1]);
  });

  it('a path open to every track (no trackKey) clears CERTIFICATION_UNAVAILABLE everywhere', async () => {
    await admin.ok(SAVE_PATH, {
      input: { key: 'sales-basics', name: 'Sales basics', trackKey: null, validityDays: 365, passingScore: 80, modules: [{ title: 'Selling', kind: 'COURSE', content: 'Read this.' }] },
    });
    const { programLint } = await admin.ok(LINT);
    expect(programLint.some((f: any) => f.rule === 'CERTIFICATION_UNAVAILABLE')).toBe(false);
  });
});
