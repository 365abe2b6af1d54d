import { mdfAdjustArgs } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { audit } from '../audit/audit.service.js';
import { requireUser, type Scope } from '../scope.js';
import { fundOf, type PartnerFund } from './fund.js';
import { loadFund, setAllocation } from './mdf.repository.js';

/** Vendor staff change a quarter's allocation, never below what is committed and paid; audited with the reason. */
export async function adjustMdfAllocation(scope: Scope, args: { partnerId: string; quarter: string; allocated: number; reason: string }): Promise<PartnerFund> {
  const user = requireUser(scope);
  const { quarter, allocated, reason } = validInput(mdfAdjustArgs, { quarter: args.quarter, allocated: args.allocated, reason: args.reason }, '');
  const { partner, fund } = await fundOf(scope, args.partnerId, quarter);
  await scope.em.fork().transactional(async (em) => {
    if (!(await setAllocation(em, fund.id, allocated))) throw new AppError('INSUFFICIENT_FUNDS', 'The allocation cannot go below what is already committed and paid.');
    audit(em, { actorId: user.id, action: 'mdf.allocation_adjusted', entityType: 'MdfFund', entityId: fund.id, before: { allocated: fund.allocated }, after: { allocated }, reason });
  });
  return { partner, fund: await loadFund(scope.em.fork(), fund.id) };
}
