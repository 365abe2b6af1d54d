import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { certificationStatus, gradeExam } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { audit } from '../audit/audit.service.js';
import { consumeAttempt } from '../auth/rate-limit.js';
import { activateIfOnboarded } from '../onboarding/onboarding.service.js';
import { recordPartnerEvent } from '../partner-events/partner-events.service.js';
import { requireUser, type Scope } from '../scope.js';
import { User } from '../users/user.entity.js';
import { Certification, CertificationPath, ExamAttempt, type StoredModule } from './certification.entity.js';
import { recordCompletion } from './certification.repository.js';
import { visiblePath } from './certification.service.js';

/** Partner users taking a path: enrol, complete its courses, pass its exams; certified once every module is done. */

const DAY_MS = 24 * 3600 * 1000;

/** The caller's own certification, on a path still open to them (else NOT_FOUND). */
async function own(scope: Scope, certificationId: string): Promise<{ cert: Certification; path: CertificationPath }> {
  const user = requireUser(scope);
  const cert = await scope.em.findOne(Certification, { id: certificationId, user: user.id }, { populate: ['path'] });
  if (!cert) throw AppError.notFound('Certification');
  const path = await visiblePath(scope, cert.path.id).catch(() => null);
  if (!path) throw AppError.notFound('Certification');
  return { cert, path };
}

function moduleOf(path: CertificationPath, moduleId: string): StoredModule {
  const module = path.modules.find((m) => m.id === moduleId);
  if (!module) throw AppError.field('moduleId', 'This path has no such module.');
  return module;
}

export async function enroll(scope: Scope, pathId: string): Promise<Certification> {
  const user = requireUser(scope);
  const path = await visiblePath(scope, pathId);
  const existing = await scope.em.findOne(Certification, { user: user.id, path: path.id });
  if (existing) {
    if (certificationStatus(existing.certifiedAt, existing.expiresAt) !== 'EXPIRED') return existing;
    // Taking an expired certification again: a new round, earlier completions no longer count.
    await scope.em.nativeUpdate(Certification, { id: existing.id, round: existing.round }, { round: existing.round + 1, certifiedAt: null, expiresAt: null });
    return scope.em.fork().findOneOrFail(Certification, { id: existing.id });
  }
  try {
    const em = scope.em.fork();
    const cert = em.create(Certification, { user: em.getReference(User, user.id), path: em.getReference(CertificationPath, path.id), createdAt: scope.clock(), round: 1 });
    await em.flush();
    return cert;
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) return scope.em.fork().findOneOrFail(Certification, { user: user.id, path: path.id });
    throw e;
  }
}

export async function completeModule(scope: Scope, certificationId: string, moduleId: string): Promise<Certification> {
  const { cert, path } = await own(scope, certificationId);
  const module = moduleOf(path, moduleId);
  if (module.kind === 'EXAM') throw AppError.field('moduleId', 'An exam is completed by passing it.');
  await markDone(scope, cert, path, module.id);
  return scope.em.fork().findOneOrFail(Certification, { id: cert.id });
}

export async function submitExam(scope: Scope, certificationId: string, moduleId: string, answers: number[]): Promise<{ score: number; passed: boolean; cert: Certification }> {
  const user = requireUser(scope);
  const { cert, path } = await own(scope, certificationId);
  const module = moduleOf(path, moduleId);
  if (module.kind !== 'EXAM') throw AppError.field('moduleId', 'This module is a course, not an exam.');
  if (answers.length !== module.questions.length) throw AppError.field('answers', `Answer all ${module.questions.length} questions.`);
  const bad = answers.findIndex((a, i) => !Number.isInteger(a) || a < 0 || a >= module.questions[i].choices.length);
  if (bad >= 0) throw AppError.field(`answers.${bad}`, `Question ${bad + 1} has no such choice.`);
  await consumeAttempt(scope.app.examLimiter, `${user.id}:${path.id}:${module.id}`);

  const graded = gradeExam(module.questions.map((q) => q.answer), answers, path.passingScore);
  const em = scope.em.fork();
  em.create(ExamAttempt, { certificationId: cert.id, userId: user.id, moduleId: module.id, score: graded.score, passed: graded.passed, at: scope.clock() });
  await em.flush();
  if (graded.passed) await markDone(scope, cert, path, module.id);
  const fresh = await scope.em.fork().findOneOrFail(Certification, { id: cert.id });
  return { score: graded.score, passed: graded.passed, cert: fresh };
}

/** Record a module as done in this round; certify once every module is (exactly once, even under concurrency). */
async function markDone(scope: Scope, cert: Certification, path: CertificationPath, moduleId: string): Promise<void> {
  const user = requireUser(scope);
  const em = scope.em.fork();
  const doneIds = await recordCompletion(em, cert.id, cert.round, moduleId, scope.clock());
  if (!path.modules.every((m) => doneIds.has(m.id))) return;
  const now = scope.clock();
  const certified = await em.transactional(async (tx) => {
    const changed = await tx.nativeUpdate(
      Certification,
      { id: cert.id, round: cert.round, certifiedAt: null },
      { certifiedAt: now, expiresAt: new Date(now.getTime() + path.validityDays * DAY_MS) },
    );
    if (changed !== 1) return false;
    audit(tx, { actorId: user.id, action: 'certification.certified', entityType: 'Certification', entityId: cert.id, after: { pathKey: path.key, userId: user.id, validityDays: path.validityDays } });
    await tx.flush();
    if (user.partner) await recordPartnerEvent(tx, user.partner.id, 'FIRST_CERTIFICATION', now);
    return true;
  });
  if (certified && user.partner) await activateIfOnboarded(scope.em, user.partner.id, user.id);
}
