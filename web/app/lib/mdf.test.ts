import { describe, expect, it } from 'vitest';
import { MdfFundDocument, MdfQueueDocument, MdfRequestDetailDocument, PartnerMdfDocument } from '~/gql/graphql';
import { fundSegments, mdfPaymentsCsv, mdfTimeline } from './mdf';

const base = {
  requestedAmount: 300_000,
  approvedAmount: null,
  claimedAmount: null,
  paidAmount: null,
  createdAt: '2026-10-02T10:00:00Z',
  decidedAt: null,
  claimedAt: null,
  paidAt: null,
  decisionReason: null,
};

describe('MDF', () => {
  it('splits a fund into paid, committed and available', () => {
    const s = fundSegments({ allocated: 1_000_000, committed: 250_000, paid: 300_000, available: 450_000 });
    expect(s.map((x) => [x.key, x.share])).toEqual([
      ['paid', 0.3],
      ['committed', 0.25],
      ['available', 0.45],
    ]);
    expect(fundSegments({ allocated: 0, committed: 0, paid: 0, available: 0 }).every((x) => x.share === 0)).toBe(true);
  });

  it('tells the history of a paid request, with what returned to the fund', () => {
    const events = mdfTimeline(
      {
        ...base,
        status: 'PAID',
        approvedAmount: 250_000,
        claimedAmount: 250_000,
        paidAmount: 200_000,
        decidedAt: '2026-10-03T10:00:00Z',
        claimedAt: '2026-10-20T10:00:00Z',
        paidAt: '2026-10-22T10:00:00Z',
      },
      'USD',
    );
    expect(events.map((e) => e.key)).toEqual(['requested', 'approved', 'claimed', 'paid']);
    expect(events[1].detail).toBe('$2,500.00 (part of the $3,000.00 requested)');
    expect(events[3].detail).toBe('$2,000.00; $500.00 returned to the fund');
  });

  it('ends a rejected request at the rejection', () => {
    const events = mdfTimeline({ ...base, status: 'REJECTED', decidedAt: '2026-10-03T10:00:00Z', decisionReason: 'Out of scope' });
    expect(events.map((e) => [e.key, e.detail])).toEqual([
      ['requested', '$3,000.00'],
      ['rejected', 'Out of scope'],
    ]);
  });

  it('exports payments as CSV in currency units', () => {
    const csv = mdfPaymentsCsv(
      [{ partner: { name: 'Brightpath, Agency' }, quarter: '2026-Q4', activity: '=cmd', approvedAmount: 300_000, paidAmount: 250_050, paidAt: '2026-10-22T10:00:00.000Z' }],
      'USD',
    );
    expect(csv).toBe('partner,quarter,activity,approved,paid,currency,paidAt\r\n"Brightpath, Agency",2026-Q4,\'=cmd,3000.00,2500.50,USD,2026-10-22T10:00:00.000Z\r\n');
  });
});

describe('MDF documents', () => {
  it('spread the shared fragments in the portal and the console alike', () => {
    for (const document of [PartnerMdfDocument, MdfQueueDocument, MdfRequestDetailDocument]) expect(document.toString()).toContain('...MdfRequestFields');
    expect(MdfFundDocument.toString()).toContain('...MdfFundFields');
  });
});
