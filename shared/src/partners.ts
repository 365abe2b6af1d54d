import type { StateMachine } from './state-machine.js';

export const PARTNER_STATUSES = ['ONBOARDING', 'ACTIVE', 'OFFBOARDED'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** A partner becomes ACTIVE when its onboarding is done; offboarding ends it from either. */
export const PARTNER_MACHINE: StateMachine<PartnerStatus> = {
  subject: 'partner',
  transitions: {
    ONBOARDING: ['ACTIVE', 'OFFBOARDED'],
    ACTIVE: ['OFFBOARDED'],
    OFFBOARDED: [],
  },
};

/** A company's web domain as stored: lower case, no scheme, path or "www.". */
export const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A domain as people type it ("https://www.Acme.com/about") reduced to "acme.com". */
export function normaliseDomain(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}
