/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      partner {\n        id\n        name\n        status\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Invite($email: String!, $role: Role!, $partnerId: ID) {\n    invite(email: $email, role: $role, partnerId: $partnerId) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n": typeof types.InviteDocument,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            name\n            email\n          }\n          action\n          entityType\n          entityId\n          before\n          after\n          reason\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query InvitePartnerChoices {\n    partners(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.InvitePartnerChoicesDocument,
    "\n  query PartnerDetail($id: ID!) {\n    program {\n      currency\n    }\n    partner(id: $id) {\n      id\n      name\n      domain\n      status\n      track {\n        key\n        name\n        motion\n        incentiveModel\n      }\n      tier {\n        key\n        name\n        rank\n        benefits {\n          kind\n          value\n        }\n      }\n      manager {\n        id\n        name\n        email\n      }\n      progress {\n        nextTier {\n          key\n          name\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        atRisk\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n        }\n      }\n    }\n  }\n": typeof types.PartnerDetailDocument,
    "\n  mutation OffboardPartner($partnerId: ID!, $reason: String!) {\n    offboardPartner(partnerId: $partnerId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.OffboardPartnerDocument,
    "\n  query Partners($first: Int, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          domain\n          status\n          track {\n            key\n            name\n          }\n          tier {\n            key\n            name\n            rank\n          }\n          manager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  query CreatePartnerTracks {\n    program {\n      version\n      tracks {\n        key\n        name\n        incentiveModel\n        tiers {\n          key\n          name\n        }\n      }\n    }\n  }\n": typeof types.CreatePartnerTracksDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  fragment ProgramFields on Program {\n    id\n    version\n    name\n    currency\n    targetMetric\n    reviewCadenceMonths\n    dealProtectionDays\n    dealReviewSlaHours\n    publishedAt\n    tracks {\n      id\n      key\n      name\n      motion\n      incentiveModel\n      tiers {\n        id\n        key\n        name\n        rank\n        criteria {\n          metric\n          threshold\n          windowDays\n        }\n        benefits {\n          kind\n          value\n        }\n      }\n      onboardingSteps {\n        id\n        key\n        title\n        description\n        completion\n      }\n    }\n  }\n": typeof types.ProgramFieldsFragmentDoc,
    "\n  query ProgramPage {\n    program {\n      ...ProgramFields\n    }\n    programDraft {\n      ...ProgramFields\n    }\n    programLint {\n      severity\n      rule\n      path\n      message\n    }\n  }\n": typeof types.ProgramPageDocument,
    "\n  mutation SaveProgramDraft($input: ProgramInput!) {\n    saveProgramDraft(input: $input) {\n      version\n    }\n  }\n": typeof types.SaveProgramDraftDocument,
    "\n  query ProgramLint {\n    programLint {\n      severity\n      rule\n      path\n      message\n    }\n  }\n": typeof types.ProgramLintDocument,
    "\n  mutation PublishProgram {\n    publishProgram {\n      version\n      publishedAt\n    }\n  }\n": typeof types.PublishProgramDocument,
    "\n  query PartnerHome {\n    program {\n      currency\n    }\n    myPartner {\n      id\n      name\n      domain\n      status\n      track {\n        key\n        name\n        motion\n        incentiveModel\n      }\n      tier {\n        key\n        name\n        rank\n      }\n      progress {\n        currentTier {\n          key\n          name\n          rank\n        }\n        nextTier {\n          key\n          name\n          rank\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        benefitsGained {\n          kind\n          value\n        }\n        atRisk\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n          description\n          completion\n        }\n      }\n    }\n  }\n": typeof types.PartnerHomeDocument,
    "\n  mutation CompleteOnboardingStep($stepKey: String!) {\n    completeOnboardingStep(stepKey: $stepKey) {\n      completedAt\n    }\n  }\n": typeof types.CompleteOnboardingStepDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      role\n      partnerName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      partner {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Invite($email: String!, $role: Role!, $partnerId: ID) {\n    invite(email: $email, role: $role, partnerId: $partnerId) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n": types.InviteDocument,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            name\n            email\n          }\n          action\n          entityType\n          entityId\n          before\n          after\n          reason\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query InvitePartnerChoices {\n    partners(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": types.InvitePartnerChoicesDocument,
    "\n  query PartnerDetail($id: ID!) {\n    program {\n      currency\n    }\n    partner(id: $id) {\n      id\n      name\n      domain\n      status\n      track {\n        key\n        name\n        motion\n        incentiveModel\n      }\n      tier {\n        key\n        name\n        rank\n        benefits {\n          kind\n          value\n        }\n      }\n      manager {\n        id\n        name\n        email\n      }\n      progress {\n        nextTier {\n          key\n          name\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        atRisk\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n        }\n      }\n    }\n  }\n": types.PartnerDetailDocument,
    "\n  mutation OffboardPartner($partnerId: ID!, $reason: String!) {\n    offboardPartner(partnerId: $partnerId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.OffboardPartnerDocument,
    "\n  query Partners($first: Int, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          domain\n          status\n          track {\n            key\n            name\n          }\n          tier {\n            key\n            name\n            rank\n          }\n          manager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PartnersDocument,
    "\n  query CreatePartnerTracks {\n    program {\n      version\n      tracks {\n        key\n        name\n        incentiveModel\n        tiers {\n          key\n          name\n        }\n      }\n    }\n  }\n": types.CreatePartnerTracksDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  fragment ProgramFields on Program {\n    id\n    version\n    name\n    currency\n    targetMetric\n    reviewCadenceMonths\n    dealProtectionDays\n    dealReviewSlaHours\n    publishedAt\n    tracks {\n      id\n      key\n      name\n      motion\n      incentiveModel\n      tiers {\n        id\n        key\n        name\n        rank\n        criteria {\n          metric\n          threshold\n          windowDays\n        }\n        benefits {\n          kind\n          value\n        }\n      }\n      onboardingSteps {\n        id\n        key\n        title\n        description\n        completion\n      }\n    }\n  }\n": types.ProgramFieldsFragmentDoc,
    "\n  query ProgramPage {\n    program {\n      ...ProgramFields\n    }\n    programDraft {\n      ...ProgramFields\n    }\n    programLint {\n      severity\n      rule\n      path\n      message\n    }\n  }\n": types.ProgramPageDocument,
    "\n  mutation SaveProgramDraft($input: ProgramInput!) {\n    saveProgramDraft(input: $input) {\n      version\n    }\n  }\n": types.SaveProgramDraftDocument,
    "\n  query ProgramLint {\n    programLint {\n      severity\n      rule\n      path\n      message\n    }\n  }\n": types.ProgramLintDocument,
    "\n  mutation PublishProgram {\n    publishProgram {\n      version\n      publishedAt\n    }\n  }\n": types.PublishProgramDocument,
    "\n  query PartnerHome {\n    program {\n      currency\n    }\n    myPartner {\n      id\n      name\n      domain\n      status\n      track {\n        key\n        name\n        motion\n        incentiveModel\n      }\n      tier {\n        key\n        name\n        rank\n      }\n      progress {\n        currentTier {\n          key\n          name\n          rank\n        }\n        nextTier {\n          key\n          name\n          rank\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        benefitsGained {\n          kind\n          value\n        }\n        atRisk\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n          description\n          completion\n        }\n      }\n    }\n  }\n": types.PartnerHomeDocument,
    "\n  mutation CompleteOnboardingStep($stepKey: String!) {\n    completeOnboardingStep(stepKey: $stepKey) {\n      completedAt\n    }\n  }\n": types.CompleteOnboardingStepDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      role\n      partnerName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      partner {\n        id\n        name\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Invite($email: String!, $role: Role!, $partnerId: ID) {\n    invite(email: $email, role: $role, partnerId: $partnerId) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            name\n            email\n          }\n          action\n          entityType\n          entityId\n          before\n          after\n          reason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitePartnerChoices {\n    partners(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvitePartnerChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDetail($id: ID!) {\n    program {\n      currency\n    }\n    partner(id: $id) {\n      id\n      name\n      domain\n      status\n      track {\n        key\n        name\n        motion\n        incentiveModel\n      }\n      tier {\n        key\n        name\n        rank\n        benefits {\n          kind\n          value\n        }\n      }\n      manager {\n        id\n        name\n        email\n      }\n      progress {\n        nextTier {\n          key\n          name\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        atRisk\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OffboardPartner($partnerId: ID!, $reason: String!) {\n    offboardPartner(partnerId: $partnerId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OffboardPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners($first: Int, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          domain\n          status\n          track {\n            key\n            name\n          }\n          tier {\n            key\n            name\n            rank\n          }\n          manager {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreatePartnerTracks {\n    program {\n      version\n      tracks {\n        key\n        name\n        incentiveModel\n        tiers {\n          key\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePartnerTracksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreatePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramFields on Program {\n    id\n    version\n    name\n    currency\n    targetMetric\n    reviewCadenceMonths\n    dealProtectionDays\n    dealReviewSlaHours\n    publishedAt\n    tracks {\n      id\n      key\n      name\n      motion\n      incentiveModel\n      tiers {\n        id\n        key\n        name\n        rank\n        criteria {\n          metric\n          threshold\n          windowDays\n        }\n        benefits {\n          kind\n          value\n        }\n      }\n      onboardingSteps {\n        id\n        key\n        title\n        description\n        completion\n      }\n    }\n  }\n"): typeof import('./graphql').ProgramFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramPage {\n    program {\n      ...ProgramFields\n    }\n    programDraft {\n      ...ProgramFields\n    }\n    programLint {\n      severity\n      rule\n      path\n      message\n    }\n  }\n"): typeof import('./graphql').ProgramPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProgramDraft($input: ProgramInput!) {\n    saveProgramDraft(input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql').SaveProgramDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramLint {\n    programLint {\n      severity\n      rule\n      path\n      message\n    }\n  }\n"): typeof import('./graphql').ProgramLintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProgram {\n    publishProgram {\n      version\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').PublishProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerHome {\n    program {\n      currency\n    }\n    myPartner {\n      id\n      name\n      domain\n      status\n      track {\n        key\n        name\n        motion\n        incentiveModel\n      }\n      tier {\n        key\n        name\n        rank\n      }\n      progress {\n        currentTier {\n          key\n          name\n          rank\n        }\n        nextTier {\n          key\n          name\n          rank\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        benefitsGained {\n          kind\n          value\n        }\n        atRisk\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n          description\n          completion\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteOnboardingStep($stepKey: String!) {\n    completeOnboardingStep(stepKey: $stepKey) {\n      completedAt\n    }\n  }\n"): typeof import('./graphql').CompleteOnboardingStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      role\n      partnerName\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
