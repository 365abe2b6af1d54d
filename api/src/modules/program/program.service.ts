import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import {
  findTier,
  findTrack,
  hasBlockingFindings,
  lintProgram,
  diffPrograms,
  findUnsafeText,
  parseProgramText,
  type FieldError,
  type ProgramChange,
  validateProgramDoc,
  type LintContext,
  type LintFinding,
  type ProgramDoc,
} from '@tierwise/shared';
import { stringify as stringifyYaml } from 'yaml';
import type { Em } from '../../db/orm.js';
import { AppError } from '../../errors/app-error.js';
import { requireUser, type Scope } from '../scope.js';
import { audit } from '../audit/audit.service.js';
import { CertificationPath } from '../certifications/certification.entity.js';
import { activateOnboardedPartners } from '../onboarding/onboarding.service.js';
import { Partner } from '../partners/partner.entity.js';
import { ProgramVersion } from './program-version.entity.js';

export async function findDraft(em: Em): Promise<ProgramVersion | null> {
  return em.findOne(ProgramVersion, { status: 'DRAFT' });
}

export async function findPublished(em: Em): Promise<ProgramVersion | null> {
  return em.findOne(ProgramVersion, { status: 'PUBLISHED' }, { orderBy: { version: 'desc' } });
}

/** What the design check needs from the data: which tracks can certify. */
export async function lintContext(em: Em): Promise<LintContext> {
  const paths = await em.find(CertificationPath, {}, { fields: ['trackKey'] });
  return { certificationTrackKeys: paths.map((p) => p.trackKey ?? null) };
}

/** The published program, or INVALID_STATE when nothing has been published yet. */
export async function requirePublished(scope: Scope): Promise<ProgramVersion> {
  const program = await scope.loaders.publishedProgram();
  if (!program) throw AppError.invalidState('No program has been published yet. A vendor admin publishes it first.');
  return program;
}

/** The number the next draft gets: one above every version so far (draft or published). */
export async function nextVersionNumber(em: EntityManager): Promise<number> {
  const [latest] = await em.find(ProgramVersion, {}, { orderBy: { version: 'desc' }, limit: 1, fields: ['version'] });
  return (latest?.version ?? 0) + 1;
}

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

export class ProgramService {
  constructor(private readonly scope: Scope) {}

  /** The draft, or (when none is open) the published program presented as the next draft. */
  async draftOrNext(): Promise<ProgramVersion | null> {
    const draft = await findDraft(this.scope.em);
    if (draft) return draft;
    const published = await this.scope.loaders.publishedProgram();
    if (!published) return null;
    const next = new ProgramVersion();
    next.id = 'draft';
    next.version = published.version + 1;
    next.document = published.document;
    next.publishedAt = null;
    return next;
  }

  async saveDraft(input: unknown): Promise<ProgramVersion> {
    const user = requireUser(this.scope);
    const document = toDoc(input);
    for (let attempt = 0; attempt < 5; attempt++) {
      const saved = await this.scope.em
        .fork()
        .transactional(async (em) => {
          const draft = await findDraft(em);
          const now = this.scope.clock();
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
      if (saved) return this.scope.em.fork().findOneOrFail(ProgramVersion, { id: saved });
    }
    throw AppError.invalidState('The draft is being changed by someone else right now; try again.');
  }

  /** A version by number: a published one, or the draft (its number is the next one). */
  async version(version: number): Promise<ProgramVersion> {
    const row = await this.scope.em.findOne(ProgramVersion, { version });
    if (row) return row;
    const next = await this.draftOrNext();
    if (next && next.version === version) return next;
    throw AppError.notFound(`Program version ${version}`);
  }

  async history(): Promise<ProgramVersion[]> {
    return this.scope.em.find(ProgramVersion, { status: 'PUBLISHED' }, { orderBy: { version: 'desc' } });
  }

  async diff(from: number, to: number): Promise<ProgramChange[]> {
    const [a, b] = await Promise.all([this.version(from), this.version(to)]);
    return diffPrograms(a.document, b.document);
  }

  /** "Program as code": a version (default: the draft, else the published one) as YAML. */
  async export(version: number | null | undefined): Promise<string> {
    const row = version == null ? await this.draftOrNext() : await this.version(version);
    if (!row) throw AppError.invalidState('There is no program to export yet.');
    return stringifyYaml(row.document);
  }

  /** Replace the draft from a YAML or JSON text; errors name the line or the path. */
  async importDraft(text: string): Promise<ProgramVersion> {
    if (text.length > 1_000_000) throw AppError.field('text', 'The file is larger than 1 MB.');
    const parsed = parseProgramText(text);
    if (!parsed.ok) throw AppError.badInput(parsed.errors, parsed.errors.map((e) => `${e.path}: ${e.message}`).join(' '));
    const problems = documentProblems(parsed.program);
    if (problems.length) throw AppError.badInput(problems);
    return this.saveDraft(parsed.program);
  }

  async lint(): Promise<LintFinding[]> {
    const program = await this.draftOrNext();
    return program ? lintProgram(program.document, await lintContext(this.scope.em)) : [];
  }

  async publish(): Promise<ProgramVersion> {
    const user = requireUser(this.scope);
    const published = await this.scope.em.fork().transactional(async (em) => {
      const draft = await findDraft(em);
      if (!draft) throw AppError.invalidState('There is no draft to publish: save a draft first.');
      const findings = lintProgram(draft.document, await lintContext(em));
      if (hasBlockingFindings(findings)) {
        const errors = findings.filter((f) => f.severity === 'ERROR');
        throw AppError.badInput(
          errors.map((f) => ({ path: f.path ?? 'program', message: `${f.rule}: ${f.message}` })),
          `The design check found ${errors.length} error(s); fix them before publishing.`,
        );
      }
      await this.checkPartnersStillPlaced(em, draft.document);
      const previous = await findPublished(em);
      const publishedAt = this.scope.clock();
      // Conditional update: of two concurrent publishes, exactly one flips the draft.
      // Conditional on the revision that was checked: of two publishes, or a publish and a save, exactly one wins.
      const changed = await em.nativeUpdate(
        ProgramVersion,
        { id: draft.id, status: 'DRAFT', revision: draft.revision },
        { status: 'PUBLISHED', publishedAt, publishedById: user.id },
      );
      if (changed !== 1) throw AppError.invalidState('The draft was changed or published by someone else a moment ago; check it and publish again.');
      audit(em, {
        actorId: user.id,
        action: 'program.published',
        entityType: 'Program',
        entityId: `v${draft.version}`,
        before: previous ? { version: previous.version } : null,
        after: { version: draft.version },
      });
      await em.flush();
      em.clear();
      return em.findOneOrFail(ProgramVersion, { id: draft.id });
    });
    // Steps may have changed: partners whose steps are now all done become ACTIVE.
    await activateOnboardedPartners(this.scope.em.fork(), user.id);
    return published;
  }

  /** Every partner's track and tier (offboarded ones too: their data is kept) must still exist in the version being published. */
  private async checkPartnersStillPlaced(em: Em, doc: ProgramDoc): Promise<void> {
    const placements = await em
      .createQueryBuilder(Partner, 'p')
      .select(['p.trackKey', 'p.tierKey'])
      .groupBy(['p.trackKey', 'p.tierKey'])
      .execute<{ trackKey: string; tierKey: string }[]>('all', true);
    const fields = [];
    for (const { trackKey, tierKey } of placements) {
      const track = findTrack(doc, trackKey);
      if (!track) fields.push({ path: trackKey, message: `Track "${trackKey}" has partners; it cannot be removed.` });
      else if (!findTier(track, tierKey))
        fields.push({ path: `${trackKey}/${tierKey}`, message: `Tier "${tierKey}" is held by partners; it cannot be removed.` });
    }
    if (fields.length) throw AppError.badInput(fields, fields.map((f) => f.message).join(' '));
  }
}
