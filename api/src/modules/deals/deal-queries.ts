import { findTier, findTrack, OPEN_DEAL_STATUSES, type ConflictKind, type DealOrder, type DealStatus, type IncentiveModel, type TierDoc, type TrackDoc } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import type { Page } from '../../db/keyset.js';
import { isVendor, partnerScope, type Scope } from '../scope.js';
import { Deal } from './deal.entity.js';
import { dealPage, wonDealsOfPartner } from './deal.repository.js';

/** Reading registrations: one, a page, and what the won ones earned. */

export interface DealFilter {
  status?: readonly DealStatus[] | null;
  partnerId?: string | null;
}

/** A registration the caller may see: vendor staff any, partner users their partner's (else NOT_FOUND). */
export async function getDeal(scope: Scope, id: string): Promise<Deal> {
  const deal = await scope.loaders.deal.load(id);
  const confinedTo = partnerScope(scope);
  if (!deal || (confinedTo && deal.partner.id !== confinedTo)) throw AppError.notFound('Registration');
  return deal;
}

/** The registration as stored now (after a change made in another fork). */
export async function reloadDeal(scope: Scope, id: string): Promise<Deal> {
  scope.loaders.deal.clear(id);
  return scope.em.fork().findOneOrFail(Deal, { id });
}

/** Partner users see their partner's registrations; vendor staff all, or one partner's. */
export async function listDeals(
  scope: Scope,
  args: { first: number; after?: string | null; filter?: DealFilter | null; orderBy: DealOrder },
): Promise<Page<Deal>> {
  const { filter } = args;
  const confinedTo = partnerScope(scope);
  if (confinedTo && filter?.partnerId && filter.partnerId !== confinedTo) throw AppError.notFound('Partner');
  const partnerId = confinedTo ?? filter?.partnerId ?? null;
  const page = await dealPage(scope.em, { partnerId, statuses: filter?.status }, args.orderBy, args.first, args.after);
  for (const { node } of page.edges) scope.loaders.deal.prime(node.id, node);
  return page;
}

/** A won registration with what it earned, under the track and tier held when it closed. */
export interface DealEarning {
  deal: Deal;
  model: IncentiveModel;
  track: TrackDoc;
  tier: TierDoc;
  amount: number;
}

/** Won registrations of a partner (the caller's for partner users) with what they earned, last closed first. */
export async function earningsOf(scope: Scope, partnerId: string | null | undefined): Promise<DealEarning[]> {
  const confinedTo = partnerScope(scope);
  if (confinedTo && partnerId && partnerId !== confinedTo) throw AppError.notFound('Partner');
  const id = confinedTo ?? partnerId;
  if (!id) throw AppError.field('partnerId', 'Choose the partner whose earnings to show.');
  if (!(await scope.loaders.partner.load(id))) throw AppError.notFound('Partner');
  const deals = await wonDealsOfPartner(scope.em, id);
  const result: DealEarning[] = [];
  for (const deal of deals) {
    const program = await scope.loaders.programVersion.load(deal.earningProgramVersion!);
    const track = program && findTrack(program.document, deal.earningTrackKey!);
    const held = track && findTier(track, deal.earningTierKey!);
    if (!track || !held) throw new Error(`Deal ${deal.id} refers to a tier missing from program v${deal.earningProgramVersion}`);
    result.push({ deal, model: deal.earningModel!, track, tier: held.tier, amount: deal.earningAmount ?? 0 });
  }
  return result;
}

/** A conflict of a registration as a reviewer sees it: with another open registration, or a direct account. */
export interface DealConflictView {
  kind: ConflictKind;
  /** The other registration, while it is open; null for a direct account. */
  registration: Deal | null;
  detail: string | null;
}

/** Vendor staff only: the conflicts of a registration whose other side still holds the customer (batched through the loaders). */
export async function conflictsOf(scope: Scope, deal: Deal): Promise<DealConflictView[]> {
  if (!isVendor(scope)) throw AppError.forbidden('Conflicts are shown to vendor staff only.');
  const rows = await scope.loaders.conflictsOfDeal.load(deal.id);
  const others = await scope.loaders.deal.loadMany(rows.map((r) => r.otherDealId).filter((id): id is string => !!id));
  const open = new Map(others.filter((d): d is Deal => d instanceof Deal && OPEN_DEAL_STATUSES.includes(d.status)).map((d) => [d.id, d]));
  return rows
    .filter((r) => !r.otherDealId || open.has(r.otherDealId))
    .map((r) => ({ kind: r.kind, registration: r.otherDealId ? open.get(r.otherDealId)! : null, detail: r.detail ?? null }));
}
