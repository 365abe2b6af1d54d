import { findTier, findTrack, overrideTierInput } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { audit } from '../audit/audit.service.js';
import { Partner } from '../partners/partner.entity.js';
import { requireUser, type Scope } from '../scope.js';
import { tierName } from './plan-review.js';
import { Notification } from './tier-review.entity.js';

export interface OverrideTierArgs {
  partnerId: string;
  tierKey: string;
  reason: string;
  pinnedUntil?: Date | null;
}

/** Set a partner's tier by hand: the reason is required and audited; a pin holds the tier at reviews until then. */
export async function overrideTier(scope: Scope, args: OverrideTierArgs): Promise<Partner> {
  const user = requireUser(scope);
  const { partnerId, tierKey } = args;
  const { reason: why, pinnedUntil } = validInput(overrideTierInput(scope.clock()), { reason: args.reason, pinnedUntil: args.pinnedUntil }, '');
  const partner = await scope.em.findOne(Partner, { id: partnerId });
  if (!partner) throw AppError.notFound('Partner');
  if (partner.status === 'OFFBOARDED') throw AppError.invalidState('This partner was offboarded.');
  const program = await scope.loaders.publishedProgram();
  const track = program && findTrack(program.document, partner.trackKey);
  if (!track || !findTier(track, tierKey)) throw AppError.field('tierKey', `Track "${partner.trackKey}" has no tier "${tierKey}".`);
  await scope.em.fork().transactional(async (em) => {
    const now = scope.clock();
    await em.nativeUpdate(Partner, { id: partnerId }, { tierKey, overrideReason: why, overriddenAt: now, overriddenById: user.id, overridePinnedUntil: pinnedUntil });
    audit(em, {
      actorId: user.id,
      action: 'tier.overridden',
      entityType: 'Partner',
      entityId: partnerId,
      before: { tierKey: partner.tierKey },
      after: { tierKey, pinnedUntil },
      reason: why,
    });
    if (tierKey !== partner.tierKey)
      em.create(Notification, { partnerId, kind: 'tier.overridden', message: `Your tier is now ${tierName(track, tierKey)} (set by your partner manager).`, createdAt: now });
  });
  scope.loaders.partner.clear(partnerId);
  return scope.em.fork().findOneOrFail(Partner, { id: partnerId });
}
