import { describe, expect, it } from 'vitest';
import { homePathFor, navFor } from './navigation';

const paths = (role: Parameters<typeof navFor>[0]) => navFor(role).map((i) => i.to);

/** The console's pages in menu order, as a vendor admin sees them. */
const EVERY_CONSOLE_PAGE = [
  '/console/partners',
  '/console/deals',
  '/console/mdf',
  '/console/program',
  '/console/reviews',
  '/console/certifications',
  '/console/scoreboard',
  '/console/direct-accounts',
  '/console/invite',
  '/console/audit',
];

describe('navigation by role', () => {
  it('sends vendor staff to the console and partner users home', () => {
    expect(homePathFor('VENDOR_ADMIN')).toBe('/console');
    expect(homePathFor('PARTNER_MANAGER')).toBe('/console');
    expect(homePathFor('PARTNER_ADMIN')).toBe('/portal');
    expect(homePathFor('PARTNER_REP')).toBe('/portal');
  });

  it('gives vendor admins every console page', () => {
    expect(paths('VENDOR_ADMIN')).toEqual(EVERY_CONSOLE_PAGE);
  });

  it('hides vendor-admin-only links from managers', () => {
    expect(paths('PARTNER_MANAGER')).toEqual(EVERY_CONSOLE_PAGE.filter((p) => p !== '/console/invite'));
  });

  it('gives partner admins the team page, reps no console link at all', () => {
    expect(paths('PARTNER_ADMIN')).toEqual(['/portal', '/portal/deals', '/portal/certifications', '/portal/mdf', '/portal/earnings', '/portal/tiers', '/portal/team', '/portal/profile']);
    expect(paths('PARTNER_REP')).toEqual(['/portal', '/portal/deals', '/portal/certifications', '/portal/mdf', '/portal/earnings', '/portal/tiers', '/portal/team']);
    expect(paths('PARTNER_REP').some((p) => p.startsWith('/console'))).toBe(false);
  });
});
