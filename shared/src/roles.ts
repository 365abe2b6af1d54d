export const ROLES = ['VENDOR_ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN', 'PARTNER_REP'] as const;
export type Role = (typeof ROLES)[number];

export const VENDOR_ROLES: readonly Role[] = ['VENDOR_ADMIN', 'PARTNER_MANAGER'];
export const PARTNER_ROLES: readonly Role[] = ['PARTNER_ADMIN', 'PARTNER_REP'];

export function isVendorRole(role: Role): boolean {
  return VENDOR_ROLES.includes(role);
}

export function isPartnerRole(role: Role): boolean {
  return PARTNER_ROLES.includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  VENDOR_ADMIN: 'Vendor admin',
  PARTNER_MANAGER: 'Partner manager',
  PARTNER_ADMIN: 'Partner admin',
  PARTNER_REP: 'Partner rep',
};
