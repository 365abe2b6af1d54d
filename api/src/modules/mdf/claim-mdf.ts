import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { MDF_MACHINE, mdfClaimInput } from '@tierwise/shared';
import { resolveFromRoot } from '../../config/env.js';
import { transitionRow } from '../../db/transition.js';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { audit } from '../audit/audit.service.js';
import type { Upload } from '../uploads/upload.entity.js';
import { requireUser, type Scope } from '../scope.js';
import { MdfRequest } from './mdf.entity.js';
import { programCurrency, visibleRequest } from './mdf-access.js';
import { attachClaimFiles, partnerUploads, reloadRequest } from './mdf.repository.js';

export interface MdfClaimArgs {
  amount: number;
  attachmentIds: string[];
  results?: string | null;
}

/** SHA-256 of a stored file, or null when it cannot be read. */
async function fileDigest(file: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    await pipeline(fs.createReadStream(file), hash);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/**
 * The uploads to attach, one per distinct file: the same bytes uploaded
 * twice (a claim sent again after a failed attempt, with the files attached
 * again) count once, the earliest upload kept. Files are compared only when
 * their size and type match; one that cannot be read is kept as it is.
 */
export async function distinctUploads(uploads: Upload[], dir: string): Promise<Upload[]> {
  const sorted = [...uploads].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const groups = new Map<string, Upload[]>();
  for (const u of sorted) {
    const key = `${u.size}:${u.mimeType}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  const keep = new Set<string>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      keep.add(group[0].id);
      continue;
    }
    const seen = new Set<string>();
    for (const u of group) {
      const digest = await fileDigest(path.join(dir, u.storedName));
      if (digest && seen.has(digest)) continue;
      if (digest) seen.add(digest);
      keep.add(u.id);
    }
  }
  return uploads.filter((u) => keep.has(u.id));
}

/** Partner users claim an approved request within its window, with proof of performance (their own uploads). */
export async function claimMdf(scope: Scope, id: string, input: MdfClaimArgs): Promise<MdfRequest> {
  const user = requireUser(scope);
  const request = await visibleRequest(scope, id);
  if (request.status !== 'APPROVED') throw AppError.invalidState(`This request is ${request.status}; only an approved request can be claimed.`);
  if (request.claimDueAt && request.claimDueAt <= scope.clock()) throw AppError.invalidState('The claim window of this approval has ended.');
  const claim = validInput(mdfClaimInput(request.approvedAmount ?? 0, await programCurrency(scope)), input, 'input');
  const ids = claim.attachmentIds;
  const uploads = await partnerUploads(scope.em, request.partnerId, ids);
  if (uploads.length !== ids.length) throw AppError.field('input.attachmentIds', 'Some attachments were not found; upload them again.');
  const distinct = new Set((await distinctUploads(uploads, resolveFromRoot(scope.app.env.UPLOAD_DIR))).map((u) => u.id));
  const attach = ids.filter((uploadId) => distinct.has(uploadId));
  await scope.em.fork().transactional(async (em) => {
    const flipped = await transitionRow(em, MdfRequest, MDF_MACHINE, { id, claimDueAt: { $gt: scope.clock() } }, 'APPROVED', 'CLAIMED', {
      claimedAmount: claim.amount,
      claimResults: claim.results,
      claimedAt: scope.clock(),
    });
    if (!flipped) throw AppError.invalidState('This request can no longer be claimed.');
    attachClaimFiles(em, id, attach);
    audit(em, { actorId: user.id, action: 'mdf.claimed', entityType: 'MdfRequest', entityId: id, before: { status: 'APPROVED' }, after: { status: 'CLAIMED', claimedAmount: claim.amount, attachments: attach.length } });
  });
  return reloadRequest(scope.em, id);
}
