import { can, isPartnerRole, isVendorRole, type Permission, type Role } from '@tierwise/shared';

/** Where `/` sends a signed-in user: partner users home, vendor staff the console. */
export function homePathFor(role: Role): string {
  return isVendorRole(role) ? '/console' : '/portal';
}

export interface NavItem {
  to: string;
  label: string;
  /** Match only this exact path (not its children). */
  end?: boolean;
}

interface NavRule extends NavItem {
  permission: Permission;
  partnerOnly?: boolean;
  vendorOnly?: boolean;
}

const NAV: NavRule[] = [
  { to: '/portal', label: 'Home', permission: 'partner:read-own', partnerOnly: true, end: true },
  { to: '/portal/team', label: 'Team', permission: 'user:invite', partnerOnly: true },
  { to: '/console/partners', label: 'Partners', permission: 'partner:read-all', vendorOnly: true },
  { to: '/console/program', label: 'Program', permission: 'program:read-draft', vendorOnly: true },
  { to: '/console/invite', label: 'Invite a user', permission: 'user:invite-vendor-staff', vendorOnly: true },
  { to: '/console/audit', label: 'Audit log', permission: 'audit:read', vendorOnly: true },
];

/** The navigation of a role: only links it can use. */
export function navFor(role: Role): NavItem[] {
  return NAV.filter(
    (item) =>
      can(role, item.permission) &&
      (!item.partnerOnly || isPartnerRole(role)) &&
      (!item.vendorOnly || isVendorRole(role)),
  ).map(({ to, label, end }) => ({ to, label, end }));
}
