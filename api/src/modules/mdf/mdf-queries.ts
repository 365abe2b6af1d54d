import type { MdfStatus } from '@tierwise/shared';
import type { Page } from '../../db/keyset.js';
import { AppError } from '../../errors/app-error.js';
import type { Upload } from '../uploads/upload.entity.js';
import { partnerScope, type Scope } from '../scope.js';
import type { MdfRequest } from './mdf.entity.js';
import { visibleRequest } from './mdf-access.js';
import { claimUploads, pageRequests } from './mdf.repository.js';

export { visibleRequest as mdfRequest };

/** Partner users: their partner's requests (another partner is NOT_FOUND). Vendor staff: all, or one partner's. */
export function listMdfRequests(
  scope: Scope,
  args: { first: number; after?: string | null; status?: readonly MdfStatus[] | null; partnerId?: string | null },
): Promise<Page<MdfRequest>> {
  const confinedTo = partnerScope(scope);
  if (confinedTo && args.partnerId && args.partnerId !== confinedTo) throw AppError.notFound('Partner');
  return pageRequests(scope.em, { partnerId: confinedTo ?? args.partnerId, status: args.status }, args.first, args.after);
}

/** Proof of performance attached to a request's claim. */
export function claimAttachments(scope: Scope, request: MdfRequest): Promise<Upload[]> {
  return claimUploads(scope.em, request.id);
}
