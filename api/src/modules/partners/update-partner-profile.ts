import { partnerProfileInput, type PartnerProfileInput } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { audit } from '../audit/audit.service.js';
import { activateIfOnboarded, profileComplete } from '../onboarding/onboarding.service.js';
import { recordPartnerEvent } from '../partner-events/partner-events.service.js';
import { partnerScope, requireUser, type Scope } from '../scope.js';
import { Partner } from './partner.entity.js';
import { getPartner } from './partner-reads.js';

/** Partner admins edit their own profile; vendor staff any partner's. A complete profile completes PROFILE_COMPLETED. */
export async function updatePartnerProfile(scope: Scope, partnerId: string | null | undefined, input: PartnerProfileInput): Promise<Partner> {
  const actor = requireUser(scope);
  const id = partnerId ?? partnerScope(scope);
  if (!id) throw AppError.field('partnerId', 'Choose the partner whose profile to edit.');
  const partner = await getPartner(scope, id);
  const profile = validInput(partnerProfileInput, input, 'input');
  const before = { description: partner.description, logoUrl: partner.logoUrl, regions: partner.regions, contactName: partner.contactName, contactEmail: partner.contactEmail };
  await scope.em.fork().transactional(async (em) => {
    await em.nativeUpdate(Partner, { id }, profile);
    audit(em, { actorId: actor.id, action: 'partner.profile_updated', entityType: 'Partner', entityId: id, before, after: profile });
    if (profileComplete(profile)) await recordPartnerEvent(em as never, id, 'PROFILE_COMPLETED');
  });
  await activateIfOnboarded(scope.em, id, actor.id);
  scope.loaders.partner.clear(id);
  return scope.em.fork().findOneOrFail(Partner, { id });
}
