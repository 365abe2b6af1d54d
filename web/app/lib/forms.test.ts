import { describe, expect, it } from 'vitest';
import { invitationUrl, parseInviteForm } from './invite';
import { normaliseDomain, parseCreatePartnerForm } from './partner-form';

const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

describe('invite form', () => {
  const all = ['VENDOR_ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'] as const;

  it('accepts a partner user with a partner', () => {
    expect(parseInviteForm(form({ email: ' Ann@Acme.COM ', role: 'PARTNER_ADMIN', partnerId: 'p1' }), all)).toEqual({
      ok: true,
      input: { email: 'ann@acme.com', role: 'PARTNER_ADMIN', partnerId: 'p1' },
    });
  });

  it('accepts vendor staff without a partner', () => {
    const result = parseInviteForm(form({ email: 'bo@vendor.com', role: 'PARTNER_MANAGER', partnerId: '' }), all);
    expect(result).toEqual({ ok: true, input: { email: 'bo@vendor.com', role: 'PARTNER_MANAGER', partnerId: null } });
  });

  it('names the bad fields', () => {
    const result = parseInviteForm(form({ email: 'nope', role: 'PARTNER_REP' }), all);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['email', 'partnerId']);
    const vendorWithPartner = parseInviteForm(form({ email: 'a@b.co', role: 'VENDOR_ADMIN', partnerId: 'p1' }), all);
    expect(vendorWithPartner.ok === false && vendorWithPartner.errors.partnerId).toBeTruthy();
  });

  it('refuses roles the inviter may not give', () => {
    const result = parseInviteForm(form({ email: 'a@b.co', role: 'VENDOR_ADMIN' }), ['PARTNER_ADMIN', 'PARTNER_REP'], 'p1');
    expect(result.ok === false && result.errors.role).toBe('Choose a role.');
  });

  it('uses the fixed partner of a partner admin, whatever the form says', () => {
    const result = parseInviteForm(form({ email: 'a@b.co', role: 'PARTNER_REP', partnerId: 'other' }), ['PARTNER_REP'], 'mine');
    expect(result.ok && result.input.partnerId).toBe('mine');
  });

  it('builds the link from the request origin', () => {
    expect(invitationUrl('https://portal.example.com/console/invite?x=1', 'a b/c')).toBe('https://portal.example.com/invite/a%20b%2Fc');
  });
});

describe('create partner form', () => {
  it('normalises domains', () => {
    expect(normaliseDomain('https://www.Acme.com/about')).toBe('acme.com');
    expect(normaliseDomain('acme.co.uk.')).toBe('acme.co.uk');
  });

  it('maps "me" to my user id and empty domain to null', () => {
    expect(parseCreatePartnerForm(form({ name: ' Acme ', domain: '', trackKey: 'agency', manager: 'me' }), 'u1')).toEqual({
      ok: true,
      input: { name: 'Acme', domain: null, trackKey: 'agency', managerId: 'u1' },
    });
  });

  it('names missing and bad fields', () => {
    const result = parseCreatePartnerForm(form({ name: '', domain: 'not a domain', trackKey: '' }), 'u1');
    expect(result.ok === false && Object.keys(result.errors).sort()).toEqual(['domain', 'name', 'trackKey']);
  });
});
