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
  { to: '/portal/deals', label: 'Deals', permission: 'deal:register', partnerOnly: true },
  { to: '/portal/certifications', label: 'Certifications', permission: 'certification:take', partnerOnly: true },
  { to: '/portal/mdf', label: 'MDF', permission: 'mdf:request', partnerOnly: true },
  { to: '/portal/earnings', label: 'Earnings', permission: 'partner:read-own', partnerOnly: true },
  { to: '/portal/tiers', label: 'How tiers work', permission: 'partner:read-own', partnerOnly: true },
  { to: '/portal/team', label: 'Team', permission: 'partner:read-own', partnerOnly: true },
  { to: '/portal/profile', label: 'Profile', permission: 'partner:edit-profile', partnerOnly: true },
  { to: '/console/partners', label: 'Partners', permission: 'partner:read-all', vendorOnly: true },
  { to: '/console/deals', label: 'Registrations', permission: 'deal:review', vendorOnly: true },
  { to: '/console/mdf', label: 'MDF', permission: 'mdf:review', vendorOnly: true },
  { to: '/console/program', label: 'Program', permission: 'program:read-draft', vendorOnly: true },
  { to: '/console/reviews', label: 'Tier review', permission: 'tier-review:preview', vendorOnly: true },
  { to: '/console/certifications', label: 'Certifications', permission: 'program:read-draft', vendorOnly: true },
  { to: '/console/scoreboard', label: 'Scoreboard', permission: 'scoreboard:read', vendorOnly: true },
  { to: '/console/direct-accounts', label: 'Direct accounts', permission: 'direct-account:import', vendorOnly: true },
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
