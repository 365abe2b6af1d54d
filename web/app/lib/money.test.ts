import { describe, expect, it } from 'vitest';
import { currencyDigits, minorToInput, parseMoneyInput } from './money';

describe('parseMoneyInput', () => {
  it('converts currency units to integer minor units without floating point', () => {
    expect(parseMoneyInput('70000.00')).toEqual({ ok: true, minor: 7_000_000 });
    expect(parseMoneyInput('70000')).toEqual({ ok: true, minor: 7_000_000 });
    expect(parseMoneyInput('0.29')).toEqual({ ok: true, minor: 29 });
    expect(parseMoneyInput('1.1')).toEqual({ ok: true, minor: 110 });
    expect(parseMoneyInput('19.99')).toEqual({ ok: true, minor: 1999 });
  });

  it('accepts thousands separators, spaces and a currency sign', () => {
    expect(parseMoneyInput('70,000.00')).toEqual({ ok: true, minor: 7_000_000 });
    expect(parseMoneyInput('1,250,000.5')).toEqual({ ok: true, minor: 125_000_050 });
    expect(parseMoneyInput(' $ 70 000 ')).toEqual({ ok: true, minor: 7_000_000 });
    expect(parseMoneyInput('EUR 12.00', 'EUR')).toEqual({ ok: true, minor: 1200 });
  });

  it('rejects bad numbers with a message', () => {
    for (const bad of ['', 'abc', '12.345', '-5', '1.2.3', '7,00', '12e3', '0', '0.00', '1,2345']) {
      const r = parseMoneyInput(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(3);
    }
  });

  it('rejects amounts beyond a safe integer', () => {
    expect(parseMoneyInput('99999999999999999').ok).toBe(false);
  });

  it('follows the currency’s minor digits', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(parseMoneyInput('7000', 'JPY')).toEqual({ ok: true, minor: 7000 });
    expect(parseMoneyInput('7000.5', 'JPY').ok).toBe(false);
  });

  it('allows zero when asked', () => {
    expect(parseMoneyInput('0', 'USD', { allowZero: true })).toEqual({ ok: true, minor: 0 });
  });
});

describe('minorToInput', () => {
  it('round-trips with parseMoneyInput', () => {
    expect(minorToInput(7_000_000)).toBe('70000.00');
    expect(minorToInput(5)).toBe('0.05');
    expect(minorToInput(7000, 'JPY')).toBe('7000');
    for (const n of [1, 99, 100, 123456789, 7_000_000]) {
      expect(parseMoneyInput(minorToInput(n))).toEqual({ ok: true, minor: n });
    }
  });
});
