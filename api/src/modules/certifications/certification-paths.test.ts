import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { startTestApi, type Client } from '../../test/harness.js';
import { clientOf, makeWorld, refusedTo } from '../../test/world.js';
import { CertificationPath } from './certification.entity.js';
import { PATH_FIELDS, SAVE_PATH, PATHS, ANSWER_KEY, CORRECT, examPath, coursePath, t, w, as, adminOfB, repOfB, openPath, savePath, firstError, fieldPaths, newUser, rawResponse, useCertificationApi } from './certification.fixture.js';

/** Saving certification paths, and who sees which paths (never with the answers). */
useCertificationApi();

describe('saveCertificationPath', () => {
  it('the vendor admin saves a path: module ids from titles, question ids from the module, audited', async () => {
    const saved = await savePath(examPath({ key: 'saved-path', name: '  Saved path  ', trackKey: 'technology' }));
    expect(saved).toMatchObject({ key: 'saved-path', name: 'Saved path', trackKey: 'technology', validityDays: 365, passingScore: 80 });
    expect(saved.modules.map((m: any) => [m.id, m.kind])).toEqual([
      ['introduction', 'COURSE'],
      ['final-exam', 'EXAM'],
    ]);
    expect(saved.modules[0]).toMatchObject({ content: '# Welcome', questions: [] });
    expect(saved.modules[1].questions[0]).toEqual({ id: 'final-exam.q1', prompt: 'Which endpoint lists contacts?', choices: ['/a', '/b', '/contacts'] });
    const row = await t.em().findOneOrFail(CertificationPath, { key: 'saved-path' });
    expect(row.id).toBe(saved.id);
    expect(row.modules[1].questions.map((q) => q.answer)).toEqual(CORRECT);
    expect(await t.em().count(AuditEntry, { action: 'certification_path.saved', entityId: saved.id, actorId: w.vendorAdmin.id })).toBe(1);
  });

  it.each(refusedTo('PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'))('%s may not save a path: %s, and nothing is saved', async (who, code) => {
    const input = examPath();
    const client = clientOf(t, as, who);
    expect(await client.code(SAVE_PATH, { input })).toBe(code);
    expect(await t.em().count(CertificationPath, { key: input.key })).toBe(0);
  });

  const exam = (change: (questions: any[]) => void) => {
    const input = examPath();
    change(input.modules[1].questions as any[]);
    return input;
  };
  it.each<[string, string, () => Record<string, unknown>]>([
    ['an answer index past the choices', 'input.modules.1.questions.0.answer', () => exam((q) => (q[0].answer = 3))],
    ['a negative answer index', 'input.modules.1.questions.4.answer', () => exam((q) => (q[4].answer = -1))],
    ['an exam with no questions', 'input.modules.1.questions', () => exam((q) => q.splice(0))],
    ['an exam with questions: null', 'input.modules.1.questions', () => {
      const input = examPath();
      (input.modules[1] as any).questions = null;
      return input;
    }],
    ['a course with questions', 'input.modules.0.questions', () => {
      const input = examPath();
      (input.modules[0] as any).questions = [{ prompt: 'Q', choices: ['a', 'b'], answer: 0 }];
      return input;
    }],
    ['a question with one choice', 'input.modules.1.questions.1.choices', () => exam((q) => (q[1] = { prompt: 'Only one?', choices: ['yes'], answer: 0 }))],
    ['a blank choice', 'input.modules.1.questions.2.choices', () => exam((q) => (q[2].choices[1] = '  '))],
    ['a blank prompt', 'input.modules.1.questions.3.prompt', () => exam((q) => (q[3].prompt = ' '))],
    ['passingScore 101', 'input.passingScore', () => examPath({ passingScore: 101 })],
    ['passingScore -1', 'input.passingScore', () => examPath({ passingScore: -1 })],
    ['validityDays 0', 'input.validityDays', () => examPath({ validityDays: 0 })],
    ['an unknown trackKey', 'input.trackKey', () => examPath({ trackKey: 'reseller' })],
    ['a bad key', 'input.key', () => examPath({ key: 'Bad Key!' })],
    ['an empty key', 'input.key', () => examPath({ key: '' })],
    ['a blank name', 'input.name', () => examPath({ name: '   ' })],
    ['no modules', 'input.modules', () => examPath({ modules: [] })],
    ['a blank module title', 'input.modules.0.title', () => {
      const input = examPath();
      input.modules[0].title = ' ';
      return input;
    }],
  ])('%s is BAD_USER_INPUT on %s, and nothing is saved', async (_label, path, make) => {
    const input = make();
    const before = await t.em().count(CertificationPath, {});
    const audits = await t.em().count(AuditEntry, { action: 'certification_path.saved' });
    const res = await as.VENDOR_ADMIN.gql(SAVE_PATH, { input });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toContain(path);
    expect(res.data?.saveCertificationPath ?? null).toBeNull();
    expect(await t.em().count(CertificationPath, {})).toBe(before);
    expect(await t.em().count(AuditEntry, { action: 'certification_path.saved' })).toBe(audits);
  });

  it('reports every bad field at once', async () => {
    const input = examPath({ passingScore: 101, validityDays: 0 });
    input.modules[1].questions![0].answer = 7;
    const res = await as.VENDOR_ADMIN.gql(SAVE_PATH, { input });
    expect(fieldPaths(res).sort()).toEqual(['input.modules.1.questions.0.answer', 'input.passingScore', 'input.validityDays']);
  });

  it('saving again with the same key replaces the path (same id)', async () => {
    const first = await savePath(examPath({ key: 'replace-me', name: 'First version' }));
    const second = await savePath(coursePath(['Only lesson'], { key: 'replace-me', name: 'Second version', trackKey: 'agency', validityDays: 90, passingScore: 50 }));
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ key: 'replace-me', name: 'Second version', trackKey: 'agency', validityDays: 90, passingScore: 50 });
    expect(second.modules.map((m: any) => m.id)).toEqual(['only-lesson']);
    const rows = await t.em().find(CertificationPath, { key: 'replace-me' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: first.id, name: 'Second version', trackKey: 'agency' });
    const vendorView = (await as.PARTNER_MANAGER.ok(PATHS)).certificationPaths.filter((p: any) => p.key === 'replace-me');
    expect(vendorView).toEqual([second]);
    expect(await t.em().count(AuditEntry, { action: 'certification_path.saved', entityId: first.id })).toBe(2);
  });

  it('modules with the same title get distinct ids', async () => {
    const saved = await savePath(coursePath(['Lesson', 'Lesson!', 'Other'], { key: 'same-titles' }));
    expect(saved.modules.map((m: any) => m.id)).toEqual(['lesson', 'lesson-2', 'other']);
  });

  it('simultaneous saves of a new key make one path, and none fails with an internal error', async () => {
    for (let round = 0; round < 3; round++) {
      const input = coursePath(['Race lesson'], { key: `race-${round}` });
      const results = await Promise.all([1, 2, 3].map(() => as.VENDOR_ADMIN.gql(SAVE_PATH, { input })));
      const codes = results.map((r) => r.errors?.[0].extensions.code ?? 'OK');
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(await t.em().count(CertificationPath, { key: input.key })).toBe(1);
      const ids = results.filter((r) => !r.errors).map((r) => r.data!.saveCertificationPath.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(1);
    }
  });
});

// ------------------------------------------------------------------ answers never leave the server

describe('exam answers are never sent to partners', () => {
  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'] as const)(
    'certificationPaths with every ExamQuestion field, as %s, has no "answer" in the raw response',
    async (role) => {
      const user = { VENDOR_ADMIN: w.vendorAdmin, PARTNER_MANAGER: w.partnerManager, PARTNER_ADMIN: w.partnerAdminOfA, PARTNER_REP: w.repOfA }[role];
      const { status, text } = await rawResponse(user, `{ certificationPaths { ${PATH_FIELDS} } }`);
      expect(status).toBe(200);
      const body = JSON.parse(text);
      expect(body.errors).toBeUndefined();
      const open = body.data.certificationPaths.find((p: any) => p.key === 'open-path');
      expect(open.modules[1].questions).toHaveLength(5);
      // The exam module carries no lesson text either (nothing to hide answers in).
      expect(open.modules[1].content).toBeNull();
      expect(text).not.toMatch(/"answers?"\s*:/i);
      // Nor in any other shape: the question objects carry exactly id, prompt and choices.
      for (const q of open.modules[1].questions) expect(Object.keys(q).sort()).toEqual(['choices', 'id', 'prompt']);
    },
  );

  it('enroll, completeModule, submitExam and myCertifications responses carry no answers either', async () => {
    const { user, client } = await newUser();
    const nested = `path { ${PATH_FIELDS} }`;
    const cert = (await client.ok(`mutation($pathId: ID!) { enroll(pathId: $pathId) { id ${nested} } }`, { pathId: openPath.id })).enroll;
    const texts = [
      await rawResponse(user, `mutation($pathId: ID!) { enroll(pathId: $pathId) { id ${nested} } }`, { pathId: openPath.id }),
      await rawResponse(user, `mutation($c: ID!) { completeModule(certificationId: $c, moduleId: "introduction") { id ${nested} } }`, { c: cert.id }),
      await rawResponse(user, `mutation($c: ID!) { submitExam(certificationId: $c, moduleId: "final-exam", answers: [0, 0, 0, 0, 0]) { score certification { ${nested} } } }`, { c: cert.id }),
      await rawResponse(user, `{ myCertifications { id ${nested} } me { certifications { ${nested} } } }`),
    ];
    for (const { status, text } of texts) {
      expect(status).toBe(200);
      expect(JSON.parse(text).errors).toBeUndefined();
      expect(text).not.toMatch(/"answers?"\s*:/i);
    }
  });

  it('asking for answer on ExamQuestion is a GraphQL validation error (BAD_USER_INPUT, 400)', async () => {
    const res = await as.PARTNER_REP.gql(`{ certificationPaths { modules { questions { id answer } } } }`);
    expect(res.status).toBe(400);
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
    const raw = await rawResponse(w.repOfA, `{ certificationPaths { modules { questions { answer } } } }`);
    expect(raw.text).not.toMatch(/"answer"\s*:\s*\d/);
  });

  it('examAnswerKey gives the vendor admin the questions with their answers', async () => {
    const { examAnswerKey } = await as.VENDOR_ADMIN.ok(ANSWER_KEY, { pathId: openPath.id, moduleId: 'final-exam' });
    expect(examAnswerKey.map((q: any) => q.answer)).toEqual(CORRECT);
    expect(examAnswerKey[0]).toEqual({ prompt: 'Which endpoint lists contacts?', choices: ['/a', '/b', '/contacts'], answer: 2 });
  });

  it.each(refusedTo('PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'))('examAnswerKey is refused to %s: %s', async (who, code) => {
    const client = clientOf(t, as, who);
    const res = await client.gql(ANSWER_KEY, { pathId: openPath.id, moduleId: 'final-exam' });
    expect(firstError(res).extensions.code).toBe(code);
    expect(res.data?.examAnswerKey ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toMatch(/"answer"\s*:/);
  });
});

// ------------------------------------------------------------------ visibility of paths

describe('certificationPaths', () => {
  const keys = async (client: Client) => (await client.ok(PATHS)).certificationPaths.map((p: any) => p.key);

  it('partner users see paths open to every track and paths of their own track only', async () => {
    for (const client of [as.PARTNER_ADMIN, as.PARTNER_REP]) {
      const seen = await keys(client);
      expect(seen).toEqual(expect.arrayContaining(['open-path', 'tech-only']));
      expect(seen).not.toContain('agency-only');
    }
    for (const client of [adminOfB, repOfB]) {
      const seen = await keys(client);
      expect(seen).toEqual(expect.arrayContaining(['open-path', 'agency-only']));
      expect(seen).not.toContain('tech-only');
    }
    // Every path a partner user sees is open or of its track.
    for (const p of (await as.PARTNER_REP.ok(PATHS)).certificationPaths) expect([null, 'technology']).toContain(p.trackKey);
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s sees every path', async (role) => {
    const seen = await keys(as[role]);
    expect(seen).toEqual(expect.arrayContaining(['open-path', 'tech-only', 'agency-only']));
    expect(seen).toHaveLength(await t.em().count(CertificationPath, {}));
  });

  it('anonymous callers must sign in', async () => {
    expect(await t.anon.code(PATHS)).toBe('UNAUTHENTICATED');
  });
});

// ------------------------------------------------------------------ enroll

describe('certificationPath(id)', () => {
  it('returns a path the caller may see, without answers, and NOT_FOUND otherwise', async () => {
    const t2 = await startTestApi();
    try {
      const w2 = await makeWorld(t2);
      const admin = await t2.as(w2.vendorAdmin);
      const save = `mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id } }`;
      const exam = { title: 'Exam', kind: 'EXAM', questions: [{ prompt: 'Q?', choices: ['a', 'b'], answer: 1 }] };
      const open = (await admin.ok(save, { input: { key: 'open', name: 'Open', validityDays: 30, passingScore: 50, modules: [exam] } })).saveCertificationPath.id;
      const agencyOnly = (await admin.ok(save, { input: { key: 'agency-only', name: 'Agency', trackKey: 'agency', validityDays: 30, passingScore: 50, modules: [exam] } })).saveCertificationPath.id;
      const rep = await t2.as(w2.repOfA);
      const q = `query($id: ID!) { certificationPath(id: $id) { key modules { questions { prompt choices } } } }`;
      const res = await rep.gql(q, { id: open });
      expect(res.data!.certificationPath.key).toBe('open');
      expect(JSON.stringify(res.data)).not.toContain('answer');
      expect(await rep.code(q, { id: agencyOnly })).toBe('NOT_FOUND');
      expect(await rep.code(q, { id: 'nope' })).toBe('NOT_FOUND');
    } finally {
      await t2.close();
    }
  });
});
