import type { Role } from './roles.js';

/**
 * The one permission vocabulary. The API's auth checker enforces it; the web
 * uses it only to hide what a role cannot do (the API stays the authority).
 */
export const PERMISSIONS = {
  'program:read-draft': ['VENDOR_ADMIN', 'PARTNER_MANAGER'],
  'program:edit': ['VENDOR_ADMIN'],
  'program:publish': ['VENDOR_ADMIN'],
  'partner:read-all': ['VENDOR_ADMIN', 'PARTNER_MANAGER'],
  'partner:create': ['VENDOR_ADMIN', 'PARTNER_MANAGER'],
  'partner:override-tier': ['VENDOR_ADMIN', 'PARTNER_MANAGER'],
  'partner:offboard': ['VENDOR_ADMIN'],
  'partner:read-own': ['PARTNER_ADMIN', 'PARTNER_REP'],
  'onboarding:complete': ['PARTNER_ADMIN', 'PARTNER_REP'],
  'partner:edit-profile': ['VENDOR_ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN'],
  'user:invite': ['VENDOR_ADMIN', 'PARTNER_ADMIN'],
  'user:invite-vendor-staff': ['VENDOR_ADMIN'],
  'audit:read': ['VENDOR_ADMIN', 'PARTNER_MANAGER'],
  'deal:register': ['PARTNER_ADMIN', 'PARTNER_REP'],
  'deal:review': ['VENDOR_ADMIN', 'PARTNER_MANAGER'],
  'deal:close': ['VENDOR_ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'],
  'direct-account:import': ['VENDOR_ADMIN', 'PARTNER_MANAGER'],
  'certification:edit': ['VENDOR_ADMIN'],
  'certification:take': ['PARTNER_ADMIN', 'PARTNER_REP'],
  'mdf:request': ['PARTNER_ADMIN', 'PARTNER_REP'],
  'mdf:review': ['VENDOR_ADMIN', 'PARTNER_MANAGER'],
  'tier-review:preview': ['VENDOR_ADMIN', 'PARTNER_MANAGER'],
  'tier-review:apply': ['VENDOR_ADMIN'],
  'scoreboard:read': ['VENDOR_ADMIN', 'PARTNER_MANAGER'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Roles a user of `inviterRole` may invite. */
export function invitableRoles(inviterRole: Role): Role[] {
  if (inviterRole === 'VENDOR_ADMIN') return ['VENDOR_ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'];
  if (inviterRole === 'PARTNER_ADMIN') return ['PARTNER_ADMIN', 'PARTNER_REP'];
  return [];
}
