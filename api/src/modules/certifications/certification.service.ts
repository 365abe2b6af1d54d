import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import { certificationStatus, gradeExam, slugify, type FieldError } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { AppError } from '../../errors/app-error.js';
import { isVendor, partnerScope, requireUser, type Scope } from '../scope.js';
import { audit } from '../audit/audit.service.js';
import { consumeAttempt } from '../auth/rate-limit.js';
import { activateIfOnboarded } from '../onboarding/onboarding.service.js';
import { recordPartnerEvent } from '../partner-events/partner-events.service.js';
import { User } from '../users/user.entity.js';
import { Certification, CertificationPath, ExamAttempt, ModuleCompletion, type StoredModule } from './certification.entity.js';
import type { CertificationGql, CertificationPathGql, CertificationPathInput } from './certification.types.js';

const DAY_MS = 24 * 3600 * 1000;

/** A path as users see it: never with the answers. */
export function toPathGql(path: CertificationPath): CertificationPathGql {
  return {
    id: path.id,
    key: path.key,
    name: path.name,
    trackKey: path.trackKey ?? null,
    validityDays: path.validityDays,
    passingScore: path.passingScore,
    modules: path.modules.map((m) => ({
      id: m.id,
      title: m.title,
      kind: m.kind,
      content: m.content,
      questions: m.questions.map((q) => ({ id: q.id, prompt: q.prompt, choices: q.choices })),
    })),
  };
}

function validatePath(input: CertificationPathInput, trackKeys: string[]): FieldError[] {
  const errors: FieldError[] = [];
  const add = (path: string, message: string) => errors.push({ path: `input.${path}`, message });
  if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(input.key)) add('key', 'Use 1 to 40 lower-case letters, digits, - and _.');
  if (!input.name.trim() || input.name.length > 120) add('name', 'Enter a name of at most 120 characters.');
  if (input.trackKey != null && !trackKeys.includes(input.trackKey)) add('trackKey', `There is no track "${input.trackKey}" in the published program.`);
  if (!Number.isInteger(input.validityDays) || input.validityDays < 1 || input.validityDays > 3650) add('validityDays', 'Between 1 and 3650 days.');
  if (!Number.isInteger(input.passingScore) || input.passingScore < 0 || input.passingScore > 100) add('passingScore', 'A percentage from 0 to 100.');
  if (input.modules.length < 1 || input.modules.length > 50) add('modules', 'A path has 1 to 50 modules.');
  input.modules.forEach((m, i) => {
    const at = `modules.${i}`;
    if (!m.title.trim() || m.title.length > 120) add(`${at}.title`, 'Enter a title of at most 120 characters.');
    if ((m.content?.length ?? 0) > 50_000) add(`${at}.content`, 'At most 50,000 characters.');
    const questions = m.questions ?? [];
    if (m.kind === 'COURSE' && questions.length) add(`${at}.questions`, 'Course modules have no questions; make it an exam.');
    if (m.kind === 'EXAM') {
      if (questions.length < 1 || questions.length > 100) add(`${at}.questions`, 'An exam has 1 to 100 questions.');
      questions.forEach((q, j) => {
        const qa = `${at}.questions.${j}`;
        if (!q.prompt.trim() || q.prompt.length > 1000) add(`${qa}.prompt`, 'Enter a question of at most 1000 characters.');
        if (q.choices.length < 2 || q.choices.length > 10) add(`${qa}.choices`, 'Offer 2 to 10 choices.');
        if (q.choices.some((c) => !c.trim() || c.length > 300)) add(`${qa}.choices`, 'Every choice needs text (at most 300 characters).');
        if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.choices.length) add(`${qa}.answer`, 'The answer must be the index of one of the choices.');
      });
    }
  });
  return errors;
}

/** Module ids come from titles, so they survive reordering; duplicates get a suffix. */
function storedModules(input: CertificationPathInput): StoredModule[] {
  const used = new Map<string, number>();
  return input.modules.map((m) => {
    const base = slugify(m.title);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    return {
      id,
      title: m.title.trim(),
      kind: m.kind,
      content: m.kind === 'COURSE' ? (m.content ?? '').trim() || null : null,
      questions: (m.questions ?? []).map((q, j) => ({ id: `${id}.q${j + 1}`, prompt: q.prompt.trim(), choices: q.choices.map((c) => c.trim()), answer: q.answer })),
    };
  });
}

/** Distinct active users per partner holding an unexpired certification now (the CERTIFIED_REPS metric). */
export async function certifiedRepsByPartner(em: Em, partnerIds: string[], now = new Date()): Promise<Map<string, number>> {
  if (!partnerIds.length) return new Map();
  const rows: { partnerId: string; reps: number | string }[] = await em
    .createQueryBuilder(Certification, 'c')
    .select([raw('u.partner_id as "partnerId"'), raw('count(distinct c.user_id) as reps')])
    .join('c.user', 'u')
    .where({ certifiedAt: { $ne: null }, expiresAt: { $gt: now }, user: { partner: { $in: partnerIds }, disabledAt: null } })
    .groupBy('u.partner')
    .execute('all', false);
  return new Map(rows.map((r) => [r.partnerId, Number(r.reps)]));
}

export class CertificationService {
  constructor(private readonly scope: Scope) {}

  async savePath(input: CertificationPathInput): Promise<CertificationPath> {
    const actor = requireUser(this.scope);
    const program = await this.scope.loaders.publishedProgram();
    const errors = validatePath(input, program?.document.tracks.map((t) => t.key) ?? []);
    if (errors.length) throw AppError.badInput(errors, errors.map((e) => `${e.path}: ${e.message}`).join(' '));
    const modules = storedModules(input);
    const save = () => this.scope.em.fork().transactional(async (em) => {
      const existing = await em.findOne(CertificationPath, { key: input.key });
      const path = existing ?? em.create(CertificationPath, { key: input.key, name: input.name, validityDays: 0, passingScore: 0, modules: [], updatedAt: this.scope.clock() });
      const before = existing ? { name: existing.name, trackKey: existing.trackKey, modules: existing.modules.length } : null;
      Object.assign(path, { name: input.name.trim(), trackKey: input.trackKey ?? null, validityDays: input.validityDays, passingScore: input.passingScore, modules, updatedAt: this.scope.clock() });
      audit(em, { actorId: actor.id, action: 'certification_path.saved', entityType: 'CertificationPath', entityId: path.id, before, after: { key: path.key, name: path.name, trackKey: path.trackKey, modules: modules.length } });
      return path.id;
    });
    let id: string;
    try {
      id = await save();
    } catch (e) {
      // Two saves of a new key at once: the loser finds the winner's path and saves over it.
      if (!(e instanceof UniqueConstraintViolationException)) throw e;
      id = await save();
    }
    return this.scope.em.fork().findOneOrFail(CertificationPath, { id });
  }

  /** Paths the caller may take (partner users: open to their track) or manage (vendor staff: all). */
  async visiblePaths(): Promise<CertificationPath[]> {
    const confinedTo = partnerScope(this.scope);
    const all = await this.scope.em.find(CertificationPath, {}, { orderBy: { name: 'asc', id: 'asc' } });
    if (!confinedTo) return all;
    const partner = (await this.scope.loaders.partner.load(confinedTo))!;
    return all.filter((p) => !p.trackKey || p.trackKey === partner.trackKey);
  }

  private async visiblePath(pathId: string): Promise<CertificationPath> {
    const path = (await this.visiblePaths()).find((p) => p.id === pathId);
    if (!path) throw AppError.notFound('Certification path');
    return path;
  }

  /** The caller's own certification, on a path still open to them (else NOT_FOUND). */
  private async own(certificationId: string): Promise<{ cert: Certification; path: CertificationPath }> {
    const user = requireUser(this.scope);
    const cert = await this.scope.em.findOne(Certification, { id: certificationId, user: user.id }, { populate: ['path'] });
    if (!cert) throw AppError.notFound('Certification');
    const path = await this.visiblePath(cert.path.id).catch(() => null);
    if (!path) throw AppError.notFound('Certification');
    return { cert, path };
  }

  async enroll(pathId: string): Promise<Certification> {
    const user = requireUser(this.scope);
    const path = await this.visiblePath(pathId);
    const existing = await this.scope.em.findOne(Certification, { user: user.id, path: path.id });
    if (existing) {
      if (certificationStatus(existing.certifiedAt, existing.expiresAt) !== 'EXPIRED') return existing;
      // Taking an expired certification again: a new round, earlier completions no longer count.
      await this.scope.em.nativeUpdate(Certification, { id: existing.id, round: existing.round }, { round: existing.round + 1, certifiedAt: null, expiresAt: null });
      return this.scope.em.fork().findOneOrFail(Certification, { id: existing.id });
    }
    try {
      const em = this.scope.em.fork();
      const cert = em.create(Certification, { user: em.getReference(User, user.id), path: em.getReference(CertificationPath, path.id), createdAt: this.scope.clock(), round: 1 });
      await em.flush();
      return cert;
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) return this.scope.em.fork().findOneOrFail(Certification, { user: user.id, path: path.id });
      throw e;
    }
  }

  private module(path: CertificationPath, moduleId: string): StoredModule {
    const module = path.modules.find((m) => m.id === moduleId);
    if (!module) throw AppError.field('moduleId', 'This path has no such module.');
    return module;
  }

  async completeModule(certificationId: string, moduleId: string): Promise<Certification> {
    const { cert, path } = await this.own(certificationId);
    const module = this.module(path, moduleId);
    if (module.kind === 'EXAM') throw AppError.field('moduleId', 'An exam is completed by passing it.');
    await this.markDone(cert, path, module.id);
    return this.scope.em.fork().findOneOrFail(Certification, { id: cert.id });
  }

  async submitExam(certificationId: string, moduleId: string, answers: number[]): Promise<{ score: number; passed: boolean; cert: Certification }> {
    const user = requireUser(this.scope);
    const { cert, path } = await this.own(certificationId);
    const module = this.module(path, moduleId);
    if (module.kind !== 'EXAM') throw AppError.field('moduleId', 'This module is a course, not an exam.');
    if (answers.length !== module.questions.length)
      throw AppError.field('answers', `Answer all ${module.questions.length} questions.`);
    const bad = answers.findIndex((a, i) => !Number.isInteger(a) || a < 0 || a >= module.questions[i].choices.length);
    if (bad >= 0) throw AppError.field(`answers.${bad}`, `Question ${bad + 1} has no such choice.`);
    await consumeAttempt(this.scope.app.examLimiter, `${user.id}:${path.id}:${module.id}`);

    const graded = gradeExam(module.questions.map((q) => q.answer), answers, path.passingScore);
    const em = this.scope.em.fork();
    em.create(ExamAttempt, { certificationId: cert.id, userId: user.id, moduleId: module.id, score: graded.score, passed: graded.passed, at: this.scope.clock() });
    await em.flush();
    if (graded.passed) await this.markDone(cert, path, module.id);
    const fresh = await this.scope.em.fork().findOneOrFail(Certification, { id: cert.id });
    return { score: graded.score, passed: graded.passed, cert: fresh };
  }

  /** Record a module as done in this round; certify once every module is (exactly once, even under concurrency). */
  private async markDone(cert: Certification, path: CertificationPath, moduleId: string): Promise<void> {
    const user = requireUser(this.scope);
    const em = this.scope.em.fork();
    await em.createQueryBuilder(ModuleCompletion).insert({ certificationId: cert.id, round: cert.round, moduleId, completedAt: this.scope.clock() }).onConflict(['certificationId', 'round', 'moduleId']).ignore().execute();
    const done = await em.find(ModuleCompletion, { certificationId: cert.id, round: cert.round });
    const doneIds = new Set(done.map((d) => d.moduleId));
    if (!path.modules.every((m) => doneIds.has(m.id))) return;
    const now = this.scope.clock();
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
    if (certified && user.partner) await activateIfOnboarded(this.scope.em, user.partner.id, user.id);
  }

  async mine(): Promise<Certification[]> {
    const user = requireUser(this.scope);
    return this.scope.em.find(Certification, { user: user.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Certifications of a user the caller may see: self, vendor staff, or users of the caller's partner. */
  async ofUser(target: User): Promise<Certification[]> {
    const caller = requireUser(this.scope);
    const confinedTo = partnerScope(this.scope);
    if (caller.id !== target.id && !isVendor(this.scope) && target.partner?.id !== confinedTo) throw AppError.notFound('User');
    return this.scope.em.find(Certification, { user: target.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async toGql(cert: Certification): Promise<CertificationGql> {
    const [path, user, done] = await Promise.all([
      this.scope.loaders.certificationPath.load(cert.path.id),
      this.scope.loaders.user.load(cert.user.id),
      this.scope.loaders.moduleCompletions.load(`${cert.id}:${cert.round}`),
    ]);
    return {
      id: cert.id,
      path: toPathGql(path!),
      user: user!,
      status: certificationStatus(cert.certifiedAt, cert.expiresAt),
      completedModuleIds: done,
      certifiedAt: cert.certifiedAt ?? null,
      expiresAt: cert.expiresAt ?? null,
    };
  }
}
