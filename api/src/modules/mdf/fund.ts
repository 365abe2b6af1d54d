import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { benefitValue, findTier, findTrack, mdfFundArgs, quarterOf } from '@tierwise/shared';
import { validInput } from '../../errors/valid-input.js';
import { audit } from '../audit/audit.service.js';
import type { Partner } from '../partners/partner.entity.js';
import { requirePublished } from '../program/program.service.js';
import { actorId, type Scope } from '../scope.js';
import { MdfFund } from './mdf.entity.js';
import { partnerFor } from './mdf-access.js';
import { findFund } from './mdf.repository.js';

/**
 * The fund of a partner for a quarter, created on first touch with the
 * MDF_PER_QUARTER of the tier held then (fixed afterwards). Safe when two
 * requests touch it at once.
 */
export async function touchFund(scope: Scope, partner: Partner, quarter: string): Promise<MdfFund> {
  const em = scope.em.fork();
  const existing = await findFund(em, partner.id, quarter);
  if (existing) return existing;
  const program = await requirePublished(scope);
  const track = findTrack(program.document, partner.trackKey);
  const tier = track ? findTier(track, partner.tierKey)?.tier : undefined;
  try {
    const fund = em.create(MdfFund, {
      partnerId: partner.id,
      quarter,
      allocated: benefitValue(tier, 'MDF_PER_QUARTER') ?? 0,
      committed: 0,
      paid: 0,
      tierKeyAtAllocation: tier?.key ?? null,
      createdAt: scope.clock(),
    });
    audit(em, { actorId: actorId(scope), action: 'mdf.fund_allocated', entityType: 'MdfFund', entityId: fund.id, after: { partnerId: partner.id, quarter, allocated: fund.allocated, tierKey: fund.tierKeyAtAllocation } });
    await em.flush();
    return fund;
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) return scope.em.fork().findOneOrFail(MdfFund, { partnerId: partner.id, quarter });
    throw e;
  }
}

export interface PartnerFund {
  partner: Partner;
  fund: MdfFund;
}

/** The mdfFund query: a partner's fund for a quarter (default: the current one). */
export async function fundOf(scope: Scope, partnerId: string | null | undefined, quarter: string | null | undefined): Promise<PartnerFund> {
  const partner = await partnerFor(scope, partnerId);
  const args = validInput(mdfFundArgs, { quarter }, '');
  return { partner, fund: await touchFund(scope, partner, args.quarter || quarterOf(scope.clock())) };
}
