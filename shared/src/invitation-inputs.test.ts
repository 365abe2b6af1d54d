import { describe, expect, it } from 'vitest';
import { checkInput } from './input-check.js';
import { acceptInvitationInput, invitePartnerProblem, inviteInput, loginInput } from './invitation-inputs.js';

describe('invite input', () => {
  it('normalises the email and blank partner ids', () => {
    expect(checkInput(inviteInput, { email: ' Ann@Acme.COM ', role: 'PARTNER_ADMIN', partnerId: ' ' })).toEqual({
      ok: true,
      value: { email: 'ann@acme.com', role: 'PARTNER_ADMIN', partnerId: null },
    });
  });

  it('tells a missing email from a bad one, and checks the role', () => {
    const r = checkInput(inviteInput, { email: '', role: 'KING' });
    expect(r.ok === false && r.fields).toEqual([
      { path: 'email', message: 'Enter an email address.' },
      { path: 'role', message: 'Choose a role.' },
    ]);
    expect(checkInput(inviteInput, { email: 'nope', role: 'PARTNER_REP' })).toMatchObject({ ok: false, fields: [{ path: 'email', message: 'Enter a valid email address.' }] });
  });

  it('partner users belong to a partner, vendor staff to none', () => {
    expect(invitePartnerProblem('PARTNER_REP', null)?.path).toBe('partnerId');
    expect(invitePartnerProblem('VENDOR_ADMIN', 'p1')?.message).toBe('Vendor staff do not belong to a partner.');
    expect(invitePartnerProblem('PARTNER_REP', 'p1')).toBeNull();
    expect(invitePartnerProblem('PARTNER_MANAGER', null)).toBeNull();
  });
});

describe('acceptInvitation input', () => {
  it('keeps the password rules and names both fields at once', () => {
    const r = checkInput(acceptInvitationInput, { name: '  ', password: '123456789' });
    expect(r.ok === false && r.fields).toEqual([
      { path: 'name', message: 'Enter your name.' },
      { path: 'password', message: 'Use at least 10 characters.' },
    ]);
    expect(checkInput(acceptInvitationInput, { name: ' Ada ', password: '0123456789' })).toEqual({ ok: true, value: { name: 'Ada', password: '0123456789' } });
    expect(checkInput(acceptInvitationInput, { name: 'n'.repeat(121), password: 'p'.repeat(257) })).toMatchObject({ ok: false, fields: [{ path: 'name' }, { path: 'password' }] });
  });
});

describe('login input', () => {
  it('needs both, and nothing more', () => {
    expect(checkInput(loginInput, { email: ' ', password: '' })).toMatchObject({ ok: false, fields: [{ path: 'email' }, { path: 'password' }] });
    expect(checkInput(loginInput, { email: 'A@B.co', password: 'x' })).toEqual({ ok: true, value: { email: 'a@b.co', password: 'x' } });
  });
});
