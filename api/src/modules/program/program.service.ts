import { diffPrograms, lintProgram, type LintFinding, type ProgramChange } from '@tierwise/shared';
import { stringify as stringifyYaml } from 'yaml';
import { AppError } from '../../errors/app-error.js';
import type { Scope } from '../scope.js';
import { ProgramVersion } from './program-version.entity.js';
import { findDraft, findVersion, lintContext, publishedVersions } from './program.repository.js';

/** The program's read use cases; saving and publishing have their own files. */

export { findDraft, findPublished, lintContext, nextVersionNumber } from './program.repository.js';

/** The published program, or INVALID_STATE when nothing has been published yet. */
export async function requirePublished(scope: Scope): Promise<ProgramVersion> {
  const program = await scope.loaders.publishedProgram();
  if (!program) throw AppError.invalidState('No program has been published yet. A vendor admin publishes it first.');
  return program;
}

/** The draft, or (when none is open) the published program presented as the next draft. */
export async function draftOrNext(scope: Scope): Promise<ProgramVersion | null> {
  const draft = await findDraft(scope.em);
  if (draft) return draft;
  const published = await scope.loaders.publishedProgram();
  if (!published) return null;
  const next = new ProgramVersion();
  next.id = 'draft';
  next.version = published.version + 1;
  next.document = published.document;
  next.publishedAt = null;
  return next;
}

/** A version by number: a published one, or the draft (its number is the next one). */
export async function programVersion(scope: Scope, version: number): Promise<ProgramVersion> {
  const row = await findVersion(scope.em, version);
  if (row) return row;
  const next = await draftOrNext(scope);
  if (next && next.version === version) return next;
  throw AppError.notFound(`Program version ${version}`);
}

export function programHistory(scope: Scope): Promise<ProgramVersion[]> {
  return publishedVersions(scope.em);
}

export async function programDiff(scope: Scope, from: number, to: number): Promise<ProgramChange[]> {
  const [a, b] = await Promise.all([programVersion(scope, from), programVersion(scope, to)]);
  return diffPrograms(a.document, b.document);
}

/** "Program as code": a version (default: the draft, else the published one) as YAML. */
export async function exportProgram(scope: Scope, version: number | null | undefined): Promise<string> {
  const row = version == null ? await draftOrNext(scope) : await programVersion(scope, version);
  if (!row) throw AppError.invalidState('There is no program to export yet.');
  return stringifyYaml(row.document);
}

/** The design check of the draft (or of the published program as the next draft). */
export async function programLint(scope: Scope): Promise<LintFinding[]> {
  const program = await draftOrNext(scope);
  return program ? lintProgram(program.document, await lintContext(scope.em)) : [];
}
