import { certificationStatus, type CertificationStatus, type ModuleKind } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { isVendor, partnerScope, requireUser, type Scope } from '../scope.js';
import type { User } from '../users/user.entity.js';
import type { Certification, CertificationPath } from './certification.entity.js';
import { allPaths, certificationsOf } from './certification.repository.js';

/** The read use cases of certifications; the writes are in save-certification-path.ts and take-certification.ts. */

export { certifiedRepsByPartner } from './certification.repository.js';

/** A path as users see it: never with the answers. */
export interface PathView {
  id: string;
  key: string;
  name: string;
  trackKey: string | null;
  validityDays: number;
  passingScore: number;
  modules: { id: string; title: string; kind: ModuleKind; content: string | null; questions: { id: string; prompt: string; choices: string[] }[] }[];
}

export interface CertificationView {
  id: string;
  path: PathView;
  user: User;
  status: CertificationStatus;
  completedModuleIds: string[];
  certifiedAt: Date | null;
  expiresAt: Date | null;
}

export function pathView(path: CertificationPath): PathView {
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

/** Paths the caller may take (partner users: open to their track) or manage (vendor staff: all). */
export async function visiblePaths(scope: Scope): Promise<CertificationPath[]> {
  const confinedTo = partnerScope(scope);
  const all = await allPaths(scope.em);
  if (!confinedTo) return all;
  const partner = (await scope.loaders.partner.load(confinedTo))!;
  return all.filter((p) => !p.trackKey || p.trackKey === partner.trackKey);
}

/** One path the caller may see (else NOT_FOUND). */
export async function visiblePath(scope: Scope, pathId: string): Promise<CertificationPath> {
  const path = (await visiblePaths(scope)).find((p) => p.id === pathId);
  if (!path) throw AppError.notFound('Certification path');
  return path;
}

/** Vendor admin: the questions of an exam module with their answers, for editing. */
export async function examAnswerKey(scope: Scope, pathId: string, moduleId: string): Promise<{ prompt: string; choices: string[]; answer: number }[]> {
  const path = (await visiblePaths(scope)).find((p) => p.id === pathId);
  const module = path?.modules.find((m) => m.id === moduleId);
  if (!module) throw AppError.notFound('Exam module');
  return module.questions.map((q) => ({ prompt: q.prompt, choices: q.choices, answer: q.answer }));
}

export function myCertifications(scope: Scope): Promise<Certification[]> {
  return certificationsOf(scope.em, requireUser(scope).id);
}

/** Certifications of a user the caller may see: self, vendor staff, or users of the caller's partner. */
export async function certificationsOfUser(scope: Scope, target: User): Promise<Certification[]> {
  const caller = requireUser(scope);
  const confinedTo = partnerScope(scope);
  if (caller.id !== target.id && !isVendor(scope) && target.partner?.id !== confinedTo) throw AppError.notFound('User');
  return certificationsOf(scope.em, target.id);
}

/** A certification with its path, holder, status and the modules done in its round. */
export async function certificationView(scope: Scope, cert: Certification): Promise<CertificationView> {
  const [path, user, done] = await Promise.all([
    scope.loaders.certificationPath.load(cert.path.id),
    scope.loaders.user.load(cert.user.id),
    scope.loaders.moduleCompletions.load(`${cert.id}:${cert.round}`),
  ]);
  return {
    id: cert.id,
    path: pathView(path!),
    user: user!,
    status: certificationStatus(cert.certifiedAt, cert.expiresAt),
    completedModuleIds: done,
    certifiedAt: cert.certifiedAt ?? null,
    expiresAt: cert.expiresAt ?? null,
  };
}
