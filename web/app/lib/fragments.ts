import { graphql } from '~/gql';

/**
 * GraphQL fragments per entity, shared by the portal and console documents.
 * Fragment masking is off (web/codegen.ts): a document spreads a fragment by
 * name and its result type carries the fields inline. Documents differ from
 * one another only where the roles differ: a partner's deal document never
 * asks for `conflicts` (FORBIDDEN for partner users); the console's adds them.
 */

/** A tier as a badge shows it. */
graphql(`
  fragment TierRef on Tier {
    key
    name
    rank
  }
`);

/** A tier with what it takes and what it gives. */
graphql(`
  fragment TierFields on Tier {
    id
    ...TierRef
    criteria {
      metric
      threshold
      windowDays
    }
    benefits {
      kind
      value
    }
  }
`);

/** An onboarding step of a track. */
graphql(`
  fragment OnboardingStepFields on OnboardingStep {
    id
    key
    title
    description
    completion
  }
`);

/** A track without its tiers and steps: what a partner's card shows. */
graphql(`
  fragment TrackSummary on Track {
    id
    key
    name
    motion
    incentiveModel
  }
`);

/** The program's own settings, without its tracks. */
graphql(`
  fragment ProgramRules on Program {
    id
    version
    name
    currency
    targetMetric
    reviewCadenceMonths
    dealProtectionDays
    dealReviewSlaHours
    mdfClaimWindowDays
    publishedAt
  }
`);

/** A whole program (published or draft): rules, tracks, tiers, onboarding. */
graphql(`
  fragment ProgramFields on Program {
    ...ProgramRules
    tracks {
      ...TrackSummary
      tiers {
        ...TierFields
      }
      onboardingSteps {
        ...OnboardingStepFields
      }
    }
  }
`);

/** A partner in a list of tiers (scoreboard exceptions, inactive partners). */
graphql(`
  fragment PartnerTierRow on Partner {
    id
    name
    track {
      name
    }
    tier {
      ...TierRef
    }
  }
`);

/** One finding of the program design check. */
graphql(`
  fragment LintFindingFields on LintFinding {
    severity
    rule
    path
    message
  }
`);

/** A deal registration as a row or a comparison: what both roles may see. */
graphql(`
  fragment DealSummary on DealRegistration {
    id
    customerName
    customerDomain
    amount
    attribution
    status
    createdAt
    reviewDueAt
    decidedAt
    expectedCloseDate
    protectionEndsAt
  }
`);

/** A deal registration's page, for both roles (no `conflicts`: the console document adds them). */
graphql(`
  fragment DealDetail on DealRegistration {
    ...DealSummary
    rejectionReason
    closedAt
    wonAmount
    notes
    submittedBy {
      name
    }
  }
`);

/** An MDF request as both roles see it (the console document adds the partner and attachments). */
graphql(`
  fragment MdfRequestFields on MdfRequest {
    id
    activity
    description
    quarter
    status
    requestedAmount
    approvedAmount
    claimedAmount
    paidAmount
    createdAt
    decidedAt
    claimedAt
    paidAt
    claimDueAt
    claimResults
    decisionReason
  }
`);

/** A partner's MDF fund for one quarter, as both roles see it. */
graphql(`
  fragment MdfFundFields on MdfFund {
    quarter
    allocated
    committed
    paid
    available
  }
`);

/** A partner as a row or a card: name, status, track, tier, manager, override (the console's list and detail). */
graphql(`
  fragment PartnerCard on Partner {
    id
    name
    domain
    status
    track {
      key
      name
    }
    tier {
      key
      name
      rank
    }
    manager {
      id
      name
    }
    tierOverride {
      at
      reason
      pinnedUntil
    }
  }
`);

/** A certification path as lists and editors show it (never with answers: examAnswerKey has them). */
graphql(`
  fragment CertificationPathSummary on CertificationPath {
    id
    key
    name
    trackKey
    validityDays
    passingScore
    modules {
      id
      kind
      title
    }
  }
`);

/** The caller's own certification on a path: where they stand. */
graphql(`
  fragment MyCertificationFields on Certification {
    id
    status
    completedModuleIds
    certifiedAt
    expiresAt
    path {
      id
    }
  }
`);

/** A partner's user with their certifications, for the team and enablement pages. */
graphql(`
  fragment TeamMember on User {
    id
    name
    email
    role
    certifications {
      id
      status
      certifiedAt
      expiresAt
      completedModuleIds
      path {
        id
        name
        modules {
          id
        }
      }
    }
  }
`);

/** Where a keyset page stands: every paged list asks for it the same way. */
graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);
