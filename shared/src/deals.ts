import type { IncentiveModel, TierDoc } from './program.js';
import { benefitValue } from './program.js';
import { canTransition, type StateMachine } from './state-machine.js';

export const DEAL_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'EXPIRED', 'WON', 'LOST'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];
export const ATTRIBUTIONS = ['SOURCED', 'INFLUENCED', 'CO_SOLD'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];
export const CONFLICT_KINDS = ['SAME_DOMAIN', 'SIMILAR_NAME', 'DIRECT_ACCOUNT'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];
/** How a page of registrations is ordered: NEWEST first, or REVIEW_DUE (earliest review deadline first, for the queue). */
export const DEAL_ORDERS = ['NEWEST', 'REVIEW_DUE'] as const;
export type DealOrder = (typeof DEAL_ORDERS)[number];

/** The deal registration status machine, used by every status change. */
export const DEAL_MACHINE: StateMachine<DealStatus> = {
  subject: 'registration',
  transitions: {
    // A submitted registration of a partner that is offboarded expires undecided.
    SUBMITTED: ['APPROVED', 'REJECTED', 'EXPIRED'],
    APPROVED: ['WON', 'LOST', 'EXPIRED'],
    REJECTED: [],
    EXPIRED: [],
    WON: [],
    LOST: [],
  },
};

export function canTransitionDeal(from: DealStatus, to: DealStatus): boolean {
  return canTransition(DEAL_MACHINE, from, to);
}

/** Registrations that still hold the customer (and so can conflict with a new one). */
export const OPEN_DEAL_STATUSES: readonly DealStatus[] = ['SUBMITTED', 'APPROVED'];

/** Registrations that were approved, whatever happened after: what counts as pipeline. */
export const APPROVED_DEAL_STATUSES: readonly DealStatus[] = ['APPROVED', 'WON', 'LOST', 'EXPIRED'];

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'gmbh', 'ag', 'kg', 'corp', 'corporation', 'co', 'company',
  'plc', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'oy', 'ab', 'as', 'aps', 'pty', 'pte', 'kk', 'se', 'the',
]);

/** A company name for comparison: case, accents, punctuation and legal suffixes removed. */
export function normaliseCompanyName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // Drop legal suffixes (and a leading "the"), but never the whole name.
  const kept = words.filter((w) => !LEGAL_SUFFIXES.has(w));
  return (kept.length ? kept : words).join(' ');
}

/** Trigrams as PostgreSQL's pg_trgm builds them: per word, padded with two spaces before and one after. */
export function trigrams(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3));
  }
  return result;
}

/** pg_trgm's similarity(): shared trigrams over all distinct trigrams of both. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** Names this similar (after normalisation) are flagged SIMILAR_NAME. */
export const SIMILAR_NAME_THRESHOLD = 0.4;

export function namesAreSimilar(a: string, b: string): boolean {
  const na = normaliseCompanyName(a);
  const nb = normaliseCompanyName(b);
  return na === nb || trigramSimilarity(na, nb) >= SIMILAR_NAME_THRESHOLD;
}

/** amount * bps / 10000 in integer minor units, rounded half up, exact for any SafeInt amount. */
export function applyBasisPoints(amount: number, bps: number): number {
  const scaled = BigInt(amount) * BigInt(bps);
  const quotient = scaled / 10000n;
  const remainder = scaled % 10000n;
  return Number(remainder * 2n >= 10000n ? quotient + 1n : quotient);
}

/**
 * What a won deal earns the partner, by the track's incentive model and the
 * tier held when it closed. Integer minor units.
 */
export function earningFor(model: IncentiveModel, tier: TierDoc, deal: { wonAmount: number; attribution: Attribution }): number {
  switch (model) {
    case 'RESALE_MARGIN':
      return applyBasisPoints(deal.wonAmount, benefitValue(tier, 'RESALE_MARGIN_BPS') ?? 0);
    case 'REFERRAL_FEE':
      return deal.attribution === 'SOURCED' ? (benefitValue(tier, 'REFERRAL_FEE') ?? 0) : 0;
    case 'CO_SELL_CREDIT':
      return applyBasisPoints(deal.wonAmount, benefitValue(tier, 'CO_SELL_CREDIT_BPS') ?? 0);
  }
}
