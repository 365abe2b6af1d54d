import { normaliseCompanyName, registerDealInput, type Attribution } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { audit } from '../audit/audit.service.js';
import { activateIfOnboarded } from '../onboarding/onboarding.service.js';
import { recordPartnerEvent } from '../partner-events/partner-events.service.js';
import { Partner } from '../partners/partner.entity.js';
import { requirePublished } from '../program/program.service.js';
import { partnerScope, requireUser, type Scope } from '../scope.js';
import { User } from '../users/user.entity.js';
import { Deal } from './deal.entity.js';
import { reloadDeal } from './deal-queries.js';
import { lockCustomer, recordConflicts } from './deal.repository.js';
import { addHours, registrableDomain } from './deal.rules.js';

/** What a partner user registers (registerDeal's input as it arrives, checked here). */
export interface RegisterDeal {
  customerName: string;
  customerDomain: string;
  amount: number;
  expectedCloseDate: Date;
  attribution: Attribution;
  notes?: string | null;
}

/**
 * A partner user registers a customer deal: checked (every bad field at
 * once), stored SUBMITTED with its review deadline, its conflicts with other
 * partners' open registrations and the vendor's direct accounts recorded on
 * both sides, audited.
 */
export async function registerDeal(scope: Scope, raw: RegisterDeal): Promise<Deal> {
  const user = requireUser(scope);
  const partnerId = partnerScope(scope);
  if (!partnerId) throw AppError.forbidden('Only partner users register deals.');
  const input = validInput(registerDealInput({ now: scope.clock(), domainOf: registrableDomain }), raw, 'input');

  const program = await requirePublished(scope);
  const { customerName, customerDomain: domain } = input;
  const normalised = normaliseCompanyName(customerName);
  const deal = await scope.em.fork().transactional(async (em) => {
    const partner = await em.findOneOrFail(Partner, { id: partnerId });
    if (partner.status === 'OFFBOARDED') throw AppError.invalidState('This partner was offboarded.');
    await lockCustomer(em, domain, normalised);
    const now = scope.clock();
    const row = em.create(Deal, {
      partner: em.getReference(Partner, partnerId),
      submittedBy: em.getReference(User, user.id),
      customerName,
      customerNameNormalised: normalised,
      customerDomain: domain,
      amount: input.amount,
      expectedCloseDate: input.expectedCloseDate,
      attribution: input.attribution,
      status: 'SUBMITTED',
      notes: input.notes,
      createdAt: now,
      reviewDueAt: addHours(now, program.document.dealReviewSlaHours),
    });
    const conflicts = await recordConflicts(em, row);
    audit(em, {
      actorId: user.id,
      action: 'deal.registered',
      entityType: 'DealRegistration',
      entityId: row.id,
      after: { partnerId, customerName, customerDomain: domain, amount: input.amount, attribution: input.attribution, conflicts: conflicts.length },
    });
    await em.flush();
    await recordPartnerEvent(em, partnerId, 'FIRST_DEAL_REGISTERED', now);
    return row;
  });
  await activateIfOnboarded(scope.em, partnerId, user.id);
  return reloadDeal(scope, deal.id);
}
