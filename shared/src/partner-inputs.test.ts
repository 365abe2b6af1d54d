import { describe, expect, it } from 'vitest';
import { checkInput } from './input-check.js';
import { createPartnerInput, partnerProfileInput } from './partner-inputs.js';
import { normaliseDomain } from './partners.js';

const paths = (r: ReturnType<typeof checkInput>) => (r.ok ? [] : r.fields.map((f) => f.path).sort());

describe('createPartner input', () => {
  it('trims the name, normalises the domain and turns blanks into null', () => {
    expect(checkInput(createPartnerInput, { name: ' Acme ', domain: 'https://www.Acme.com/about', trackKey: 'agency', managerId: '' })).toEqual({
      ok: true,
      value: { name: 'Acme', domain: 'acme.com', trackKey: 'agency', managerId: null },
    });
    expect(checkInput(createPartnerInput, { name: 'Acme', domain: '  ', trackKey: 'agency' })).toMatchObject({ ok: true, value: { domain: null, managerId: null } });
  });

  it('names every bad field at once, under the prefix', () => {
    const r = checkInput(createPartnerInput, { name: '  ', domain: 'not a domain', trackKey: '' }, 'input');
    expect(paths(r)).toEqual(['input.domain', 'input.name', 'input.trackKey']);
    expect(paths(checkInput(createPartnerInput, { name: 'N'.repeat(121), domain: 'localhost', trackKey: 'x' }))).toEqual(['domain', 'name']);
  });

  it('normalises domains as people type them', () => {
    expect(normaliseDomain('acme.co.uk.')).toBe('acme.co.uk');
    expect(normaliseDomain(' HTTP://www.example.com?x=1')).toBe('example.com');
  });
});

describe('updatePartnerProfile input', () => {
  it('trims, lower-cases the email and dedupes regions', () => {
    const r = checkInput(partnerProfileInput, { description: ' We ', logoUrl: '', regions: [' EMEA', 'EMEA', ' '], contactName: null, contactEmail: 'Ann@Example.com' });
    expect(r).toEqual({ ok: true, value: { description: 'We', logoUrl: null, regions: ['EMEA'], contactName: null, contactEmail: 'ann@example.com' } });
  });

  it('keeps the limits and wording', () => {
    const r = checkInput(partnerProfileInput, {
      description: 'd'.repeat(2001),
      logoUrl: 'http://insecure.example/logo.png',
      regions: Array.from({ length: 21 }, (_, i) => `R${i}`),
      contactName: 'n'.repeat(121),
      contactEmail: 'not-an-email',
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(Object.fromEntries(r.fields.map((f) => [f.path, f.message]))).toEqual({
        description: 'At most 2000 characters.',
        logoUrl: 'Use an https:// address.',
        regions: 'At most 20 regions of 60 characters.',
        contactName: 'At most 120 characters.',
        contactEmail: 'Enter a valid email address.',
      });
  });
});
