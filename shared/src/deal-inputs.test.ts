import { describe, expect, it } from 'vitest';
import { closeDealInput, customerDomainHost, importDirectAccountsInput, registerDealInput, rejectDealInput } from './deal-inputs.js';
import { checkInput, fieldMessages } from './input-check.js';

const now = new Date('2030-01-01T12:00:00Z');
const DAY = 24 * 3600 * 1000;
const valid = {
  customerName: '  Acme Corp ',
  customerDomain: 'https://www.acme.com/about',
  amount: 7_000_000,
  expectedCloseDate: new Date('2031-05-01T00:00:00Z'),
  attribution: 'SOURCED',
  notes: '  ',
};

function problems(result: ReturnType<typeof checkInput>): Record<string, string> {
  return result.ok ? {} : fieldMessages(result.fields);
}

describe('registerDealInput', () => {
  it('trims the name, reads the domain, turns blank notes into null', () => {
    expect(checkInput(registerDealInput({ now }), valid)).toEqual({
      ok: true,
      value: { ...valid, customerName: 'Acme Corp', customerDomain: 'www.acme.com', notes: null },
    });
    const registrable = registerDealInput({ now, domainOf: (raw) => (raw.includes('acme') ? 'acme.com' : null) });
    expect(checkInput(registrable, valid)).toMatchObject({ ok: true, value: { customerDomain: 'acme.com' } });
  });

  it('names every bad field in one pass, under the prefix', () => {
    const bad = { customerName: ' ', customerDomain: 'acme', amount: 0, expectedCloseDate: new Date(now.getTime() - 2 * DAY), attribution: 'BOUGHT', notes: 'n'.repeat(2001) };
    expect(problems(checkInput(registerDealInput({ now }), bad, 'input'))).toEqual({
      'input.customerName': 'Enter the customer’s company name.',
      'input.customerDomain': 'Enter the customer’s web domain, e.g. acme.com.',
      'input.amount': 'The amount must be above zero.',
      'input.expectedCloseDate': 'The expected close date cannot be in the past.',
      'input.attribution': 'Choose how you are involved in this deal.',
      'input.notes': 'At most 2000 characters.',
    });
  });

  it('allows a close date from today up to five years ahead, and refuses broken text', () => {
    const schema = registerDealInput({ now });
    expect(checkInput(schema, { ...valid, expectedCloseDate: new Date('2030-01-01T00:00:00Z') }).ok).toBe(true);
    expect(checkInput(schema, { ...valid, expectedCloseDate: new Date('2035-01-01T00:00:00Z') }).ok).toBe(true);
    expect(problems(checkInput(schema, { ...valid, expectedCloseDate: new Date('2036-01-02T00:00:00Z'), customerName: 'x'.repeat(201), notes: 'bad \u0000' }))).toEqual({
      expectedCloseDate: 'The expected close date is more than five years away.',
      customerName: 'At most 200 characters.',
      notes: expect.stringContaining('NUL'),
    });
  });
});

describe('rejectDealInput', () => {
  it('needs a reason, trimmed', () => {
    expect(problems(checkInput(rejectDealInput, { reason: '  ' }))).toEqual({ reason: 'Say why the registration is rejected.' });
    expect(problems(checkInput(rejectDealInput, { reason: 'r'.repeat(2001) }))).toEqual({ reason: 'At most 2000 characters.' });
    expect(checkInput(rejectDealInput, { reason: ' Duplicate ' })).toEqual({ ok: true, value: { reason: 'Duplicate' } });
  });
});

describe('closeDealInput', () => {
  const registeredAt = new Date('2029-12-15T16:00:00Z');

  it('takes a won amount for a won deal only', () => {
    expect(checkInput(closeDealInput({ now, won: true, registeredAt }), { amount: 5 }).ok).toBe(true);
    expect(checkInput(closeDealInput({ now, won: true, registeredAt }), { amount: null }).ok).toBe(true);
    expect(problems(checkInput(closeDealInput({ now, won: true }), { amount: 0 }))).toEqual({ amount: 'The won amount must be above zero.' });
    expect(problems(checkInput(closeDealInput({ now, won: false }), { amount: 5 }))).toEqual({ amount: 'A lost deal has no won amount.' });
    expect(checkInput(closeDealInput({ now, won: false }), {}).ok).toBe(true);
  });

  it('refuses a close date in the future or before the registration day, with the amount in one pass', () => {
    const schema = closeDealInput({ now, won: true, registeredAt });
    expect(checkInput(schema, { closedAt: new Date('2029-12-15T00:00:00Z') }).ok).toBe(true);
    expect(problems(checkInput(schema, { amount: 0, closedAt: new Date(now.getTime() + DAY) }))).toEqual({
      amount: 'The won amount must be above zero.',
      closedAt: 'The close date cannot be in the future.',
    });
    expect(problems(checkInput(schema, { closedAt: new Date('2029-12-14T00:00:00Z') }))).toEqual({ closedAt: 'The close date cannot be before the registration.' });
    expect(problems(checkInput(schema, { closedAt: new Date(Number.NaN) }))).toEqual({ closedAt: 'Give a valid close date.' });
  });
});

describe('importDirectAccountsInput', () => {
  it('refuses a file over 2 MB', () => {
    expect(checkInput(importDirectAccountsInput, { csv: 'domain,name\nacme.com,Acme' }).ok).toBe(true);
    expect(problems(checkInput(importDirectAccountsInput, { csv: 'x'.repeat(2 * 1024 * 1024 + 1) }))).toEqual({ csv: 'The file is larger than 2 MB.' });
  });
});

describe('customerDomainHost', () => {
  it('reads a domain, URL or email, and refuses what cannot be a public web domain', () => {
    expect(customerDomainHost('Acme.com')).toBe('acme.com');
    expect(customerDomainHost('https://www.acme.co.uk/about?x=1')).toBe('www.acme.co.uk');
    expect(customerDomainHost('jane@acme.io')).toBe('acme.io');
    expect(customerDomainHost('acme.com:8080/x')).toBe('acme.com');
    for (const bad of ['acme', 'localhost', '10.0.0.1', 'http://192.168.1.1/', 'acme corp.com', 'acme..com', '-acme.com', 'acme.c']) {
      expect(customerDomainHost(bad), bad).toBeNull();
    }
  });
});
