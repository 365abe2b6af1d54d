import { createPartnerInput, findTrack, isVendorRole, type CreatePartnerInput } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { audit } from '../audit/audit.service.js';
import { requirePublished } from '../program/program.service.js';
import { requireUser, type Scope } from '../scope.js';
import { User } from '../users/user.entity.js';
import { Partner } from './partner.entity.js';

/** Vendor staff add a partner, ONBOARDING in the entry tier of its track of the published program. */
export async function createPartner(scope: Scope, raw: CreatePartnerInput): Promise<Partner> {
  const actor = requireUser(scope);
  const { name, domain, trackKey, managerId: wantedManager } = validInput(createPartnerInput, raw, 'input');
  const program = await requirePublished(scope);
  const track = findTrack(program.document, trackKey);
  if (!track) throw AppError.field('input.trackKey', `There is no track "${trackKey}" in the published program.`);
  let managerId: string | null = null;
  if (wantedManager) {
    const manager = await scope.em.findOne(User, { id: wantedManager });
    if (!manager || !isVendorRole(manager.role) || manager.disabledAt) throw AppError.field('input.managerId', 'Choose a partner manager from the vendor staff.');
    managerId = manager.id;
  }
  const partner = await scope.em.fork().transactional(async (em) => {
    const row = em.create(Partner, {
      name,
      domain,
      status: 'ONBOARDING',
      trackKey: track.key,
      tierKey: track.tiers[0].key,
      regions: [],
      manager: managerId ? em.getReference(User, managerId) : null,
      createdAt: scope.clock(),
    });
    audit(em, {
      actorId: actor.id,
      action: 'partner.created',
      entityType: 'Partner',
      entityId: row.id,
      after: { name, domain, trackKey: row.trackKey, tierKey: row.tierKey, managerId, programVersion: program.version },
    });
    return row;
  });
  return scope.em.findOneOrFail(Partner, { id: partner.id });
}
