import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { PartnerEvent } from '../partner-events/partner-event.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { UPDATE_PROFILE, COMPLETE_PROFILE, t, as, firstError, fieldPaths, freshPartner, completedAt, completeProfile, useOnboardingApi } from './onboarding.fixture.js';

/** updatePartnerProfile and the PROFILE_COMPLETED step. */
useOnboardingApi();

// ------------------------------------------------------------------ updatePartnerProfile

describe('updatePartnerProfile', () => {
  it('a partner admin edits its own profile without partnerId: trimmed, email lower-cased, regions de-duplicated; audited', async () => {
    const f = await freshPartner('technology');
    const { updatePartnerProfile } = await f.adminClient.ok(UPDATE_PROFILE, {
      input: { description: '  Integrations for CRMs  ', logoUrl: ' https://cdn.example.com/l.svg ', regions: [' EMEA ', 'EMEA', 'APAC', ''], contactName: ' Pat ', contactEmail: ' Pat@Partner.Example ' },
    });
    expect(updatePartnerProfile).toEqual({
      id: f.partner.id,
      status: 'ONBOARDING',
      description: 'Integrations for CRMs',
      logoUrl: 'https://cdn.example.com/l.svg',
      regions: ['EMEA', 'APAC'],
      contactName: 'Pat',
      contactEmail: 'pat@partner.example',
    });
    const row = await t.em().findOneOrFail(Partner, { id: f.partner.id });
    expect(row).toMatchObject({ description: 'Integrations for CRMs', regions: ['EMEA', 'APAC'], contactEmail: 'pat@partner.example' });
    const entries = await t.em().find(AuditEntry, { action: 'partner.profile_updated', entityId: f.partner.id });
    expect(entries).toHaveLength(1);
    expect(entries[0].actorId).toBe(f.admin.id);
    expect(JSON.parse(entries[0].after!)).toMatchObject({ description: 'Integrations for CRMs', contactName: 'Pat' });
    // And with its own id.
    expect((await f.adminClient.ok(UPDATE_PROFILE, { input: { ...COMPLETE_PROFILE, contactName: 'Sam' }, partnerId: f.partner.id })).updatePartnerProfile.contactName).toBe('Sam');
  });

  it("with another partner's id: NOT_FOUND, and that profile is unchanged", async () => {
    const f = await freshPartner('technology');
    const victim = await freshPartner('agency');
    expect(await f.adminClient.code(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: victim.partner.id })).toBe('NOT_FOUND');
    expect(await f.adminClient.code(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    const row = await t.em().findOneOrFail(Partner, { id: victim.partner.id });
    expect(row.description ?? null).toBeNull();
    expect(row.contactName ?? null).toBeNull();
    expect(await completedAt(victim.adminClient, 'complete-profile')).toBeNull();
    expect(await t.em().count(AuditEntry, { action: 'partner.profile_updated', entityId: victim.partner.id })).toBe(0);
  });

  it('a rep is FORBIDDEN; anonymous callers must sign in', async () => {
    const f = await freshPartner('technology');
    expect(await f.repClient.code(UPDATE_PROFILE, { input: COMPLETE_PROFILE })).toBe('FORBIDDEN');
    expect(await f.repClient.code(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: f.partner.id })).toBe('FORBIDDEN');
    expect(await t.anon.code(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: f.partner.id })).toBe('UNAUTHENTICATED');
    expect(await completedAt(f.adminClient, 'complete-profile')).toBeNull();
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)('%s must name the partner (BAD_USER_INPUT on partnerId), then may edit any', async (role) => {
    const f = await freshPartner('referral');
    const res = await as[role].gql(UPDATE_PROFILE, { input: COMPLETE_PROFILE });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['partnerId']);
    const { updatePartnerProfile } = await as[role].ok(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: f.partner.id });
    expect(updatePartnerProfile).toMatchObject({ id: f.partner.id, ...COMPLETE_PROFILE });
    expect(await as[role].code(UPDATE_PROFILE, { input: COMPLETE_PROFILE, partnerId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['a bad email', 'input.contactEmail', { contactEmail: 'not-an-email' }],
    ['an http logo URL', 'input.logoUrl', { logoUrl: 'http://cdn.example.com/logo.png' }],
    ['a javascript: logo URL', 'input.logoUrl', { logoUrl: 'javascript:alert(1)' }],
    ['too many regions', 'input.regions', { regions: Array.from({ length: 21 }, (_, i) => `Region ${i}`) }],
    ['a region over 60 characters', 'input.regions', { regions: ['r'.repeat(61)] }],
    ['a description over 2000 characters', 'input.description', { description: 'd'.repeat(2001) }],
    ['a contact name over 120 characters', 'input.contactName', { contactName: 'n'.repeat(121) }],
  ])('%s is BAD_USER_INPUT on %s; nothing changes', async (_label, path, change) => {
    const f = await freshPartner('technology');
    const res = await f.adminClient.gql(UPDATE_PROFILE, { input: { ...COMPLETE_PROFILE, ...change } });
    expect(firstError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual([path]);
    const row = await t.em().findOneOrFail(Partner, { id: f.partner.id });
    expect(row.description ?? null).toBeNull();
    expect(row.regions).toEqual([]);
    expect(await completedAt(f.adminClient, 'complete-profile')).toBeNull();
    expect(await t.em().count(PartnerEvent, { partnerId: f.partner.id })).toBe(0);
    expect(await t.em().count(AuditEntry, { action: 'partner.profile_updated', entityId: f.partner.id })).toBe(0);
  });

  it('reports every bad field at once', async () => {
    const f = await freshPartner('technology');
    const res = await f.adminClient.gql(UPDATE_PROFILE, { input: { ...COMPLETE_PROFILE, contactEmail: 'nope', logoUrl: 'http://x.example' } });
    expect(fieldPaths(res).sort()).toEqual(['input.contactEmail', 'input.logoUrl']);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no description', { description: '  ' }],
    ['no region', { regions: [] }],
    ['only blank regions', { regions: [' ', ''] }],
    ['no contact name', { contactName: null }],
    ['no contact email', { contactEmail: null }],
  ])('an incomplete profile (%s) is saved but does not complete the step', async (_label, change) => {
    const f = await freshPartner('technology');
    await f.adminClient.ok(UPDATE_PROFILE, { input: { ...COMPLETE_PROFILE, ...change } });
    expect(await completedAt(f.adminClient, 'complete-profile')).toBeNull();
    expect(await t.em().count(PartnerEvent, { partnerId: f.partner.id, kind: 'PROFILE_COMPLETED' })).toBe(0);
    // Completing it later does.
    await completeProfile(f.adminClient);
    expect(await completedAt(f.adminClient, 'complete-profile')).not.toBeNull();
  });
});
