import { mdfRequestInput, quarterOf } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { audit } from '../audit/audit.service.js';
import { requireUser, type Scope } from '../scope.js';
import { MdfRequest } from './mdf.entity.js';
import { moneyText, partnerFor } from './mdf-access.js';
import { touchFund } from './fund.js';

export interface MdfRequestArgs {
  activity: string;
  description?: string | null;
  amount: number;
  quarter?: string | null;
}

/** Partner users ask for funds from this quarter or up to four ahead, at most the quarter's allocation; nothing is reserved yet. */
export async function requestMdf(scope: Scope, input: MdfRequestArgs): Promise<MdfRequest> {
  const user = requireUser(scope);
  const partner = await partnerFor(scope, null);
  if (partner.status === 'OFFBOARDED') throw AppError.invalidState('This partner was offboarded.');
  const { activity, description, amount, quarter } = validInput(mdfRequestInput(quarterOf(scope.clock())), input, 'input');
  const fund = await touchFund(scope, partner, quarter);
  if (amount > fund.allocated) throw AppError.field('input.amount', `The ${quarter} allocation is ${await moneyText(scope, fund.allocated)}; ask for at most that.`);
  return scope.em.fork().transactional(async (em) => {
    const request = em.create(MdfRequest, {
      partnerId: partner.id,
      fundId: fund.id,
      quarter,
      activity,
      description,
      requestedAmount: amount,
      status: 'SUBMITTED',
      submittedById: user.id,
      createdAt: scope.clock(),
    });
    audit(em, { actorId: user.id, action: 'mdf.requested', entityType: 'MdfRequest', entityId: request.id, after: { partnerId: partner.id, quarter, activity, amount } });
    return request;
  });
}
