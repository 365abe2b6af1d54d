import { assertUnreachable, formatMoney, toCsv, type MdfStatus } from '@tierwise/shared';
import { minorToInput } from './money';

export const MDF_STATUS_LABELS: Record<MdfStatus, string> = {
  SUBMITTED: 'Waiting for approval',
  APPROVED: 'Approved: claim it',
  REJECTED: 'Rejected',
  CLAIMED: 'Claim submitted',
  PAID: 'Paid',
  CLAIM_REJECTED: 'Claim rejected',
};

/** Vendor wording: what the queue asks of them. */
export const MDF_STATUS_LABELS_VENDOR: Record<MdfStatus, string> = {
  SUBMITTED: 'Request to decide',
  APPROVED: 'Approved, awaiting claim',
  REJECTED: 'Rejected',
  CLAIMED: 'Claim to pay',
  PAID: 'Paid',
  CLAIM_REJECTED: 'Claim rejected',
};

export const MDF_STATUS_TONE: Record<MdfStatus, 'ok' | 'warning' | 'danger' | 'muted' | 'info'> = {
  SUBMITTED: 'warning',
  APPROVED: 'info',
  REJECTED: 'danger',
  CLAIMED: 'warning',
  PAID: 'ok',
  CLAIM_REJECTED: 'danger',
};

export interface FundLike {
  allocated: number;
  committed: number;
  paid: number;
  available: number;
}

export interface FundSegment {
  key: 'paid' | 'committed' | 'available' | 'over';
  label: string;
  value: number;
  /** Share of the bar, 0..1. */
  share: number;
}

/** The stacked bar of a fund: paid, committed, available (shares of the allocation). */
export function fundSegments(fund: FundLike): FundSegment[] {
  const total = Math.max(fund.allocated, fund.paid + fund.committed + fund.available, 1);
  const parts: Array<Omit<FundSegment, 'share'>> = [
    { key: 'paid', label: 'Paid', value: fund.paid },
    { key: 'committed', label: 'Committed', value: fund.committed },
    { key: 'available', label: 'Available', value: fund.available },
  ];
  return parts.map((p) => ({ ...p, share: Math.max(0, p.value) / total }));
}

export interface MdfRequestLike {
  status: MdfStatus;
  requestedAmount: number;
  approvedAmount: number | null;
  claimedAmount: number | null;
  paidAmount: number | null;
  createdAt: string;
  decidedAt: string | null;
  claimedAt: string | null;
  paidAt: string | null;
  decisionReason: string | null;
  claimDueAt?: string | null;
}

export interface TimelineEvent {
  key: string;
  title: string;
  at: string | null;
  detail?: string;
  tone: 'ok' | 'warning' | 'danger' | 'muted' | 'info';
}

/** The history of a request, oldest first, from its timestamps and amounts. */
export function mdfTimeline(r: MdfRequestLike, currency = 'USD'): TimelineEvent[] {
  const money = (v: number | null) => (v == null ? '' : formatMoney(v, currency));
  const events: TimelineEvent[] = [{ key: 'requested', title: 'Requested', at: r.createdAt, detail: money(r.requestedAmount), tone: 'muted' }];
  if (r.status === 'REJECTED') {
    events.push({ key: 'rejected', title: 'Rejected', at: r.decidedAt, detail: r.decisionReason ?? undefined, tone: 'danger' });
    return events;
  }
  if (r.approvedAmount != null) {
    const part = r.approvedAmount < r.requestedAmount ? ` (part of the ${money(r.requestedAmount)} requested)` : '';
    events.push({ key: 'approved', title: 'Approved', at: r.decidedAt, detail: `${money(r.approvedAmount)}${part}`, tone: 'info' });
  }
  if (r.claimedAt) events.push({ key: 'claimed', title: 'Claimed', at: r.claimedAt, detail: money(r.claimedAmount), tone: 'warning' });
  if (r.status === 'PAID') {
    const released = r.approvedAmount != null && r.paidAmount != null && r.paidAmount < r.approvedAmount ? r.approvedAmount - r.paidAmount : 0;
    events.push({
      key: 'paid',
      title: 'Paid',
      at: r.paidAt,
      detail: `${money(r.paidAmount)}${released ? `; ${money(released)} returned to the fund` : ''}`,
      tone: 'ok',
    });
  }
  if (r.status === 'CLAIM_REJECTED') {
    events.push({
      key: 'claim-rejected',
      title: r.claimedAt ? 'Claim rejected' : 'Released (not claimed in time)',
      at: null,
      detail: [r.decisionReason, r.approvedAmount ? `${money(r.approvedAmount)} returned to the fund` : null].filter(Boolean).join('; '),
      tone: 'danger',
    });
  }
  return events;
}

/** What a partner can do next with a request, for its list and detail. */
export function mdfNextStep(r: Pick<MdfRequestLike, 'status'>): string {
  switch (r.status) {
    case 'SUBMITTED':
      return 'Your partner manager decides on it.';
    case 'APPROVED':
      return 'Run the activity, then claim with proof of performance.';
    case 'CLAIMED':
      return 'Your partner manager checks the proof and pays.';
    case 'PAID':
      return 'Done.';
    case 'REJECTED':
    case 'CLAIM_REJECTED':
      return 'Closed.';
    default:
      return assertUnreachable(r.status, 'MDF status');
  }
}

export interface PaidRequestRow {
  partner: { name: string };
  quarter: string;
  activity: string;
  approvedAmount: number | null;
  paidAmount: number | null;
  paidAt: string | null;
}

/** CSV of MDF payments: amounts in currency units with a currency column (spreadsheet-safe). */
export function mdfPaymentsCsv(rows: readonly PaidRequestRow[], currency: string): string {
  return toCsv(
    ['partner', 'quarter', 'activity', 'approved', 'paid', 'currency', 'paidAt'],
    rows.map((r) => [
      r.partner.name,
      r.quarter,
      r.activity,
      r.approvedAmount == null ? '' : minorToInput(r.approvedAmount, currency),
      r.paidAmount == null ? '' : minorToInput(r.paidAmount, currency),
      currency,
      r.paidAt ?? '',
    ]),
  );
}
