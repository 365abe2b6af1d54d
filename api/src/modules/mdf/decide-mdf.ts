import { DEFAULT_MDF_CLAIM_WINDOW_DAYS, formatMoney, MDF_MACHINE, mdfApproveArgs, mdfAvailable, mdfRejectArgs } from '@tierwise/shared';
import { transitionRow } from '../../db/transition.js';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { audit } from '../audit/audit.service.js';
import { requirePublished } from '../program/program.service.js';
import { requireUser, type Scope } from '../scope.js';
import { MdfRequest } from './mdf.entity.js';
import { visibleRequest } from './mdf-access.js';
import { loadFund, reloadRequest, reserveFund } from './mdf.repository.js';

const DAY_MS = 24 * 3600 * 1000;
const NOT_WAITING = 'This request is no longer waiting for a decision.';

/**
 * Vendor staff approve all or part. The fund is reserved with one conditional
 * update in the approval's transaction: concurrent approvals can never
 * overspend; the losers get INSUFFICIENT_FUNDS.
 */
export async function approveMdf(scope: Scope, id: string, amount: number | null | undefined): Promise<MdfRequest> {
  const user = requireUser(scope);
  const request = await visibleRequest(scope, id);
  const program = await requirePublished(scope);
  const currency = program.document.currency;
  const approved = validInput(mdfApproveArgs(request.requestedAmount, currency), { amount }, '').amount;
  const windowDays = program.document.mdfClaimWindowDays ?? DEFAULT_MDF_CLAIM_WINDOW_DAYS;
  const now = scope.clock();
  await scope.em.fork().transactional(async (em) => {
    const flipped = await transitionRow(em, MdfRequest, MDF_MACHINE, { id }, 'SUBMITTED', 'APPROVED', {
      approvedAmount: approved,
      decidedAt: now,
      claimDueAt: new Date(now.getTime() + windowDays * DAY_MS),
    });
    if (!flipped) throw AppError.invalidState(NOT_WAITING);
    if (!(await reserveFund(em, request.fundId, approved))) {
      const fund = await loadFund(em, request.fundId);
      throw new AppError('INSUFFICIENT_FUNDS', `Only ${formatMoney(mdfAvailable(fund), currency)} is available in ${request.quarter}; approve less or reject.`);
    }
    audit(em, { actorId: user.id, action: 'mdf.approved', entityType: 'MdfRequest', entityId: id, before: { status: 'SUBMITTED' }, after: { status: 'APPROVED', approvedAmount: approved, claimWindowDays: windowDays } });
  });
  return reloadRequest(scope.em, id);
}

/** Vendor staff reject a request with a reason the partner sees; the fund is untouched. */
export async function rejectMdf(scope: Scope, id: string, reason: string): Promise<MdfRequest> {
  const user = requireUser(scope);
  const why = validInput(mdfRejectArgs, { reason }, '').reason;
  await visibleRequest(scope, id);
  await scope.em.fork().transactional(async (em) => {
    const flipped = await transitionRow(em, MdfRequest, MDF_MACHINE, { id }, 'SUBMITTED', 'REJECTED', { decisionReason: why, decidedAt: scope.clock() });
    if (!flipped) throw AppError.invalidState(NOT_WAITING);
    audit(em, { actorId: user.id, action: 'mdf.rejected', entityType: 'MdfRequest', entityId: id, before: { status: 'SUBMITTED' }, after: { status: 'REJECTED' }, reason: why });
  });
  return reloadRequest(scope.em, id);
}
