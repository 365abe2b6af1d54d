import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAM_ATTEMPTS_PER_DAY } from '../auth/rate-limit.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { PartnerEvent } from '../partner-events/partner-event.entity.js';
import type { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import { makePartner, makeUser } from '../../seed/factories.js';
import { startTestApi, type Client, type GqlResponse, type TestApi } from '../../test/harness.js';
import { clientsByRole, makeWorld, type World } from '../../test/world.js';
import { Certification, CertificationPath, ExamAttempt } from './certification.entity.js';
import { certificationsOfUser } from './certification.service.js';
import { createScope } from '../scope.js';

const PATH_FIELDS = `id key name trackKey validityDays passingScore modules { id title kind content questions { id prompt choices } }`;
const SAVE_PATH = `mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { ${PATH_FIELDS} } }`;
const PATHS = `{ certificationPaths { ${PATH_FIELDS} } }`;
const ANSWER_KEY = `query($pathId: ID!, $moduleId: ID!) { examAnswerKey(pathId: $pathId, moduleId: $moduleId) { prompt choices answer } }`;
const CERT_FIELDS = `id status completedModuleIds certifiedAt expiresAt user { id } path { id key }`;
const ENROLL = `mutation($pathId: ID!) { enroll(pathId: $pathId) { ${CERT_FIELDS} } }`;
const COMPLETE = `mutation($certificationId: ID!, $moduleId: ID!) { completeModule(certificationId: $certificationId, moduleId: $moduleId) { ${CERT_FIELDS} } }`;
const SUBMIT = `mutation($certificationId: ID!, $moduleId: ID!, $answers: [Int!]!) {
  submitExam(certificationId: $certificationId, moduleId: $moduleId, answers: $answers) { score passed certification { ${CERT_FIELDS} } } }`;
const MY_CERTS = `{ myCertifications { ${CERT_FIELDS} } }`;

const DAY = 24 * 3600 * 1000;
type Role = 'VENDOR_ADMIN' | 'PARTNER_MANAGER' | 'PARTNER_ADMIN' | 'PARTNER_REP';

/** Answers of the "Final exam" of examPath(), in order. */
const CORRECT = [2, 0, 3, 1, 1];
let seq = 0;
const examPath = (overrides: Record<string, unknown> = {}) => ({
  key: `path-${++seq}`,
  name: `Integration basics ${seq}`,
  trackKey: null,
  validityDays: 365,
  passingScore: 80,
  modules: [
    { title: 'Introduction', kind: 'COURSE', content: '# Welcome' },
    {
      title: 'Final exam',
      kind: 'EXAM',
      questions: [
        { prompt: 'Which endpoint lists contacts?', choices: ['/a', '/b', '/contacts'], answer: 2 },
        { prompt: 'Is OAuth required?', choices: ['Yes', 'No'], answer: 0 },
        { prompt: 'Pick the webhook event', choices: ['w', 'x', 'y', 'z'], answer: 3 },
        { prompt: 'Rate limit per minute?', choices: ['60', '600'], answer: 1 },
        { prompt: 'Sandbox available?', choices: ['No', 'Yes'], answer: 1 },
      ],
    },
  ],
  ...overrides,
});
const coursePath = (titles: string[], overrides: Record<string, unknown> = {}) => ({
  key: `courses-${++seq}`,
  name: `Courses ${seq}`,
  trackKey: null,
  validityDays: 30,
  passingScore: 100,
  modules: titles.map((title) => ({ title, kind: 'COURSE', content: `About ${title}` })),
  ...overrides,
});

let t: TestApi;
let w: World;
let as: Record<Role, Client>;
let adminOfB: Client;
let repOfB: Client;
/** Paths saved once for the whole file. */
let openPath: any;
let techPath: any;
let agencyPath: any;

beforeAll(async () => {
  t = await startTestApi();
  w = await makeWorld(t);
  as = await clientsByRole(t, w);
  adminOfB = await t.as(w.partnerAdminOfB);
  repOfB = await t.as(w.repOfB);
  openPath = await savePath(examPath({ key: 'open-path', name: 'Open to everyone' }));
  techPath = await savePath(coursePath(['Tech lesson'], { key: 'tech-only', name: 'Technology only', trackKey: 'technology' }));
  agencyPath = await savePath(coursePath(['Agency lesson'], { key: 'agency-only', name: 'Agency only', trackKey: 'agency' }));
});
afterAll(() => t.close());

async function savePath(input: Record<string, unknown>) {
  return (await as.VENDOR_ADMIN.ok(SAVE_PATH, { input })).saveCertificationPath;
}
function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}
const fieldPaths = (res: GqlResponse) => (firstError(res).extensions.fields ?? []).map((f) => f.path);

/** A new user of a partner (default partner A) with a signed-in client. */
async function newUser(partner: Partner = w.partnerA, role: Role = 'PARTNER_REP') {
  const user = await makeUser(t.em(), { role, partner });
  return { user, client: await t.as(user) };
}
async function enroll(client: Client, pathId: string) {
  return (await client.ok(ENROLL, { pathId })).enroll;
}
async function submit(client: Client, certificationId: string, answers: number[], moduleId = 'final-exam') {
  return client.gql(SUBMIT, { certificationId, moduleId, answers });
}
/** The raw response text, for checks that must not rely on parsing. */
async function rawResponse(user: User, query: string, variables: Record<string, unknown> = {}) {
  const session = await t.api.services.sessions.create(user.id);
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, text: await res.text() };
}

// ------------------------------------------------------------------ saveCertificationPath

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

  it.each([
    ['PARTNER_MANAGER', 'FORBIDDEN'],
    ['PARTNER_ADMIN', 'FORBIDDEN'],
    ['PARTNER_REP', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('%s may not save a path: %s, and nothing is saved', async (who, code) => {
    const input = examPath();
    const client = who === 'anonymous' ? t.anon : as[who];
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

  it.each([
    ['PARTNER_MANAGER', 'FORBIDDEN'],
    ['PARTNER_ADMIN', 'FORBIDDEN'],
    ['PARTNER_REP', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('examAnswerKey is refused to %s: %s', async (who, code) => {
    const client = who === 'anonymous' ? t.anon : as[who];
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

describe('enroll', () => {
  it('enrolls a partner user: IN_PROGRESS, nothing done yet; enrolling twice returns the same certification', async () => {
    const { user, client } = await newUser();
    const cert = await enroll(client, openPath.id);
    expect(cert).toMatchObject({ status: 'IN_PROGRESS', completedModuleIds: [], certifiedAt: null, expiresAt: null, user: { id: user.id }, path: { id: openPath.id, key: 'open-path' } });
    const again = await enroll(client, openPath.id);
    expect(again.id).toBe(cert.id);
    expect(await t.em().count(Certification, { user: user.id })).toBe(1);
    expect((await client.ok(MY_CERTS)).myCertifications.map((c: any) => c.id)).toEqual([cert.id]);
  });

  it('a partner admin may enroll too, and in a path of its own track', async () => {
    const { client } = await newUser(w.partnerB, 'PARTNER_ADMIN');
    expect((await enroll(client, agencyPath.id)).path.key).toBe('agency-only');
  });

  it('concurrent enrollments of one user in one path make one certification', async () => {
    const { user, client } = await newUser();
    const results = await Promise.all([1, 2, 3].map(() => client.gql(ENROLL, { pathId: techPath.id })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.enroll.id)).size).toBe(1);
    expect(await t.em().count(Certification, { user: user.id })).toBe(1);
  });

  it.each([
    ['VENDOR_ADMIN', 'FORBIDDEN'],
    ['PARTNER_MANAGER', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('%s may not enroll: %s', async (who, code) => {
    const client = who === 'anonymous' ? t.anon : as[who];
    expect(await client.code(ENROLL, { pathId: openPath.id })).toBe(code);
  });

  it("a path of another track is NOT_FOUND, like an unknown one", async () => {
    const { user, client } = await newUser();
    expect(await client.code(ENROLL, { pathId: agencyPath.id })).toBe('NOT_FOUND');
    expect(await repOfB.code(ENROLL, { pathId: techPath.id })).toBe('NOT_FOUND');
    expect(await client.code(ENROLL, { pathId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await t.em().count(Certification, { user: user.id })).toBe(0);
  });
});

// ------------------------------------------------------------------ completeModule

describe('completeModule', () => {
  it('marks a course module done; the path is not certified while the exam is open', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const done = (await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'introduction' })).completeModule;
    expect(done).toMatchObject({ id: cert.id, status: 'IN_PROGRESS', completedModuleIds: ['introduction'], certifiedAt: null });
    // Completing it again changes nothing.
    const again = (await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'introduction' })).completeModule;
    expect(again.completedModuleIds).toEqual(['introduction']);
    expect((await client.ok(MY_CERTS)).myCertifications.find((c: any) => c.id === cert.id).completedModuleIds).toEqual(['introduction']);
  });

  it('an exam module cannot be marked done (BAD_USER_INPUT on moduleId); nor an unknown module', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const exam = await client.gql(COMPLETE, { certificationId: cert.id, moduleId: 'final-exam' });
    expect(firstError(exam).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(exam)).toEqual(['moduleId']);
    const unknown = await client.gql(COMPLETE, { certificationId: cert.id, moduleId: 'no-such-module' });
    expect(firstError(unknown).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(unknown)).toEqual(['moduleId']);
    const mine = (await client.ok(MY_CERTS)).myCertifications.find((c: any) => c.id === cert.id);
    expect(mine.completedModuleIds).toEqual([]);
  });

  it("another user's certification is NOT_FOUND (same partner or another partner), and stays untouched", async () => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const colleague = await newUser(w.partnerA, 'PARTNER_ADMIN');
    expect(await colleague.client.code(COMPLETE, { certificationId: cert.id, moduleId: 'introduction' })).toBe('NOT_FOUND');
    expect(await repOfB.code(COMPLETE, { certificationId: cert.id, moduleId: 'introduction' })).toBe('NOT_FOUND');
    expect(await adminOfB.code(SUBMIT, { certificationId: cert.id, moduleId: 'final-exam', answers: CORRECT })).toBe('NOT_FOUND');
    expect(await colleague.client.code(SUBMIT, { certificationId: cert.id, moduleId: 'final-exam', answers: CORRECT })).toBe('NOT_FOUND');
    expect(await as.PARTNER_REP.code(COMPLETE, { certificationId: 'no-such-certification', moduleId: 'introduction' })).toBe('NOT_FOUND');
    const mine = (await client.ok(MY_CERTS)).myCertifications.find((c: any) => c.id === cert.id);
    expect(mine).toMatchObject({ status: 'IN_PROGRESS', completedModuleIds: [] });
    expect(await t.em().count(ExamAttempt, { certificationId: cert.id })).toBe(0);
  });

  it.each([
    ['VENDOR_ADMIN', 'FORBIDDEN'],
    ['PARTNER_MANAGER', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('%s may not complete modules or submit exams: %s', async (who, code) => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const caller = who === 'anonymous' ? t.anon : as[who];
    expect(await caller.code(COMPLETE, { certificationId: cert.id, moduleId: 'introduction' })).toBe(code);
    expect(await caller.code(SUBMIT, { certificationId: cert.id, moduleId: 'final-exam', answers: CORRECT })).toBe(code);
  });
});

// ------------------------------------------------------------------ submitExam

describe('submitExam', () => {
  it('grades on the server: all wrong scores 0, failing; the exam is not marked done', async () => {
    const { user, client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const wrong = CORRECT.map((a, i) => (a + 1) % openPath.modules[1].questions[i].choices.length);
    const res = await submit(client, cert.id, wrong);
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitExam).toMatchObject({ score: 0, passed: false, certification: { id: cert.id, status: 'IN_PROGRESS', completedModuleIds: [] } });
    const attempts = await t.em().find(ExamAttempt, { certificationId: cert.id });
    expect(attempts).toMatchObject([{ userId: user.id, moduleId: 'final-exam', score: 0, passed: false }]);
  });

  it('below the passing score fails with the right score (3 of 5 = 60 < 80)', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const res = await submit(client, cert.id, [2, 0, 3, 0, 0]);
    expect(res.data!.submitExam).toMatchObject({ score: 60, passed: false, certification: { completedModuleIds: [] } });
  });

  it('at the passing score passes (4 of 5 = 80) and marks the exam done', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const res = await submit(client, cert.id, [2, 0, 3, 1, 0]);
    expect(res.data!.submitExam).toMatchObject({ score: 80, passed: true, certification: { status: 'IN_PROGRESS', completedModuleIds: ['final-exam'], certifiedAt: null } });
  });

  it('rounds the score down, so rounding never grants a pass (2 of 3 = 66 < 67)', async () => {
    const path = await savePath({
      key: 'rounding',
      name: 'Rounding',
      trackKey: null,
      validityDays: 10,
      passingScore: 67,
      modules: [{ title: 'Quiz', kind: 'EXAM', questions: [0, 1, 0].map((answer, i) => ({ prompt: `Q${i}`, choices: ['a', 'b'], answer })) }],
    });
    const { client } = await newUser();
    const cert = await enroll(client, path.id);
    expect((await submit(client, cert.id, [0, 1, 1], 'quiz')).data!.submitExam).toMatchObject({ score: 66, passed: false });
    expect((await submit(client, cert.id, [0, 1, 0], 'quiz')).data!.submitExam).toMatchObject({ score: 100, passed: true, certification: { status: 'CERTIFIED' } });
  });

  it.each<[string, number[], string]>([
    ['too few answers', [2, 0, 3, 1], 'answers'],
    ['too many answers', [2, 0, 3, 1, 1, 0], 'answers'],
    ['no answers', [], 'answers'],
    ['an index past the choices', [2, 0, 4, 1, 1], 'answers.2'],
    ['a negative index', [-1, 0, 3, 1, 1], 'answers.0'],
  ])('%s is BAD_USER_INPUT on %s and is not counted as an attempt', async (_label, answers, path) => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    for (let i = 0; i < EXAM_ATTEMPTS_PER_DAY + 1; i++) {
      const res = await submit(client, cert.id, answers);
      expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldPaths(res)).toEqual([path]);
    }
    expect(await t.em().count(ExamAttempt, { certificationId: cert.id })).toBe(0);
    // The limit is untouched: a real attempt still goes through.
    const res = await submit(client, cert.id, CORRECT);
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitExam.passed).toBe(true);
  });

  it('a course module is not an exam (BAD_USER_INPUT on moduleId), nor is an unknown module', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const course = await submit(client, cert.id, [], 'introduction');
    expect(firstError(course).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(course)).toEqual(['moduleId']);
    const unknown = await submit(client, cert.id, CORRECT, 'no-such-exam');
    expect(firstError(unknown).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(unknown)).toEqual(['moduleId']);
  });

  it('certifies when every module is done: CERTIFIED, expiresAt = certifiedAt + validityDays, audited once, FIRST_CERTIFICATION recorded', async () => {
    const partner = await makePartner(t.em(), { name: 'Certifying Partner', trackKey: 'technology', tierKey: 'registered' });
    const { user, client } = await newUser(partner);
    const cert = await enroll(client, openPath.id);
    // Exam first, then the course: order does not matter.
    const exam = (await submit(client, cert.id, CORRECT)).data!.submitExam;
    expect(exam).toMatchObject({ score: 100, passed: true, certification: { status: 'IN_PROGRESS', certifiedAt: null } });
    expect(await t.em().count(AuditEntry, { action: 'certification.certified', entityId: cert.id })).toBe(0);
    const before = Date.now();
    const done = (await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'introduction' })).completeModule;
    expect(done.status).toBe('CERTIFIED');
    expect([...done.completedModuleIds].sort()).toEqual(['final-exam', 'introduction']);
    const certifiedAt = new Date(done.certifiedAt).getTime();
    expect(certifiedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(certifiedAt).toBeLessThanOrEqual(Date.now() + 1000);
    expect(new Date(done.expiresAt).getTime() - certifiedAt).toBe(365 * DAY);

    const entries = await t.em().find(AuditEntry, { action: 'certification.certified', entityId: cert.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: user.id, entityType: 'Certification' });
    const event = await t.em().findOneOrFail(PartnerEvent, { partnerId: partner.id, kind: 'FIRST_CERTIFICATION' });
    expect(event.firstAt.getTime()).toBe(certifiedAt);

    // Passing the exam again later does not certify a second time.
    expect((await submit(client, cert.id, CORRECT)).data!.submitExam.certification).toMatchObject({ status: 'CERTIFIED', certifiedAt: done.certifiedAt });
    expect(await t.em().count(AuditEntry, { action: 'certification.certified', entityId: cert.id })).toBe(1);
    expect((await client.ok(MY_CERTS)).myCertifications).toEqual([expect.objectContaining({ id: cert.id, status: 'CERTIFIED', certifiedAt: done.certifiedAt, expiresAt: done.expiresAt })]);
  });
});

// ------------------------------------------------------------------ retake limit

describe('retake limit', () => {
  it(`lets ${EXAM_ATTEMPTS_PER_DAY} submissions of an exam through in a day, right or wrong; the next one is RATE_LIMITED`, async () => {
    expect(EXAM_ATTEMPTS_PER_DAY).toBe(5);
    const { user, client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const answers = [[0, 0, 0, 0, 0], [2, 0, 0, 0, 0], CORRECT, [0, 1, 0, 0, 0], CORRECT];
    for (const a of answers) {
      const res = await submit(client, cert.id, a);
      expect(res.errors).toBeUndefined();
    }
    const sixth = await submit(client, cert.id, CORRECT);
    expect(firstError(sixth).extensions.code).toBe('RATE_LIMITED');
    expect(sixth.data?.submitExam ?? null).toBeNull();
    expect(await t.em().count(ExamAttempt, { userId: user.id })).toBe(5);
    // Still limited on the next try.
    expect(firstError(await submit(client, cert.id, [0, 0, 0, 0, 0])).extensions.code).toBe('RATE_LIMITED');

    // Another user on the same exam is not limited.
    const other = await newUser();
    const otherCert = await enroll(other.client, openPath.id);
    expect((await submit(other.client, otherCert.id, CORRECT)).errors).toBeUndefined();
  });

  it('a limited user can still take another exam module', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    for (let i = 0; i < 5; i++) expect((await submit(client, cert.id, [0, 0, 0, 0, 0])).errors).toBeUndefined();
    expect(firstError(await submit(client, cert.id, CORRECT)).extensions.code).toBe('RATE_LIMITED');
    const second = await savePath(examPath({ key: 'second-exam' }));
    const secondCert = await enroll(client, second.id);
    expect((await submit(client, secondCert.id, CORRECT)).data!.submitExam.passed).toBe(true);
  });

  it('six simultaneous submissions: exactly five are graded', async () => {
    const { user, client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const results = await Promise.all(Array.from({ length: 6 }, () => submit(client, cert.id, [0, 0, 0, 0, 0])));
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'RATE_LIMITED')).toHaveLength(1);
    expect(await t.em().count(ExamAttempt, { userId: user.id })).toBe(5);
  });
});

// ------------------------------------------------------------------ expiry and a new round

describe('expiry', () => {
  it('an expired certification reads EXPIRED; enrolling again starts a new round; completing again certifies again', async () => {
    const { client } = await newUser();
    const path = await savePath(coursePath(['Part one', 'Part two'], { key: 'renewable', validityDays: 30 }));
    const cert = await enroll(client, path.id);
    await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'part-one' });
    const first = (await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'part-two' })).completeModule;
    expect(first.status).toBe('CERTIFIED');
    expect(new Date(first.expiresAt).getTime() - new Date(first.certifiedAt).getTime()).toBe(30 * DAY);

    await t.em().nativeUpdate(Certification, { id: cert.id }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = (await client.ok(MY_CERTS)).myCertifications.find((c: any) => c.id === cert.id);
    expect(expired.status).toBe('EXPIRED');

    const renewed = await enroll(client, path.id);
    expect(renewed).toMatchObject({ status: 'IN_PROGRESS', completedModuleIds: [], certifiedAt: null, expiresAt: null });
    expect(await t.em().count(Certification, { path: path.id })).toBe(1);
    // Enrolling again while in progress keeps the round.
    expect(await enroll(client, path.id)).toMatchObject({ id: renewed.id, status: 'IN_PROGRESS', completedModuleIds: [] });

    const half = (await client.ok(COMPLETE, { certificationId: renewed.id, moduleId: 'part-one' })).completeModule;
    expect(half).toMatchObject({ status: 'IN_PROGRESS', completedModuleIds: ['part-one'] });
    const again = (await client.ok(COMPLETE, { certificationId: renewed.id, moduleId: 'part-two' })).completeModule;
    expect(again.status).toBe('CERTIFIED');
    expect(new Date(again.certifiedAt).getTime()).toBeGreaterThan(new Date(first.certifiedAt).getTime());
    expect(new Date(again.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(await t.em().count(AuditEntry, { action: 'certification.certified', entityId: renewed.id })).toBe(2);
  });

  it('enrolling in a CERTIFIED (unexpired) path does not reset it', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, techPath.id);
    const done = (await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'tech-lesson' })).completeModule;
    expect(done.status).toBe('CERTIFIED');
    expect(await enroll(client, techPath.id)).toMatchObject({ id: cert.id, status: 'CERTIFIED', certifiedAt: done.certifiedAt, completedModuleIds: ['tech-lesson'] });
  });
});

// ------------------------------------------------------------------ concurrency

describe('concurrency', () => {
  it('completing the last two modules at once certifies exactly once', async () => {
    const { client } = await newUser();
    for (let round = 0; round < 3; round++) {
      const path = await savePath(coursePath(['One', 'Two', 'Three']));
      const cert = await enroll(client, path.id);
      await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'one' });
      const results = await Promise.all([
        client.gql(COMPLETE, { certificationId: cert.id, moduleId: 'two' }),
        client.gql(COMPLETE, { certificationId: cert.id, moduleId: 'three' }),
      ]);
      for (const r of results) expect(r.errors).toBeUndefined();
      const mine = (await client.ok(MY_CERTS)).myCertifications.find((c: any) => c.id === cert.id);
      expect(mine.status).toBe('CERTIFIED');
      expect([...mine.completedModuleIds].sort()).toEqual(['one', 'three', 'two']);
      expect(await t.em().count(AuditEntry, { action: 'certification.certified', entityId: cert.id })).toBe(1);
    }
  });

  it('passing the exam and completing the course at once certifies exactly once', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const [exam, course] = await Promise.all([submit(client, cert.id, CORRECT), client.gql(COMPLETE, { certificationId: cert.id, moduleId: 'introduction' })]);
    expect(exam.errors).toBeUndefined();
    expect(course.errors).toBeUndefined();
    expect((await client.ok(MY_CERTS)).myCertifications.find((c: any) => c.id === cert.id).status).toBe('CERTIFIED');
    expect(await t.em().count(AuditEntry, { action: 'certification.certified', entityId: cert.id })).toBe(1);
  });
});

// ------------------------------------------------------------------ User.certifications and Partner.users

describe('User.certifications and Partner.users', () => {
  const TEAM = `{ myPartner { users { id email role certifications { id status path { key } } } } }`;
  const PARTNER_TEAM = `query($id: ID!) { partner(id: $id) { users { id email certifications { id status } } } }`;
  let team: Partner;
  let admin: { user: User; client: Client };
  let rep: { user: User; client: Client };
  let repCertId: string;

  beforeAll(async () => {
    team = await makePartner(t.em(), { name: 'Team Partner', trackKey: 'technology', tierKey: 'registered', managerId: w.partnerManager.id });
    admin = { user: await makeUser(t.em(), { role: 'PARTNER_ADMIN', partner: team, email: 'admin@team.test', name: 'Ada Admin' }), client: null! };
    rep = { user: await makeUser(t.em(), { role: 'PARTNER_REP', partner: team, email: 'rep@team.test', name: 'Rex Rep' }), client: null! };
    admin.client = await t.as(admin.user);
    rep.client = await t.as(rep.user);
    const cert = await enroll(rep.client, techPath.id);
    await rep.client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'tech-lesson' });
    repCertId = cert.id;
  });

  it('a user sees their own certifications (me.certifications = myCertifications)', async () => {
    const { me, myCertifications } = await rep.client.ok(`{ me { id certifications { id status } } myCertifications { id status } }`);
    expect(me.certifications).toEqual([{ id: repCertId, status: 'CERTIFIED' }]);
    expect(myCertifications).toEqual(me.certifications);
  });

  it("Partner.users lists the own partner's team, with their certifications, to its admin and rep", async () => {
    for (const client of [admin.client, rep.client]) {
      const { users } = (await client.ok(TEAM)).myPartner;
      expect(users.map((u: any) => u.email)).toEqual(['admin@team.test', 'rep@team.test']);
      const repRow = users.find((u: any) => u.email === 'rep@team.test');
      expect(repRow.certifications).toEqual([{ id: repCertId, status: 'CERTIFIED', path: { key: 'tech-only' } }]);
      expect(users.find((u: any) => u.email === 'admin@team.test').certifications).toEqual([]);
    }
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)("%s sees any partner's team and their certifications", async (role) => {
    const { users } = (await as[role].ok(PARTNER_TEAM, { id: team.id })).partner;
    expect(users.map((u: any) => u.email)).toEqual(['admin@team.test', 'rep@team.test']);
    expect(users[1].certifications).toEqual([{ id: repCertId, status: 'CERTIFIED' }]);
    const b = (await as[role].ok(PARTNER_TEAM, { id: w.partnerB.id })).partner.users.map((u: any) => u.email);
    expect(b).toEqual(expect.arrayContaining(['admin@beta.test', 'rep@beta.test']));
    expect(b).not.toContain('rep@team.test');
  });

  it("another partner's team is NOT_FOUND to partner users", async () => {
    expect(await as.PARTNER_ADMIN.code(PARTNER_TEAM, { id: team.id })).toBe('NOT_FOUND');
    expect(await repOfB.code(PARTNER_TEAM, { id: team.id })).toBe('NOT_FOUND');
    const mine = (await as.PARTNER_ADMIN.ok(`{ myPartner { users { email } } }`)).myPartner.users.map((u: any) => u.email);
    expect(mine).not.toContain('rep@team.test');
  });

  it("a partner user asking for the certifications of a user outside its partner gets NOT_FOUND", async () => {
    // The partner's manager is vendor staff: reachable, but not a user of the partner.
    const res = await rep.client.gql(`{ myPartner { manager { id certifications { id } } } }`);
    expect(firstError(res).extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res.data ?? null)).not.toContain('certifications":[');
  });

  it("the service refuses a partner user the certifications of another partner's user (NOT_FOUND)", async () => {
    const em = t.em();
    const caller = await em.findOneOrFail(User, { id: w.repOfB.id });
    const target = await em.findOneOrFail(User, { id: rep.user.id });
    const ctx = createScope({ em, actor: caller, app: t.api.services });
    await expect(certificationsOfUser(ctx, target)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Same partner and vendor staff may.
    const colleague = await em.findOneOrFail(User, { id: admin.user.id });
    const sameCtx = createScope({ em, actor: colleague, app: t.api.services });
    expect((await certificationsOfUser(sameCtx, target)).map((c) => c.id)).toEqual([repCertId]);
    const vendor = await em.findOneOrFail(User, { id: w.partnerManager.id });
    const vendorCtx = createScope({ em, actor: vendor, app: t.api.services });
    expect((await certificationsOfUser(vendorCtx, target)).map((c) => c.id)).toEqual([repCertId]);
  });
});

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
