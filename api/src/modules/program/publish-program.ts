import { findTier, findTrack, hasBlockingFindings, lintProgram, type ProgramDoc } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { AppError } from '../../errors/app-error.js';
import { audit } from '../audit/audit.service.js';
import { activateOnboardedPartners } from '../onboarding/onboarding.service.js';
import { requireUser, type Scope } from '../scope.js';
import { ProgramVersion } from './program-version.entity.js';
import { findDraft, findPublished, heldPlacements, lintContext } from './program.repository.js';

/** Every partner's track and tier (offboarded ones too: their data is kept) must still exist in the version being published. */
async function checkPartnersStillPlaced(em: Em, doc: ProgramDoc): Promise<void> {
  const fields = [];
  for (const { trackKey, tierKey } of await heldPlacements(em)) {
    const track = findTrack(doc, trackKey);
    if (!track) fields.push({ path: trackKey, message: `Track "${trackKey}" has partners; it cannot be removed.` });
    else if (!findTier(track, tierKey)) fields.push({ path: `${trackKey}/${tierKey}`, message: `Tier "${tierKey}" is held by partners; it cannot be removed.` });
  }
  if (fields.length) throw AppError.badInput(fields, fields.map((f) => f.message).join(' '));
}

/** Publish the draft: refused while the design check has ERRORs or a held track or tier would disappear. */
export async function publishProgram(scope: Scope): Promise<ProgramVersion> {
  const user = requireUser(scope);
  const published = await scope.em.fork().transactional(async (em) => {
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
    await checkPartnersStillPlaced(em, draft.document);
    const previous = await findPublished(em);
    const publishedAt = scope.clock();
    // Conditional on the revision that was checked: of two publishes, or a publish and a save, exactly one wins.
    const changed = await em.nativeUpdate(ProgramVersion, { id: draft.id, status: 'DRAFT', revision: draft.revision }, { status: 'PUBLISHED', publishedAt, publishedById: user.id });
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
  await activateOnboardedPartners(scope.em.fork(), user.id);
  return published;
}
