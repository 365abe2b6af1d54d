import { describe, expect, it } from 'vitest';
import { DEMO_PROGRAM, lintProgram } from '@tierwise/shared';
import { makePartner } from '../../seed/factories.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ProgramVersion } from './program-version.entity.js';
import {
  PROGRAM, DRAFT, LINT, SAVE, PUBLISH, t, w, clients, admin, v1PublishedAt, demo, docOf, firstError, fieldPaths, published, versions, drafts, save, useProgramApi,
} from './program.fixture.js';

/** Publishing: every partner stays placed, versions are immutable, concurrent publishes and saves. */
useProgramApi();

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
