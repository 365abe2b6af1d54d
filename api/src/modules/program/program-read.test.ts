import { describe, expect, it } from 'vitest';
import { DEMO_PROGRAM } from '@tierwise/shared';
import {
  PROGRAM, DRAFT, LINT, SAVE, PUBLISH, t, clients, admin, v1PublishedAt, demo, docOf, published, versions, useProgramApi, type Role,
} from './program.fixture.js';

/** The published program, and who may read and change the draft (before any draft is saved). */
useProgramApi();

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
