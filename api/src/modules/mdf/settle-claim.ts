import { MDF_MACHINE, mdfPayArgs, mdfRejectArgs } from '@tierwise/shared';
import { transitionRow } from '../../db/transition.js';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { audit } from '../audit/audit.service.js';
import { requireUser, type Scope } from '../scope.js';
import { MdfRequest } from './mdf.entity.js';
import { programCurrency, visibleRequest } from './mdf-access.js';
import { reloadRequest, settleFund } from './mdf.repository.js';

const notClaimed = (request: MdfRequest, what: string) => AppError.invalidState(`This request is ${request.status}; only a claimed request can be ${what}.`);

/** Vendor staff pay a claim: never more than approved; whatever is not paid returns to the fund. */
export async function payMdfClaim(scope: Scope, id: string, amount: number | null | undefined): Promise<MdfRequest> {
  const user = requireUser(scope);
  const request = await visibleRequest(scope, id);
  if (request.status !== 'CLAIMED') throw notClaimed(request, 'paid');
  const approved = request.approvedAmount ?? 0;
  const paid = validInput(mdfPayArgs(request.claimedAmount ?? 0, approved, await programCurrency(scope)), { amount }, '').amount;
  await scope.em.fork().transactional(async (em) => {
    const flipped = await transitionRow(em, MdfRequest, MDF_MACHINE, { id }, 'CLAIMED', 'PAID', { paidAmount: paid, paidAt: scope.clock() });
    if (!flipped) throw notClaimed(request, 'paid');
    await settleFund(em, request.fundId, approved, paid);
    audit(em, { actorId: user.id, action: 'mdf.paid', entityType: 'MdfRequest', entityId: id, before: { status: 'CLAIMED' }, after: { status: 'PAID', paidAmount: paid, released: approved - paid } });
  });
  return reloadRequest(scope.em, id);
}

/** Vendor staff reject a claim with a reason; the whole approval returns to the fund. */
export async function rejectMdfClaim(scope: Scope, id: string, reason: string): Promise<MdfRequest> {
  const user = requireUser(scope);
  const why = validInput(mdfRejectArgs, { reason }, '').reason;
  const request = await visibleRequest(scope, id);
  await scope.em.fork().transactional(async (em) => {
    const flipped = await transitionRow(em, MdfRequest, MDF_MACHINE, { id }, 'CLAIMED', 'CLAIM_REJECTED', { decisionReason: why });
    if (!flipped) throw notClaimed(request, 'rejected');
    await settleFund(em, request.fundId, request.approvedAmount ?? 0, 0);
    audit(em, { actorId: user.id, action: 'mdf.claim_rejected', entityType: 'MdfRequest', entityId: id, before: { status: 'CLAIMED' }, after: { status: 'CLAIM_REJECTED', released: request.approvedAmount }, reason: why });
  });
  return reloadRequest(scope.em, id);
}
