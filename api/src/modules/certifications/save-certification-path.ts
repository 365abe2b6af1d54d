import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { certificationPathInput, checkInput, slugify, type CertificationPathInput, type CertificationPathValues, type FieldError } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { audit } from '../audit/audit.service.js';
import { requireUser, type Scope } from '../scope.js';
import { CertificationPath, type StoredModule } from './certification.entity.js';

/** Module ids come from titles, so they survive reordering; duplicates get a suffix. */
function storedModules(input: CertificationPathValues): StoredModule[] {
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

/**
 * The input checked by its shared schema, and its track against the
 * published program: every problem at once.
 */
async function checkedPath(scope: Scope, input: CertificationPathInput): Promise<CertificationPathValues> {
  const checked = checkInput(certificationPathInput, input, 'input');
  const program = await scope.loaders.publishedProgram();
  const trackKeys = program?.document.tracks.map((t) => t.key) ?? [];
  const errors: FieldError[] = checked.ok ? [] : [...checked.fields];
  if (input.trackKey != null && !trackKeys.includes(input.trackKey))
    errors.push({ path: 'input.trackKey', message: `There is no track "${input.trackKey}" in the published program.` });
  if (errors.length || !checked.ok) throw AppError.badInput(errors, errors.map((e) => `${e.path}: ${e.message}`).join(' '));
  return checked.value;
}

/** Vendor admin: create or replace the path with this key. */
export async function saveCertificationPath(scope: Scope, raw: CertificationPathInput): Promise<CertificationPath> {
  const actor = requireUser(scope);
  const input = await checkedPath(scope, raw);
  const modules = storedModules(input);
  const save = () =>
    scope.em.fork().transactional(async (em) => {
      const existing = await em.findOne(CertificationPath, { key: input.key });
      const path = existing ?? em.create(CertificationPath, { key: input.key, name: input.name, validityDays: 0, passingScore: 0, modules: [], updatedAt: scope.clock() });
      const before = existing ? { name: existing.name, trackKey: existing.trackKey, modules: existing.modules.length } : null;
      Object.assign(path, { name: input.name, trackKey: input.trackKey, validityDays: input.validityDays, passingScore: input.passingScore, modules, updatedAt: scope.clock() });
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
  return scope.em.fork().findOneOrFail(CertificationPath, { id });
}
