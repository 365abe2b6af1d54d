import { graphql } from '~/gql';

/**
 * GraphQL fragments per entity, shared by the portal and console documents.
 * Fragment masking is off (web/codegen.ts): a document spreads a fragment by
 * name and its result type carries the fields inline. Documents differ from
 * one another only where the roles differ: a partner's deal document never
 * asks for `conflicts` (FORBIDDEN for partner users); the console's adds them.
 */

/** A whole program (published or draft): rules, tracks, tiers, onboarding. */
graphql(`
  fragment ProgramFields on Program {
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
    tracks {
      id
      key
      name
      motion
      incentiveModel
      tiers {
        id
        key
        name
        rank
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
      onboardingSteps {
        id
        key
        title
        description
        completion
      }
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
