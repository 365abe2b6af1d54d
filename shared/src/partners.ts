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
