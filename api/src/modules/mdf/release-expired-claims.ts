import { MDF_MACHINE } from '@tierwise/shared';
import type { Em } from '../../db/orm.js';
import { transitionRow } from '../../db/transition.js';
import { audit } from '../audit/audit.service.js';
import { MdfRequest } from './mdf.entity.js';
import { approvalsDue, settleFund } from './mdf.repository.js';

/** Scheduled: approvals not claimed within the window are released (CLAIM_REJECTED), each exactly once. */
export async function releaseUnclaimedApprovals(em: Em, now = new Date()): Promise<number> {
  let released = 0;
  for (const request of await approvalsDue(em, now)) {
    await em.fork().transactional(async (tx) => {
      const flipped = await transitionRow(tx, MdfRequest, MDF_MACHINE, { id: request.id, claimDueAt: { $lte: now } }, 'APPROVED', 'CLAIM_REJECTED', {
        decisionReason: 'No claim was filed within the claim window.',
      });
      if (!flipped) return;
      await settleFund(tx, request.fundId, request.approvedAmount ?? 0, 0);
      released++;
      audit(tx, { actorId: null, action: 'mdf.released', entityType: 'MdfRequest', entityId: request.id, before: { status: 'APPROVED' }, after: { status: 'CLAIM_REJECTED', released: request.approvedAmount }, reason: 'Claim window ended' });
    });
  }
  return released;
}
