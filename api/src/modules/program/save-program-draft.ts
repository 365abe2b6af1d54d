import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { findUnsafeText, parseProgramText, validateProgramDoc, type FieldError, type ProgramDoc } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { audit } from '../audit/audit.service.js';
import { requireUser, type Scope } from '../scope.js';
import { ProgramVersion } from './program-version.entity.js';
import { findDraft, nextVersionNumber } from './program.repository.js';

/** The largest benefit value a draft may hold (money in minor units, basis points, days): sums and products stay within SafeInt. */
export const MAX_BENEFIT_VALUE = 1_000_000_000_000;

/**
 * What a structurally valid document may still hold that cannot be stored or
 * computed with: text the input boundary never saw (YAML and JSON escapes such
 * as "\0" or "\ud800" in an imported file decode to a NUL or a lone
 * surrogate, which PostgreSQL refuses), and benefit values too large to add up.
 */
function documentProblems(doc: ProgramDoc): FieldError[] {
  const problems: FieldError[] = [];
  const unsafe = findUnsafeText(doc, '');
  if (unsafe) problems.push(unsafe);
  doc.tracks.forEach((track, i) =>
    track.tiers.forEach((tier, j) =>
      tier.benefits.forEach((benefit, k) => {
        if (benefit.value > MAX_BENEFIT_VALUE)
          problems.push({ path: `tracks.${i}.tiers.${j}.benefits.${k}.value`, message: `At most ${MAX_BENEFIT_VALUE.toLocaleString('en')}.` });
      }),
    ),
  );
  return problems;
}

/** Strip GraphQL input classes down to a plain document (what is stored and exported). */
function toDoc(input: unknown): ProgramDoc {
  const result = validateProgramDoc(JSON.parse(JSON.stringify(input)));
  if (!result.ok) throw AppError.badInput(result.errors.map((e) => ({ path: `input.${e.path}`, message: e.message })));
  const problems = documentProblems(result.program);
  if (problems.length) throw AppError.badInput(problems.map((e) => ({ path: `input.${e.path}`, message: e.message })));
  return result.program;
}

/** Replace the draft (or open one); retried when someone else changes the draft at the same time. */
export async function saveProgramDraft(scope: Scope, input: unknown): Promise<ProgramVersion> {
  const user = requireUser(scope);
  const document = toDoc(input);
  for (let attempt = 0; attempt < 5; attempt++) {
    const saved = await scope.em
      .fork()
      .transactional(async (em) => {
        const draft = await findDraft(em);
        const now = scope.clock();
        let id: string;
        let version: number;
        if (draft) {
          // Conditional on the revision read: a concurrent save or publish makes this one retry.
          const changed = await em.nativeUpdate(
            ProgramVersion,
            { id: draft.id, status: 'DRAFT', revision: draft.revision },
            { document, revision: draft.revision + 1, updatedAt: now, updatedById: user.id },
          );
          if (changed !== 1) return null;
          ({ id, version } = draft);
        } else {
          const created = em.create(ProgramVersion, { version: await nextVersionNumber(em), status: 'DRAFT', document, revision: 1, updatedAt: now, updatedById: user.id });
          ({ id, version } = created);
        }
        audit(em, { actorId: user.id, action: 'program.draft_saved', entityType: 'Program', entityId: `v${version}`, before: draft?.document ?? null, after: document });
        return id;
      })
      .catch((e) => {
        // Two admins opened the first draft at once: the loser saves over the winner's draft.
        if (e instanceof UniqueConstraintViolationException) return null;
        throw e;
      });
    if (saved) return scope.em.fork().findOneOrFail(ProgramVersion, { id: saved });
  }
  throw AppError.invalidState('The draft is being changed by someone else right now; try again.');
}

/** Replace the draft from a YAML or JSON text; errors name the line or the path. */
export async function importProgramDraft(scope: Scope, text: string): Promise<ProgramVersion> {
  if (text.length > 1_000_000) throw AppError.field('text', 'The file is larger than 1 MB.');
  const parsed = parseProgramText(text);
  if (!parsed.ok) throw AppError.badInput(parsed.errors, parsed.errors.map((e) => `${e.path}: ${e.message}`).join(' '));
  const problems = documentProblems(parsed.program);
  if (problems.length) throw AppError.badInput(problems);
  return saveProgramDraft(scope, parsed.program);
}
