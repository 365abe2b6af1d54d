import { describe, expect, it } from 'vitest';
import { can, invitableRoles, PERMISSIONS } from './permissions.js';
import { ROLES } from './roles.js';

describe('permission vocabulary', () => {
  it.each([
    ['VENDOR_ADMIN', 'program:publish', true],
    ['PARTNER_MANAGER', 'program:publish', false],
    ['PARTNER_MANAGER', 'partner:create', true],
    ['PARTNER_ADMIN', 'partner:create', false],
    ['PARTNER_ADMIN', 'user:invite', true],
    ['PARTNER_REP', 'user:invite', false],
    ['PARTNER_MANAGER', 'partner:offboard', false],
    ['PARTNER_REP', 'deal:register', true],
    ['VENDOR_ADMIN', 'deal:register', false],
  ] as const)('%s %s -> %s', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it('denies everything to nobody', () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) expect(can(null, permission)).toBe(false);
  });

  it('lets partner admins invite only partner roles, reps nobody', () => {
    expect(invitableRoles('PARTNER_ADMIN')).toEqual(['PARTNER_ADMIN', 'PARTNER_REP']);
    expect(invitableRoles('PARTNER_REP')).toEqual([]);
    expect(invitableRoles('VENDOR_ADMIN')).toEqual([...ROLES]);
  });
});
