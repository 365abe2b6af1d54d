import { describe, expect, it } from 'vitest';
import { checkAdjustForm, checkApproveForm, checkClaimForm, checkPayForm, checkRejectForm, checkRequestForm } from './mdf-forms';

describe('MDF forms', () => {
  it('converts the request form and shows every error at once', () => {
    expect(checkRequestForm({ activity: 'Webinar', description: '', amount: '12,000.50', quarter: '2026-Q4' }, 'USD', '2026-Q4')).toEqual({
      ok: true,
      value: { activity: 'Webinar', description: null, amount: 1_200_050, quarter: '2026-Q4' },
    });
    const bad = checkRequestForm({ activity: '', description: 'd'.repeat(2001), amount: 'twelve', quarter: '2026-Q2' }, 'USD', '2026-Q4');
    expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual(['activity', 'amount', 'description', 'quarter']);
    expect(bad.ok ? null : bad.errors.amount).toMatch(/Enter a number/);
  });

  it('caps approvals at the request and payments at the claim, in money', () => {
    expect(checkApproveForm('500.00', 100_000, 'USD')).toEqual({ ok: true, value: { amount: 50_000 } });
    expect(checkApproveForm('1000.01', 100_000, 'USD')).toEqual({ ok: false, errors: { amount: 'Approve up to the $1,000.00 requested.' } });
    expect(checkApproveForm('', 100_000, 'USD')).toEqual({ ok: false, errors: { amount: 'Enter an amount.' } });
    expect(checkPayForm('900.01', 90_000, 200_000, 'USD')).toEqual({ ok: false, errors: { amount: 'Pay up to $900.00 (the claim, at most the approved amount).' } });
  });

  it('needs a reason to reject and to adjust, and lets an allocation be zero', () => {
    expect(checkRejectForm('  ')).toEqual({ ok: false, errors: { reason: 'Required.' } });
    expect(checkAdjustForm({ allocated: '0', reason: 'Cut' }, '2026-Q4', 'USD')).toEqual({ ok: true, value: { quarter: '2026-Q4', allocated: 0, reason: 'Cut' } });
    const bad = checkAdjustForm({ allocated: '-1', reason: '' }, '2026-Q4', 'USD');
    expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual(['allocated', 'reason']);
  });

  it('checks a claim: amount, attachments and results together', () => {
    const bad = checkClaimForm({ amount: '1200.01', results: 'r'.repeat(4001) }, [], 120_000, 'USD');
    expect(bad).toEqual({
      ok: false,
      errors: {
        amount: 'Claim up to the $1,200.00 approved.',
        attachmentIds: 'Attach at least one proof of performance (PDF, PNG or JPEG).',
        results: 'At most 4000 characters.',
      },
    });
    expect(checkClaimForm({ amount: '1,200', results: '' }, ['u1', 'u1'], 120_000, 'USD')).toEqual({ ok: true, value: { amount: 120_000, attachmentIds: ['u1'], results: null } });
  });
});
