import { describe, expect, it } from 'vitest';
import { checkInput, fieldMessages } from './input-check.js';
import { mdfAdjustArgs, mdfApproveArgs, mdfClaimInput, mdfFundArgs, mdfPayArgs, mdfRejectArgs, mdfRequestInput } from './mdf-inputs.js';

const messages = (result: ReturnType<typeof checkInput>) => (result.ok ? {} : fieldMessages(result.fields));

describe('mdfRequestInput', () => {
  const schema = mdfRequestInput('2026-Q4');

  it('trims, defaults the quarter to the current one and blanks an empty description', () => {
    expect(checkInput(schema, { activity: ' Webinar ', description: '  ', amount: 1000 })).toEqual({
      ok: true,
      value: { activity: 'Webinar', description: null, amount: 1000, quarter: '2026-Q4' },
    });
  });

  it('reports every bad field at once, under the prefix', () => {
    expect(messages(checkInput(schema, { activity: '  ', description: 'd'.repeat(2001), amount: 0, quarter: 'Q5' }, 'input'))).toEqual({
      'input.activity': 'Required.',
      'input.description': 'At most 2000 characters.',
      'input.amount': 'The amount must be above zero.',
      'input.quarter': 'Use a quarter like 2026-Q4.',
    });
  });

  it('accepts this quarter up to four ahead, not a past one nor five ahead', () => {
    expect(checkInput(schema, { activity: 'A', amount: 1, quarter: '2027-Q4' }).ok).toBe(true);
    expect(checkInput(schema, { activity: 'A', amount: 1, quarter: '' })).toMatchObject({ ok: true, value: { quarter: '2026-Q4' } });
    expect(messages(checkInput(schema, { activity: 'A', amount: 1, quarter: '2026-Q3' }))).toEqual({ quarter: 'That quarter is over; request from this quarter or a later one.' });
    expect(messages(checkInput(schema, { activity: 'A', amount: 1, quarter: '2028-Q1' }))).toEqual({ quarter: 'Request at most four quarters ahead.' });
  });
});

describe('decisions', () => {
  it('approves all by default, or part up to the request', () => {
    const schema = mdfApproveArgs(100_000, 'USD');
    expect(checkInput(schema, { amount: null })).toEqual({ ok: true, value: { amount: 100_000 } });
    expect(checkInput(schema, { amount: 40_000 })).toEqual({ ok: true, value: { amount: 40_000 } });
    for (const amount of [0, -5, 100_001]) expect(messages(checkInput(schema, { amount }))).toEqual({ amount: 'Approve up to the $1,000.00 requested.' });
  });

  it('pays at most the claim and never more than approved', () => {
    const schema = mdfPayArgs(90_000, 200_000, 'USD');
    expect(checkInput(schema, {})).toEqual({ ok: true, value: { amount: 90_000 } });
    expect(messages(checkInput(schema, { amount: 90_001 }))).toEqual({ amount: 'Pay up to $900.00 (the claim, at most the approved amount).' });
    expect(messages(checkInput(mdfPayArgs(300_000, 200_000, 'USD'), { amount: 200_001 })).amount).toMatch(/\$2,000\.00/);
  });

  it('needs a reason to reject', () => {
    expect(messages(checkInput(mdfRejectArgs, { reason: '   ' }))).toEqual({ reason: 'Required.' });
    expect(checkInput(mdfRejectArgs, { reason: ' No budget ' })).toEqual({ ok: true, value: { reason: 'No budget' } });
  });
});

describe('mdfClaimInput', () => {
  const schema = mdfClaimInput(120_000, 'USD');

  it('keeps each attachment once', () => {
    expect(checkInput(schema, { amount: 120_000, attachmentIds: ['a', 'b', 'a'], results: ' 42 leads ' })).toEqual({
      ok: true,
      value: { amount: 120_000, attachmentIds: ['a', 'b'], results: '42 leads' },
    });
  });

  it('reports the amount, the attachments and the results at once', () => {
    expect(messages(checkInput(schema, { amount: 120_001, attachmentIds: [], results: 'r'.repeat(4001) }, 'input'))).toEqual({
      'input.amount': 'Claim up to the $1,200.00 approved.',
      'input.attachmentIds': 'Attach at least one proof of performance (PDF, PNG or JPEG).',
      'input.results': 'At most 4000 characters.',
    });
    const many = Array.from({ length: 21 }, (_, i) => `id-${i}`);
    expect(messages(checkInput(schema, { amount: 1, attachmentIds: many }))).toEqual({ attachmentIds: 'Attach at most 20 files.' });
  });
});

describe('allocations and quarters', () => {
  it('takes zero or more, a quarter and a reason', () => {
    expect(checkInput(mdfAdjustArgs, { quarter: '2026-Q4', allocated: 0, reason: 'Cut' }).ok).toBe(true);
    expect(Object.keys(messages(checkInput(mdfAdjustArgs, { quarter: 'Q5', allocated: -1, reason: ' ' })))).toEqual(['quarter', 'allocated', 'reason']);
  });

  it('refuses a malformed quarter of the fund query', () => {
    expect(checkInput(mdfFundArgs, { quarter: null }).ok).toBe(true);
    expect(checkInput(mdfFundArgs, { quarter: '' })).toEqual({ ok: true, value: { quarter: null } });
    for (const quarter of ['Q5', '2026-Q5', '2026-Q0', '2026Q1', 'next quarter']) expect(messages(checkInput(mdfFundArgs, { quarter }))).toEqual({ quarter: 'Use a quarter like 2026-Q4.' });
  });
});
