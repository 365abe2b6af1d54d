import { describe, expect, it } from 'vitest';
import { certifiedCount, pathProgress } from './enablement';
import { parseProfileForm, profileIsComplete, splitRegions } from './profile';

describe('profile form', () => {
  it('splits regions and drops duplicates', () => {
    expect(splitRegions(' North America, DACH;dach\nNordics,, ')).toEqual(['North America', 'DACH', 'Nordics']);
  });

  it('accepts several region inputs too', () => {
    const f = new FormData();
    f.append('regions', 'EMEA');
    f.append('regions', 'APAC');
    f.set('contactEmail', 'Ann@Example.com');
    const r = parseProfileForm(f);
    expect(r.ok && r.input).toEqual({ description: null, logoUrl: null, regions: ['EMEA', 'APAC'], contactName: null, contactEmail: 'ann@example.com' });
  });

  it('names bad fields', () => {
    const f = new FormData();
    f.set('logoUrl', 'http://insecure.example/logo.png');
    f.set('contactEmail', 'not-an-email');
    const r = parseProfileForm(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['contactEmail', 'logoUrl']);
  });

  it('knows when the profile completes the onboarding step', () => {
    const full = { description: 'We integrate.', logoUrl: null, regions: ['EMEA'], contactName: 'Ann', contactEmail: 'ann@example.com' };
    expect(profileIsComplete(full)).toBe(true);
    expect(profileIsComplete({ ...full, regions: [] })).toBe(false);
    expect(profileIsComplete({ ...full, contactEmail: null })).toBe(false);
  });
});

describe('enablement helpers', () => {
  const path = { modules: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
  it('says where a user stands on a path', () => {
    expect(pathProgress(path, null)).toEqual({ status: 'NOT_STARTED', done: 0, total: 3, nextModuleId: 'a' });
    expect(pathProgress(path, { status: 'IN_PROGRESS', completedModuleIds: ['a', 'x'] })).toEqual({ status: 'IN_PROGRESS', done: 1, total: 3, nextModuleId: 'b' });
    expect(pathProgress(path, { status: 'CERTIFIED', completedModuleIds: ['a', 'b', 'c'] }).done).toBe(3);
  });

  it('counts people with a valid certification', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    const users = [
      { certifications: [{ status: 'CERTIFIED', expiresAt: '2031-01-01T00:00:00Z' }] },
      { certifications: [{ status: 'CERTIFIED', expiresAt: '2029-01-01T00:00:00Z' }, { status: 'IN_PROGRESS' }] },
      { certifications: [] },
    ];
    expect(certifiedCount(users, now)).toBe(1);
  });
});
