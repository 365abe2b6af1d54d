import { describe, expect, it } from 'vitest';
import { countdown, dateInputToIso, formatDuration, parseCloseForm, parseDealForm, statusesFromParams } from './deals';

const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

const valid = {
  customerName: 'Acme Corp',
  customerDomain: 'acme.com',
  amount: '70000.00',
  expectedCloseDate: '2031-05-01',
  attribution: 'SOURCED',
  notes: '',
};

describe('parseDealForm', () => {
  it('builds the registration input with minor units and a UTC date', () => {
    const r = parseDealForm(form(valid), 'USD', '2030-01-01');
    expect(r).toEqual({
      ok: true,
      values: valid,
      input: {
        customerName: 'Acme Corp',
        customerDomain: 'acme.com',
        amount: 7_000_000,
        expectedCloseDate: '2031-05-01T00:00:00.000Z',
        attribution: 'SOURCED',
        notes: null,
      },
    });
  });

  it('names every bad field and keeps what was typed', () => {
    const typed = { customerName: ' ', customerDomain: '', amount: '70k', expectedCloseDate: '2020-01-01', attribution: 'BOUGHT', notes: 'keep me' };
    const r = parseDealForm(form(typed), 'USD', '2030-01-01');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['amount', 'attribution', 'customerDomain', 'customerName', 'expectedCloseDate']);
      expect(r.values).toEqual(typed);
    }
  });

  it('rejects an impossible date', () => {
    const r = parseDealForm(form({ ...valid, expectedCloseDate: '2031-02-30' }), 'USD', '2030-01-01');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.expectedCloseDate).toBeTruthy();
  });
});

describe('dates and durations', () => {
  it('reads yyyy-mm-dd as UTC midnight', () => {
    expect(dateInputToIso('2030-12-31')).toBe('2030-12-31T00:00:00.000Z');
    expect(dateInputToIso('31/12/2030')).toBeNull();
  });

  it('says how long in at most two units', () => {
    expect(formatDuration(30_000)).toBe('less than a minute');
    expect(formatDuration(5 * 60_000)).toBe('5 minutes');
    expect(formatDuration(3 * 3600_000 + 10 * 60_000)).toBe('3 hours 10 minutes');
    expect(formatDuration(26 * 3600_000)).toBe('1 day 2 hours');
    expect(formatDuration(90 * 86400_000)).toBe('90 days');
  });

  it('counts down to a deadline and says when it is overdue', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(countdown('2030-01-02T00:00:00Z', now)).toEqual({ overdue: false, text: '1 day left', ms: 86400_000 });
    expect(countdown('2029-12-31T22:00:00Z', now)?.text).toBe('overdue by 2 hours');
    expect(countdown(null, now)).toBeNull();
  });
});

describe('filters and close form', () => {
  it('keeps valid statuses in canonical order', () => {
    expect(statusesFromParams(new URLSearchParams('status=WON&status=NOPE&status=SUBMITTED'))).toEqual(['SUBMITTED', 'WON']);
  });

  it('reads the close form', () => {
    expect(parseCloseForm(form({ intent: 'won', amount: '65,000.00' }), 'USD')).toEqual({ ok: true, won: true, amount: 6_500_000 });
    expect(parseCloseForm(form({ intent: 'won', amount: '' }), 'USD')).toEqual({ ok: true, won: true, amount: null });
    expect(parseCloseForm(form({ intent: 'lost', amount: '5' }), 'USD')).toEqual({ ok: true, won: false, amount: null });
    expect(parseCloseForm(form({ intent: 'won', amount: 'lots' }), 'USD').ok).toBe(false);
  });
});
