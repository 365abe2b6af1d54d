import { describe, expect, it } from 'vitest';
import { clientOf, refusedTo } from '../../test/world.js';
import { EXAM_ATTEMPTS_PER_DAY } from '../auth/rate-limit.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { PartnerEvent } from '../partner-events/partner-event.entity.js';
import { makePartner } from '../../seed/factories.js';
import { Certification, ExamAttempt } from './certification.entity.js';
import { ENROLL, COMPLETE, SUBMIT, MY_CERTS, DAY, CORRECT, t, w, as, adminOfB, repOfB, openPath, techPath, agencyPath, savePath, firstError, fieldPaths, newUser, enroll, submit, useCertificationApi } from './certification.fixture.js';

/** Taking a path: enrolling, completing courses, passing exams. */
useCertificationApi();

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

  it.each(refusedTo('VENDOR_ADMIN', 'PARTNER_MANAGER'))('%s may not enroll: %s', async (who, code) => {
    const client = clientOf(t, as, who);
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

  it.each(refusedTo('VENDOR_ADMIN', 'PARTNER_MANAGER'))('%s may not complete modules or submit exams: %s', async (who, code) => {
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
