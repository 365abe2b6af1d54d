import type { ProgramDoc } from './program.js';

/**
 * The demo program: three partner types, each with its own motion, incentive
 * and two-tier ladder, serving one target metric (partner-sourced pipeline).
 * Used by the demo seed, the tests and the console's "start from the example".
 */
export const DEMO_PROGRAM: ProgramDoc = {
  name: 'Tierwise Partner Program',
  currency: 'USD',
  targetMetric: 'SOURCED_PIPELINE',
  reviewCadenceMonths: 3,
  dealProtectionDays: 90,
  dealReviewSlaHours: 48,
  tracks: [
    {
      key: 'technology',
      name: 'Technology partners',
      motion: 'Build an integration with our platform and co-sell it to shared customers.',
      incentiveModel: 'CO_SELL_CREDIT',
      tiers: [
        {
          key: 'registered',
          name: 'Registered',
          criteria: [],
          benefits: [
            { kind: 'CO_SELL_CREDIT_BPS', value: 300 },
            { kind: 'DEAL_PROTECTION_DAYS', value: 90 },
            { kind: 'MDF_PER_QUARTER', value: 500_000 },
          ],
        },
        {
          key: 'premier',
          name: 'Premier',
          criteria: [
            { metric: 'SOURCED_PIPELINE', threshold: 25_000_000 },
            { metric: 'CERTIFIED_REPS', threshold: 2 },
          ],
          benefits: [
            { kind: 'CO_SELL_CREDIT_BPS', value: 600 },
            { kind: 'DEAL_PROTECTION_DAYS', value: 120 },
            { kind: 'MDF_PER_QUARTER', value: 1_500_000 },
            { kind: 'DEDICATED_PARTNER_MANAGER', value: 1 },
          ],
        },
      ],
      onboardingSteps: [
        { key: 'sign-agreement', title: 'Sign the partner agreement', description: 'Read and accept the technology partner terms.', completion: 'MANUAL' },
        { key: 'complete-profile', title: 'Complete your company profile', description: 'Description, regions and a contact.', completion: 'PROFILE_COMPLETED' },
        { key: 'first-certification', title: 'Certify your first engineer', description: 'Pass the integration certification.', completion: 'FIRST_CERTIFICATION' },
      ],
    },
    {
      key: 'agency',
      name: 'Agencies',
      motion: 'Sell our product as part of your services engagements and resell the licences.',
      incentiveModel: 'RESALE_MARGIN',
      tiers: [
        {
          key: 'select',
          name: 'Select',
          criteria: [],
          benefits: [
            { kind: 'RESALE_MARGIN_BPS', value: 1000 },
            { kind: 'DEAL_PROTECTION_DAYS', value: 90 },
            { kind: 'MDF_PER_QUARTER', value: 250_000 },
          ],
        },
        {
          key: 'elite',
          name: 'Elite',
          criteria: [
            { metric: 'SOURCED_PIPELINE', threshold: 15_000_000 },
            { metric: 'DEALS_WON', threshold: 3 },
            { metric: 'CERTIFIED_REPS', threshold: 2 },
          ],
          benefits: [
            { kind: 'RESALE_MARGIN_BPS', value: 1500 },
            { kind: 'DEAL_PROTECTION_DAYS', value: 120 },
            { kind: 'MDF_PER_QUARTER', value: 1_000_000 },
            { kind: 'PRIORITY_SUPPORT', value: 1 },
          ],
        },
      ],
      onboardingSteps: [
        { key: 'sign-agreement', title: 'Sign the reseller agreement', description: 'Read and accept the agency terms.', completion: 'MANUAL' },
        { key: 'complete-profile', title: 'Complete your company profile', description: 'Description, regions and a contact.', completion: 'PROFILE_COMPLETED' },
        { key: 'first-certification', title: 'Certify your first consultant', description: 'Pass the sales certification.', completion: 'FIRST_CERTIFICATION' },
        { key: 'first-deal', title: 'Register your first deal', description: 'Protect an opportunity you are working on.', completion: 'FIRST_DEAL_REGISTERED' },
      ],
    },
    {
      key: 'referral',
      name: 'Referral partners',
      motion: 'Introduce customers to our sales team and earn a fee for every won deal you sourced.',
      incentiveModel: 'REFERRAL_FEE',
      tiers: [
        {
          key: 'member',
          name: 'Member',
          criteria: [],
          benefits: [
            { kind: 'REFERRAL_FEE', value: 50_000 },
            { kind: 'DEAL_PROTECTION_DAYS', value: 60 },
          ],
        },
        {
          key: 'preferred',
          name: 'Preferred',
          criteria: [
            { metric: 'SOURCED_PIPELINE', threshold: 5_000_000 },
            { metric: 'DEALS_WON', threshold: 2 },
          ],
          benefits: [
            { kind: 'REFERRAL_FEE', value: 100_000 },
            { kind: 'DEAL_PROTECTION_DAYS', value: 90 },
          ],
        },
      ],
      onboardingSteps: [
        { key: 'sign-agreement', title: 'Accept the referral terms', description: null, completion: 'MANUAL' },
        { key: 'first-deal', title: 'Refer your first customer', description: 'Register the deal so it is protected.', completion: 'FIRST_DEAL_REGISTERED' },
      ],
    },
  ],
};
