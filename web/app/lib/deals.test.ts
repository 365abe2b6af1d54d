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

  it('reports in one pass what the API would refuse too: a bare word or IP as domain, a date over five years away, broken text', () => {
    const typed = { ...valid, customerName: 'Acme\u0000', customerDomain: 'acme', amount: 'fifty', expectedCloseDate: '2036-01-02', notes: 'bad \u0000' };
    const r = parseDealForm(form(typed), 'USD', '2030-01-01');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['amount', 'customerDomain', 'customerName', 'expectedCloseDate', 'notes']);
      expect(r.errors.expectedCloseDate).toBe('The expected close date is more than five years away.');
    }
    // Five years ahead is still fine (the API allows 5 × 366 days).
    expect(parseDealForm(form({ ...valid, expectedCloseDate: '2035-01-01' }), 'USD', '2030-01-01').ok).toBe(true);
  });

  it('reads the customer domain with the shared reading (tested in shared/src/deal-inputs.test.ts)', () => {
    expect(parseDealForm(form({ ...valid, customerDomain: 'https://www.acme.co.uk/about?x=1' }), 'USD', '2030-01-01').ok).toBe(true);
    const bare = parseDealForm(form({ ...valid, customerDomain: 'acme' }), 'USD', '2030-01-01');
    expect(bare.ok ? null : bare.errors).toEqual({ customerDomain: 'Enter the customer’s web domain, e.g. acme.com.' });
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
    const today = '2026-12-01';
    expect(parseCloseForm(form({ intent: 'won', amount: '65,000.00' }), 'USD', { today })).toMatchObject({ ok: true, won: true, amount: 6_500_000 });
    expect(parseCloseForm(form({ intent: 'won', amount: '' }), 'USD', { today })).toMatchObject({ ok: true, won: true, amount: null });
    expect(parseCloseForm(form({ intent: 'lost', amount: '5' }), 'USD', { today })).toMatchObject({ ok: true, won: false, amount: null });
    expect(parseCloseForm(form({ intent: 'won', amount: 'lots' }), 'USD', { today }).ok).toBe(false);
  });

  it('reads the close date: blank or today means now, a past day is sent, the future and before the registration are refused', () => {
    const opts = { today: '2026-12-01', registeredOn: '2026-10-15' };
    expect(parseCloseForm(form({ intent: 'won' }), 'USD', opts)).toMatchObject({ ok: true, closedAt: null, closedOn: '2026-12-01', confirmed: false });
    expect(parseCloseForm(form({ intent: 'won', closedOn: '2026-12-01' }), 'USD', opts)).toMatchObject({ ok: true, closedAt: null });
    expect(parseCloseForm(form({ intent: 'lost', closedOn: '2026-11-20', confirm: 'yes' }), 'USD', opts)).toMatchObject({
      ok: true,
      closedAt: '2026-11-20T00:00:00.000Z',
      confirmed: true,
    });
    expect(parseCloseForm(form({ intent: 'won', closedOn: '2026-12-02' }), 'USD', opts)).toMatchObject({ ok: false, errors: { closedOn: 'The close date cannot be in the future.' } });
    expect(parseCloseForm(form({ intent: 'won', closedOn: '2026-10-14' }), 'USD', opts)).toMatchObject({
      ok: false,
      errors: { closedOn: 'The close date cannot be before the registration.' },
    });
    expect(parseCloseForm(form({ intent: 'won', closedOn: '2026-02-30' }), 'USD', opts)).toMatchObject({ ok: false, errors: { closedOn: 'Enter a date as yyyy-mm-dd.' } });
  });

  it('reports every close-form problem in one pass', () => {
    const parsed = parseCloseForm(form({ intent: 'won', amount: 'lots', closedOn: '2099-01-01' }), 'USD', { today: '2026-12-01' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.errors).sort()).toEqual(['amount', 'closedOn']);
  });
});

describe('the same wording as the API', () => {
  it('checks the registration with the shared schema after converting what was typed', () => {
    const r = parseDealForm(form({ ...valid, customerName: 'x'.repeat(201), customerDomain: 'localhost', notes: 'n'.repeat(2001) }), 'USD', '2030-01-01');
    expect(r.ok ? null : r.errors).toEqual({
      customerName: 'At most 200 characters.',
      customerDomain: 'Enter the customer’s web domain, e.g. acme.com.',
      notes: 'At most 2000 characters.',
    });
    // What was typed wins over the schema's own wording when it cannot be converted.
    const blank = parseDealForm(form({ ...valid, amount: '', expectedCloseDate: '' }), 'USD', '2030-01-01');
    expect(blank.ok ? null : blank.errors).toEqual({ amount: 'Enter an amount.', expectedCloseDate: 'Enter the date you expect the deal to close.' });
  });

  it('checks the won amount as the API does, with the close date in one pass', () => {
    const parsed = parseCloseForm(form({ intent: 'won', amount: '20,000,000,000.00', closedOn: '2026-12-02' }), 'USD', { today: '2026-12-01' });
    expect(parsed.ok ? null : parsed.errors).toEqual({
      amount: expect.stringMatching(/^The won amount may be at most/),
      closedOn: 'The close date cannot be in the future.',
    });
  });
});
