import { canTransition, type StateMachine } from './state-machine.js';

export const MDF_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'CLAIMED', 'PAID', 'CLAIM_REJECTED'] as const;
export type MdfStatus = (typeof MDF_STATUSES)[number];

/** The MDF request status machine, used by every status change. */
export const MDF_MACHINE: StateMachine<MdfStatus> = {
  subject: 'MDF request',
  transitions: {
    SUBMITTED: ['APPROVED', 'REJECTED'],
    // An approval not claimed within the window is released as CLAIM_REJECTED.
    APPROVED: ['CLAIMED', 'CLAIM_REJECTED'],
    CLAIMED: ['PAID', 'CLAIM_REJECTED'],
    REJECTED: [],
    PAID: [],
    CLAIM_REJECTED: [],
  },
};

/** Waiting for vendor staff: a request to decide or a claim to pay (the console's "to do"). */
export const MDF_AWAITING_VENDOR: readonly MdfStatus[] = ['SUBMITTED', 'CLAIMED'];

/** Holding money committed from the fund: approved and not yet paid or released. */
export const MDF_COMMITTED_STATUSES: readonly MdfStatus[] = ['APPROVED', 'CLAIMED'];

export function isMdfStatusIn(status: MdfStatus, group: readonly MdfStatus[]): boolean {
  return group.includes(status);
}

export function canTransitionMdf(from: MdfStatus, to: MdfStatus): boolean {
  return canTransition(MDF_MACHINE, from, to);
}

export const DEFAULT_MDF_CLAIM_WINDOW_DAYS = 90;

/** Calendar quarter of a date (UTC), e.g. "2026-Q4". */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

export function parseQuarter(text: string): { year: number; quarter: number } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(text.trim());
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}

/** Quarters from `from` to `to`, counted (0 = same quarter, negative = earlier). */
export function quartersBetween(from: string, to: string): number {
  const a = parseQuarter(from);
  const b = parseQuarter(to);
  if (!a || !b) throw new Error('Not a quarter');
  return (b.year - a.year) * 4 + (b.quarter - a.quarter);
}

/** What a fund still has: allocated - committed - paid, never below zero. */
export function mdfAvailable(fund: { allocated: number; committed: number; paid: number }): number {
  return Math.max(0, fund.allocated - fund.committed - fund.paid);
}
