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
    "\n  mutation SaveCertificationPath($input: CertificationPathInput!) {\n    saveCertificationPath(input: $input) {\n      id\n      key\n    }\n  }\n": typeof types.SaveCertificationPathDocument,
    "\n  mutation CloseDeal($id: ID!, $won: Boolean!, $amount: SafeInt, $closedAt: DateTime) {\n    closeDeal(id: $id, won: $won, amount: $amount, closedAt: $closedAt) {\n      id\n      status\n    }\n  }\n": typeof types.CloseDealDocument,
    "\n  mutation Enroll($pathId: ID!) {\n    enroll(pathId: $pathId) {\n      id\n      status\n      completedModuleIds\n    }\n  }\n": typeof types.EnrollDocument,
    "\n  fragment TierRef on Tier {\n    key\n    name\n    rank\n  }\n": typeof types.TierRefFragmentDoc,
    "\n  fragment TierFields on Tier {\n    id\n    ...TierRef\n    criteria {\n      metric\n      threshold\n      windowDays\n    }\n    benefits {\n      kind\n      value\n    }\n  }\n": typeof types.TierFieldsFragmentDoc,
    "\n  fragment OnboardingStepFields on OnboardingStep {\n    id\n    key\n    title\n    description\n    completion\n  }\n": typeof types.OnboardingStepFieldsFragmentDoc,
    "\n  fragment TrackSummary on Track {\n    id\n    key\n    name\n    motion\n    incentiveModel\n  }\n": typeof types.TrackSummaryFragmentDoc,
    "\n  fragment ProgramRules on Program {\n    id\n    version\n    name\n    currency\n    targetMetric\n    reviewCadenceMonths\n    dealProtectionDays\n    dealReviewSlaHours\n    mdfClaimWindowDays\n    publishedAt\n  }\n": typeof types.ProgramRulesFragmentDoc,
    "\n  fragment ProgramFields on Program {\n    ...ProgramRules\n    tracks {\n      ...TrackSummary\n      tiers {\n        ...TierFields\n      }\n      onboardingSteps {\n        ...OnboardingStepFields\n      }\n    }\n  }\n": typeof types.ProgramFieldsFragmentDoc,
    "\n  fragment PartnerTierRow on Partner {\n    id\n    name\n    track {\n      name\n    }\n    tier {\n      ...TierRef\n    }\n  }\n": typeof types.PartnerTierRowFragmentDoc,
    "\n  fragment LintFindingFields on LintFinding {\n    severity\n    rule\n    path\n    message\n  }\n": typeof types.LintFindingFieldsFragmentDoc,
    "\n  fragment DealSummary on DealRegistration {\n    id\n    customerName\n    customerDomain\n    amount\n    attribution\n    status\n    createdAt\n    reviewDueAt\n    decidedAt\n    expectedCloseDate\n    protectionEndsAt\n  }\n": typeof types.DealSummaryFragmentDoc,
    "\n  fragment DealDetail on DealRegistration {\n    ...DealSummary\n    rejectionReason\n    closedAt\n    wonAmount\n    notes\n    submittedBy {\n      name\n    }\n  }\n": typeof types.DealDetailFragmentDoc,
    "\n  fragment MdfRequestFields on MdfRequest {\n    id\n    activity\n    description\n    quarter\n    status\n    requestedAmount\n    approvedAmount\n    claimedAmount\n    paidAmount\n    createdAt\n    decidedAt\n    claimedAt\n    paidAt\n    claimDueAt\n    claimResults\n    decisionReason\n  }\n": typeof types.MdfRequestFieldsFragmentDoc,
    "\n  fragment MdfFundFields on MdfFund {\n    quarter\n    allocated\n    committed\n    paid\n    available\n  }\n": typeof types.MdfFundFieldsFragmentDoc,
    "\n  fragment PartnerCard on Partner {\n    id\n    name\n    domain\n    status\n    track {\n      key\n      name\n    }\n    tier {\n      key\n      name\n      rank\n    }\n    manager {\n      id\n      name\n    }\n    tierOverride {\n      at\n      reason\n      pinnedUntil\n    }\n  }\n": typeof types.PartnerCardFragmentDoc,
    "\n  fragment CertificationPathSummary on CertificationPath {\n    id\n    key\n    name\n    trackKey\n    validityDays\n    passingScore\n    modules {\n      id\n      kind\n      title\n    }\n  }\n": typeof types.CertificationPathSummaryFragmentDoc,
    "\n  fragment MyCertificationFields on Certification {\n    id\n    status\n    completedModuleIds\n    certifiedAt\n    expiresAt\n    path {\n      id\n    }\n  }\n": typeof types.MyCertificationFieldsFragmentDoc,
    "\n  fragment TeamMember on User {\n    id\n    name\n    email\n    role\n    certifications {\n      id\n      status\n      certifiedAt\n      expiresAt\n      completedModuleIds\n      path {\n        id\n        name\n        modules {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TeamMemberFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  mutation Invite($email: String!, $role: Role!, $partnerId: ID) {\n    invite(email: $email, role: $role, partnerId: $partnerId) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n": typeof types.InviteDocument,
    "\n  query MdfRequestDetail($id: ID!) {\n    program {\n      currency\n    }\n    mdfRequest(id: $id) {\n      ...MdfRequestFields\n      partner {\n        id\n        name\n        tier {\n          key\n          name\n          rank\n        }\n        track {\n          name\n        }\n      }\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        createdAt\n      }\n    }\n  }\n": typeof types.MdfRequestDetailDocument,
    "\n  query MdfFund($partnerId: ID, $quarter: String) {\n    mdfFund(partnerId: $partnerId, quarter: $quarter) {\n      ...MdfFundFields\n    }\n  }\n": typeof types.MdfFundDocument,
    "\n  mutation SaveProgramDraft($input: ProgramInput!) {\n    saveProgramDraft(input: $input) {\n      version\n    }\n  }\n": typeof types.SaveProgramDraftDocument,
    "\n  query ProgramLint {\n    programLint {\n      ...LintFindingFields\n    }\n  }\n": typeof types.ProgramLintDocument,
    "\n  query Scoreboard($from: DateTime!, $to: DateTime!) {\n    program {\n      currency\n    }\n    scoreboard(from: $from, to: $to) {\n      registeredDeals\n      approvedDeals\n      registeredToApprovedBps\n      sourcedPipeline\n      influencedPipeline\n      sourcedRevenueWon\n      activeReps60d\n      certifiedPartners\n      byTrack {\n        trackKey\n        trackName\n        partners\n        registeredDeals\n        approvedDeals\n        sourcedPipeline\n        influencedPipeline\n        sourcedRevenueWon\n      }\n      tierDistribution {\n        trackKey\n        tierKey\n        tierName\n        rank\n        partners\n      }\n      inactivePartners {\n        ...PartnerTierRow\n      }\n      overrides {\n        ...PartnerTierRow\n        tierOverride {\n          reason\n          at\n          pinnedUntil\n        }\n      }\n    }\n  }\n": typeof types.ScoreboardDocument,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            name\n            email\n          }\n          action\n          entityType\n          entityId\n          before\n          after\n          reason\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query EditCertificationPath {\n    program {\n      tracks {\n        key\n        name\n      }\n    }\n    certificationPaths {\n      ...CertificationPathSummary\n      modules {\n        content\n        questions {\n          id\n          prompt\n          choices\n        }\n      }\n    }\n  }\n": typeof types.EditCertificationPathDocument,
    "\n  query ExamAnswerKey($pathId: ID!, $moduleId: ID!) {\n    examAnswerKey(pathId: $pathId, moduleId: $moduleId) {\n      prompt\n      choices\n      answer\n    }\n  }\n": typeof types.ExamAnswerKeyDocument,
    "\n  query ConsoleCertificationPaths {\n    program {\n      tracks {\n        key\n        name\n      }\n    }\n    certificationPaths {\n      ...CertificationPathSummary\n    }\n  }\n": typeof types.ConsoleCertificationPathsDocument,
    "\n  query NewPathTracks {\n    program {\n      tracks {\n        key\n        name\n      }\n    }\n  }\n": typeof types.NewPathTracksDocument,
    "\n  query ReviewDeal($id: ID!) {\n    program {\n      currency\n    }\n    deal(id: $id) {\n      ...DealDetail\n      submittedBy {\n        email\n      }\n      partner {\n        id\n        name\n        domain\n        tier {\n          name\n          rank\n        }\n        track {\n          name\n        }\n      }\n      conflicts {\n        kind\n        detail\n        registration {\n          ...DealSummary\n          partner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewDealDocument,
    "\n  mutation ApproveDeal($id: ID!) {\n    approveDeal(id: $id) {\n      id\n      status\n      protectionEndsAt\n    }\n  }\n": typeof types.ApproveDealDocument,
    "\n  mutation RejectDeal($id: ID!, $reason: String!) {\n    rejectDeal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectDealDocument,
    "\n  query ReviewQueue($first: Int, $after: String, $filter: DealFilter, $orderBy: DealOrder) {\n    program {\n      currency\n      dealReviewSlaHours\n    }\n    deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...DealSummary\n          partner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query DirectAccounts($first: Int, $after: String) {\n    directAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          id\n          domain\n          name\n          owner\n          importedAt\n        }\n      }\n    }\n  }\n": typeof types.DirectAccountsDocument,
    "\n  mutation ImportDirectAccounts($csv: String!, $dryRun: Boolean) {\n    importDirectAccounts(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      errors {\n        line\n        message\n      }\n      accounts {\n        domain\n        name\n        owner\n      }\n    }\n  }\n": typeof types.ImportDirectAccountsDocument,
    "\n  query InvitePartnerChoices {\n    partners(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.InvitePartnerChoicesDocument,
    "\n  mutation ApproveMdf($id: ID!, $amount: SafeInt) {\n    approveMdf(id: $id, amount: $amount) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveMdfDocument,
    "\n  mutation RejectMdf($id: ID!, $reason: String!) {\n    rejectMdf(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectMdfDocument,
    "\n  mutation PayMdfClaim($id: ID!, $amount: SafeInt) {\n    approveMdfClaim(id: $id, amount: $amount) {\n      id\n      status\n    }\n  }\n": typeof types.PayMdfClaimDocument,
    "\n  mutation RejectMdfClaim($id: ID!, $reason: String!) {\n    rejectMdfClaim(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectMdfClaimDocument,
    "\n  mutation AdjustMdfAllocation($partnerId: ID!, $quarter: String!, $allocated: SafeInt!, $reason: String!) {\n    adjustMdfAllocation(partnerId: $partnerId, quarter: $quarter, allocated: $allocated, reason: $reason) {\n      allocated\n    }\n  }\n": typeof types.AdjustMdfAllocationDocument,
    "\n  query MdfQueue($first: Int, $after: String, $partnerId: ID, $status: [MdfRequestStatus!]) {\n    program {\n      currency\n    }\n    mdfRequests(first: $first, after: $after, partnerId: $partnerId, status: $status) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...MdfRequestFields\n          partner {\n            id\n            name\n            tier {\n              name\n              rank\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MdfQueueDocument,
    "\n  query MdfQueuePartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.MdfQueuePartnerDocument,
    "\n  query PartnerDetail($id: ID!) {\n    program {\n      currency\n    }\n    partner(id: $id) {\n      ...PartnerCard\n      track {\n        motion\n        incentiveModel\n        tiers {\n          key\n          name\n          rank\n        }\n      }\n      tierOverride {\n        by {\n          id\n          name\n          email\n        }\n      }\n      tier {\n        benefits {\n          kind\n          value\n        }\n      }\n      manager {\n        email\n      }\n      progress {\n        nextTier {\n          key\n          name\n        }\n        benefitsGained {\n          kind\n          value\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        atRisk\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n        }\n      }\n    }\n  }\n": typeof types.PartnerDetailDocument,
    "\n  mutation OverrideTier($partnerId: ID!, $tierKey: String!, $reason: String!, $pinnedUntil: DateTime) {\n    overrideTier(partnerId: $partnerId, tierKey: $tierKey, reason: $reason, pinnedUntil: $pinnedUntil) {\n      id\n      tier {\n        key\n        name\n      }\n    }\n  }\n": typeof types.OverrideTierDocument,
    "\n  mutation OffboardPartner($partnerId: ID!, $reason: String!) {\n    offboardPartner(partnerId: $partnerId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.OffboardPartnerDocument,
    "\n  query PartnerEnablement($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      status\n      track {\n        name\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n          description\n          completion\n        }\n      }\n      users {\n        ...TeamMember\n      }\n    }\n  }\n": typeof types.PartnerEnablementDocument,
    "\n  query Partners($first: Int, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        cursor\n        node {\n          ...PartnerCard\n        }\n      }\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  query CreatePartnerTracks {\n    program {\n      version\n      tracks {\n        key\n        name\n        incentiveModel\n        tiers {\n          key\n          name\n        }\n      }\n    }\n  }\n": typeof types.CreatePartnerTracksDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  query ProgramPage {\n    program {\n      ...ProgramFields\n      nextReviewAt\n    }\n    programDraft {\n      ...ProgramFields\n    }\n    programLint {\n      ...LintFindingFields\n    }\n  }\n": typeof types.ProgramPageDocument,
    "\n  query ProgramLintContext {\n    certificationPaths {\n      trackKey\n    }\n  }\n": typeof types.ProgramLintContextDocument,
    "\n  mutation PublishProgram {\n    publishProgram {\n      version\n      publishedAt\n    }\n  }\n": typeof types.PublishProgramDocument,
    "\n  mutation ImportProgramDraft($text: String!) {\n    importProgramDraft(text: $text) {\n      version\n    }\n  }\n": typeof types.ImportProgramDraftDocument,
    "\n  query ProgramHistory {\n    programVersions {\n      version\n      name\n      publishedAt\n    }\n    programDraft {\n      version\n      tracks {\n        key\n        name\n      }\n    }\n    program {\n      version\n      currency\n      tracks {\n        key\n        name\n      }\n    }\n  }\n": typeof types.ProgramHistoryDocument,
    "\n  query ProgramDiff($from: Int!, $to: Int!) {\n    programDiff(from: $from, to: $to) {\n      kind\n      path\n      description\n    }\n  }\n": typeof types.ProgramDiffDocument,
    "\n  query ProgramTrackEditor {\n    programDraft {\n      ...ProgramFields\n    }\n    program {\n      ...ProgramFields\n    }\n  }\n": typeof types.ProgramTrackEditorDocument,
    "\n  query ProgramTracksIndex {\n    programDraft {\n      tracks {\n        key\n      }\n    }\n    program {\n      tracks {\n        key\n      }\n    }\n  }\n": typeof types.ProgramTracksIndexDocument,
    "\n  query TierReviews {\n    program {\n      ...ProgramRules\n      nextReviewAt\n    }\n    previewTierReview {\n      move\n      pinned\n      partner {\n        id\n        name\n        track {\n          key\n          name\n        }\n        tierOverride {\n          reason\n          pinnedUntil\n        }\n      }\n      from {\n        ...TierRef\n      }\n      to {\n        ...TierRef\n      }\n    }\n    tierReviews(last: 10) {\n      id\n      appliedAt\n      programVersion\n      appliedBy {\n        id\n        name\n      }\n      changes {\n        move\n        pinned\n        partner {\n          id\n          name\n        }\n        from {\n          ...TierRef\n        }\n        to {\n          ...TierRef\n        }\n      }\n    }\n  }\n": typeof types.TierReviewsDocument,
    "\n  mutation ApplyTierReview {\n    applyTierReview {\n      id\n    }\n  }\n": typeof types.ApplyTierReviewDocument,
    "\n  query PartnerHome {\n    program {\n      ...ProgramRules\n      nextReviewAt\n    }\n    myNotifications(last: 5) {\n      id\n      kind\n      message\n      createdAt\n    }\n    myPartner {\n      id\n      name\n      domain\n      status\n      track {\n        ...TrackSummary\n      }\n      tier {\n        ...TierRef\n      }\n      progress {\n        currentTier {\n          ...TierFields\n        }\n        nextTier {\n          ...TierRef\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        benefitsGained {\n          kind\n          value\n        }\n        atRisk\n        currentTierCriteria {\n          metric\n          current\n          required\n          met\n        }\n      }\n      onboarding {\n        completedAt\n        step {\n          ...OnboardingStepFields\n        }\n      }\n    }\n  }\n": typeof types.PartnerHomeDocument,
    "\n  mutation CompleteOnboardingStep($stepKey: String!) {\n    completeOnboardingStep(stepKey: $stepKey) {\n      completedAt\n    }\n  }\n": typeof types.CompleteOnboardingStepDocument,
    "\n  query PortalPath {\n    certificationPaths {\n      ...CertificationPathSummary\n      modules {\n        questions {\n          id\n        }\n      }\n    }\n    myCertifications {\n      ...MyCertificationFields\n    }\n  }\n": typeof types.PortalPathDocument,
    "\n  query PortalModule {\n    certificationPaths {\n      ...CertificationPathSummary\n      modules {\n        content\n        questions {\n          id\n          prompt\n          choices\n        }\n      }\n    }\n    myCertifications {\n      ...MyCertificationFields\n    }\n  }\n": typeof types.PortalModuleDocument,
    "\n  mutation CompleteModule($certificationId: ID!, $moduleId: ID!) {\n    completeModule(certificationId: $certificationId, moduleId: $moduleId) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteModuleDocument,
    "\n  mutation SubmitExam($certificationId: ID!, $moduleId: ID!, $answers: [Int!]!) {\n    submitExam(certificationId: $certificationId, moduleId: $moduleId, answers: $answers) {\n      score\n      passed\n      certification {\n        id\n        status\n        certifiedAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.SubmitExamDocument,
    "\n  query PortalCertifications {\n    certificationPaths {\n      ...CertificationPathSummary\n    }\n    myCertifications {\n      ...MyCertificationFields\n    }\n  }\n": typeof types.PortalCertificationsDocument,
    "\n  query PartnerDeal($id: ID!) {\n    program {\n      currency\n    }\n    deal(id: $id) {\n      ...DealDetail\n    }\n  }\n": typeof types.PartnerDealDocument,
    "\n  query PartnerDeals($first: Int, $after: String, $filter: DealFilter) {\n    program {\n      currency\n    }\n    deals(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...DealSummary\n          submittedBy {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerDealsDocument,
    "\n  query RegisterDealPage {\n    program {\n      currency\n      dealReviewSlaHours\n      dealProtectionDays\n    }\n  }\n": typeof types.RegisterDealPageDocument,
    "\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterDealDocument,
    "\n  query PartnerEarnings {\n    program {\n      currency\n    }\n    myPartner {\n      id\n      name\n      track {\n        incentiveModel\n      }\n    }\n    earnings {\n      amount\n      model\n      tier {\n        key\n        name\n      }\n      deal {\n        ...DealSummary\n        wonAmount\n        closedAt\n      }\n    }\n  }\n": typeof types.PartnerEarningsDocument,
    "\n  mutation ClaimMdf($id: ID!, $input: MdfClaimInput!) {\n    claimMdf(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ClaimMdfDocument,
    "\n  query PartnerMdf($first: Int, $after: String) {\n    program {\n      currency\n      mdfClaimWindowDays\n    }\n    mdfRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...MdfRequestFields\n        }\n      }\n    }\n  }\n": typeof types.PartnerMdfDocument,
    "\n  mutation RequestMdf($input: MdfRequestInput!) {\n    requestMdf(input: $input) {\n      id\n      quarter\n    }\n  }\n": typeof types.RequestMdfDocument,
    "\n  query PartnerProfile {\n    myPartner {\n      id\n      name\n      domain\n      description\n      logoUrl\n      regions\n      contactName\n      contactEmail\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n          completion\n        }\n      }\n    }\n  }\n": typeof types.PartnerProfileDocument,
    "\n  mutation UpdatePartnerProfile($input: PartnerProfileInput!) {\n    updatePartnerProfile(input: $input) {\n      id\n      description\n      regions\n      contactName\n      contactEmail\n      logoUrl\n    }\n  }\n": typeof types.UpdatePartnerProfileDocument,
    "\n  query PartnerTeam {\n    myPartner {\n      id\n      users {\n        ...TeamMember\n      }\n    }\n  }\n": typeof types.PartnerTeamDocument,
    "\n  query PartnerRulebook {\n    program {\n      ...ProgramRules\n      nextReviewAt\n    }\n    myPartner {\n      id\n      name\n      tier {\n        ...TierRef\n      }\n      progress {\n        atRisk\n      }\n      track {\n        ...TrackSummary\n        tiers {\n          ...TierFields\n        }\n      }\n    }\n  }\n": typeof types.PartnerRulebookDocument,
    "\n  query DealsCsvPage($first: Int, $after: String, $filter: DealFilter) {\n    program {\n      currency\n    }\n    deals(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...DealSummary\n          rejectionReason\n          partner {\n            id\n            name\n          }\n          submittedBy {\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealsCsvPageDocument,
    "\n  query MdfPayments($first: Int, $after: String) {\n    program {\n      currency\n    }\n    mdfRequests(first: $first, after: $after, status: [PAID]) {\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          quarter\n          activity\n          approvedAmount\n          paidAmount\n          paidAt\n          partner {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MdfPaymentsDocument,
    "\n  query ExportProgram($version: Int) {\n    exportProgram(version: $version)\n  }\n": typeof types.ExportProgramDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      role\n      partnerName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      partner {\n        id\n        name\n        status\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SaveCertificationPath($input: CertificationPathInput!) {\n    saveCertificationPath(input: $input) {\n      id\n      key\n    }\n  }\n": types.SaveCertificationPathDocument,
    "\n  mutation CloseDeal($id: ID!, $won: Boolean!, $amount: SafeInt, $closedAt: DateTime) {\n    closeDeal(id: $id, won: $won, amount: $amount, closedAt: $closedAt) {\n      id\n      status\n    }\n  }\n": types.CloseDealDocument,
    "\n  mutation Enroll($pathId: ID!) {\n    enroll(pathId: $pathId) {\n      id\n      status\n      completedModuleIds\n    }\n  }\n": types.EnrollDocument,
    "\n  fragment TierRef on Tier {\n    key\n    name\n    rank\n  }\n": types.TierRefFragmentDoc,
    "\n  fragment TierFields on Tier {\n    id\n    ...TierRef\n    criteria {\n      metric\n      threshold\n      windowDays\n    }\n    benefits {\n      kind\n      value\n    }\n  }\n": types.TierFieldsFragmentDoc,
    "\n  fragment OnboardingStepFields on OnboardingStep {\n    id\n    key\n    title\n    description\n    completion\n  }\n": types.OnboardingStepFieldsFragmentDoc,
    "\n  fragment TrackSummary on Track {\n    id\n    key\n    name\n    motion\n    incentiveModel\n  }\n": types.TrackSummaryFragmentDoc,
    "\n  fragment ProgramRules on Program {\n    id\n    version\n    name\n    currency\n    targetMetric\n    reviewCadenceMonths\n    dealProtectionDays\n    dealReviewSlaHours\n    mdfClaimWindowDays\n    publishedAt\n  }\n": types.ProgramRulesFragmentDoc,
    "\n  fragment ProgramFields on Program {\n    ...ProgramRules\n    tracks {\n      ...TrackSummary\n      tiers {\n        ...TierFields\n      }\n      onboardingSteps {\n        ...OnboardingStepFields\n      }\n    }\n  }\n": types.ProgramFieldsFragmentDoc,
    "\n  fragment PartnerTierRow on Partner {\n    id\n    name\n    track {\n      name\n    }\n    tier {\n      ...TierRef\n    }\n  }\n": types.PartnerTierRowFragmentDoc,
    "\n  fragment LintFindingFields on LintFinding {\n    severity\n    rule\n    path\n    message\n  }\n": types.LintFindingFieldsFragmentDoc,
    "\n  fragment DealSummary on DealRegistration {\n    id\n    customerName\n    customerDomain\n    amount\n    attribution\n    status\n    createdAt\n    reviewDueAt\n    decidedAt\n    expectedCloseDate\n    protectionEndsAt\n  }\n": types.DealSummaryFragmentDoc,
    "\n  fragment DealDetail on DealRegistration {\n    ...DealSummary\n    rejectionReason\n    closedAt\n    wonAmount\n    notes\n    submittedBy {\n      name\n    }\n  }\n": types.DealDetailFragmentDoc,
    "\n  fragment MdfRequestFields on MdfRequest {\n    id\n    activity\n    description\n    quarter\n    status\n    requestedAmount\n    approvedAmount\n    claimedAmount\n    paidAmount\n    createdAt\n    decidedAt\n    claimedAt\n    paidAt\n    claimDueAt\n    claimResults\n    decisionReason\n  }\n": types.MdfRequestFieldsFragmentDoc,
    "\n  fragment MdfFundFields on MdfFund {\n    quarter\n    allocated\n    committed\n    paid\n    available\n  }\n": types.MdfFundFieldsFragmentDoc,
    "\n  fragment PartnerCard on Partner {\n    id\n    name\n    domain\n    status\n    track {\n      key\n      name\n    }\n    tier {\n      key\n      name\n      rank\n    }\n    manager {\n      id\n      name\n    }\n    tierOverride {\n      at\n      reason\n      pinnedUntil\n    }\n  }\n": types.PartnerCardFragmentDoc,
    "\n  fragment CertificationPathSummary on CertificationPath {\n    id\n    key\n    name\n    trackKey\n    validityDays\n    passingScore\n    modules {\n      id\n      kind\n      title\n    }\n  }\n": types.CertificationPathSummaryFragmentDoc,
    "\n  fragment MyCertificationFields on Certification {\n    id\n    status\n    completedModuleIds\n    certifiedAt\n    expiresAt\n    path {\n      id\n    }\n  }\n": types.MyCertificationFieldsFragmentDoc,
    "\n  fragment TeamMember on User {\n    id\n    name\n    email\n    role\n    certifications {\n      id\n      status\n      certifiedAt\n      expiresAt\n      completedModuleIds\n      path {\n        id\n        name\n        modules {\n          id\n        }\n      }\n    }\n  }\n": types.TeamMemberFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  mutation Invite($email: String!, $role: Role!, $partnerId: ID) {\n    invite(email: $email, role: $role, partnerId: $partnerId) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n": types.InviteDocument,
    "\n  query MdfRequestDetail($id: ID!) {\n    program {\n      currency\n    }\n    mdfRequest(id: $id) {\n      ...MdfRequestFields\n      partner {\n        id\n        name\n        tier {\n          key\n          name\n          rank\n        }\n        track {\n          name\n        }\n      }\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        createdAt\n      }\n    }\n  }\n": types.MdfRequestDetailDocument,
    "\n  query MdfFund($partnerId: ID, $quarter: String) {\n    mdfFund(partnerId: $partnerId, quarter: $quarter) {\n      ...MdfFundFields\n    }\n  }\n": types.MdfFundDocument,
    "\n  mutation SaveProgramDraft($input: ProgramInput!) {\n    saveProgramDraft(input: $input) {\n      version\n    }\n  }\n": types.SaveProgramDraftDocument,
    "\n  query ProgramLint {\n    programLint {\n      ...LintFindingFields\n    }\n  }\n": types.ProgramLintDocument,
    "\n  query Scoreboard($from: DateTime!, $to: DateTime!) {\n    program {\n      currency\n    }\n    scoreboard(from: $from, to: $to) {\n      registeredDeals\n      approvedDeals\n      registeredToApprovedBps\n      sourcedPipeline\n      influencedPipeline\n      sourcedRevenueWon\n      activeReps60d\n      certifiedPartners\n      byTrack {\n        trackKey\n        trackName\n        partners\n        registeredDeals\n        approvedDeals\n        sourcedPipeline\n        influencedPipeline\n        sourcedRevenueWon\n      }\n      tierDistribution {\n        trackKey\n        tierKey\n        tierName\n        rank\n        partners\n      }\n      inactivePartners {\n        ...PartnerTierRow\n      }\n      overrides {\n        ...PartnerTierRow\n        tierOverride {\n          reason\n          at\n          pinnedUntil\n        }\n      }\n    }\n  }\n": types.ScoreboardDocument,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            name\n            email\n          }\n          action\n          entityType\n          entityId\n          before\n          after\n          reason\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query EditCertificationPath {\n    program {\n      tracks {\n        key\n        name\n      }\n    }\n    certificationPaths {\n      ...CertificationPathSummary\n      modules {\n        content\n        questions {\n          id\n          prompt\n          choices\n        }\n      }\n    }\n  }\n": types.EditCertificationPathDocument,
    "\n  query ExamAnswerKey($pathId: ID!, $moduleId: ID!) {\n    examAnswerKey(pathId: $pathId, moduleId: $moduleId) {\n      prompt\n      choices\n      answer\n    }\n  }\n": types.ExamAnswerKeyDocument,
    "\n  query ConsoleCertificationPaths {\n    program {\n      tracks {\n        key\n        name\n      }\n    }\n    certificationPaths {\n      ...CertificationPathSummary\n    }\n  }\n": types.ConsoleCertificationPathsDocument,
    "\n  query NewPathTracks {\n    program {\n      tracks {\n        key\n        name\n      }\n    }\n  }\n": types.NewPathTracksDocument,
    "\n  query ReviewDeal($id: ID!) {\n    program {\n      currency\n    }\n    deal(id: $id) {\n      ...DealDetail\n      submittedBy {\n        email\n      }\n      partner {\n        id\n        name\n        domain\n        tier {\n          name\n          rank\n        }\n        track {\n          name\n        }\n      }\n      conflicts {\n        kind\n        detail\n        registration {\n          ...DealSummary\n          partner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ReviewDealDocument,
    "\n  mutation ApproveDeal($id: ID!) {\n    approveDeal(id: $id) {\n      id\n      status\n      protectionEndsAt\n    }\n  }\n": types.ApproveDealDocument,
    "\n  mutation RejectDeal($id: ID!, $reason: String!) {\n    rejectDeal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectDealDocument,
    "\n  query ReviewQueue($first: Int, $after: String, $filter: DealFilter, $orderBy: DealOrder) {\n    program {\n      currency\n      dealReviewSlaHours\n    }\n    deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...DealSummary\n          partner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query DirectAccounts($first: Int, $after: String) {\n    directAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          id\n          domain\n          name\n          owner\n          importedAt\n        }\n      }\n    }\n  }\n": types.DirectAccountsDocument,
    "\n  mutation ImportDirectAccounts($csv: String!, $dryRun: Boolean) {\n    importDirectAccounts(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      errors {\n        line\n        message\n      }\n      accounts {\n        domain\n        name\n        owner\n      }\n    }\n  }\n": types.ImportDirectAccountsDocument,
    "\n  query InvitePartnerChoices {\n    partners(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": types.InvitePartnerChoicesDocument,
    "\n  mutation ApproveMdf($id: ID!, $amount: SafeInt) {\n    approveMdf(id: $id, amount: $amount) {\n      id\n      status\n    }\n  }\n": types.ApproveMdfDocument,
    "\n  mutation RejectMdf($id: ID!, $reason: String!) {\n    rejectMdf(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectMdfDocument,
    "\n  mutation PayMdfClaim($id: ID!, $amount: SafeInt) {\n    approveMdfClaim(id: $id, amount: $amount) {\n      id\n      status\n    }\n  }\n": types.PayMdfClaimDocument,
    "\n  mutation RejectMdfClaim($id: ID!, $reason: String!) {\n    rejectMdfClaim(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectMdfClaimDocument,
    "\n  mutation AdjustMdfAllocation($partnerId: ID!, $quarter: String!, $allocated: SafeInt!, $reason: String!) {\n    adjustMdfAllocation(partnerId: $partnerId, quarter: $quarter, allocated: $allocated, reason: $reason) {\n      allocated\n    }\n  }\n": types.AdjustMdfAllocationDocument,
    "\n  query MdfQueue($first: Int, $after: String, $partnerId: ID, $status: [MdfRequestStatus!]) {\n    program {\n      currency\n    }\n    mdfRequests(first: $first, after: $after, partnerId: $partnerId, status: $status) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...MdfRequestFields\n          partner {\n            id\n            name\n            tier {\n              name\n              rank\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MdfQueueDocument,
    "\n  query MdfQueuePartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n": types.MdfQueuePartnerDocument,
    "\n  query PartnerDetail($id: ID!) {\n    program {\n      currency\n    }\n    partner(id: $id) {\n      ...PartnerCard\n      track {\n        motion\n        incentiveModel\n        tiers {\n          key\n          name\n          rank\n        }\n      }\n      tierOverride {\n        by {\n          id\n          name\n          email\n        }\n      }\n      tier {\n        benefits {\n          kind\n          value\n        }\n      }\n      manager {\n        email\n      }\n      progress {\n        nextTier {\n          key\n          name\n        }\n        benefitsGained {\n          kind\n          value\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        atRisk\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n        }\n      }\n    }\n  }\n": types.PartnerDetailDocument,
    "\n  mutation OverrideTier($partnerId: ID!, $tierKey: String!, $reason: String!, $pinnedUntil: DateTime) {\n    overrideTier(partnerId: $partnerId, tierKey: $tierKey, reason: $reason, pinnedUntil: $pinnedUntil) {\n      id\n      tier {\n        key\n        name\n      }\n    }\n  }\n": types.OverrideTierDocument,
    "\n  mutation OffboardPartner($partnerId: ID!, $reason: String!) {\n    offboardPartner(partnerId: $partnerId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.OffboardPartnerDocument,
    "\n  query PartnerEnablement($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      status\n      track {\n        name\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n          description\n          completion\n        }\n      }\n      users {\n        ...TeamMember\n      }\n    }\n  }\n": types.PartnerEnablementDocument,
    "\n  query Partners($first: Int, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        cursor\n        node {\n          ...PartnerCard\n        }\n      }\n    }\n  }\n": types.PartnersDocument,
    "\n  query CreatePartnerTracks {\n    program {\n      version\n      tracks {\n        key\n        name\n        incentiveModel\n        tiers {\n          key\n          name\n        }\n      }\n    }\n  }\n": types.CreatePartnerTracksDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  query ProgramPage {\n    program {\n      ...ProgramFields\n      nextReviewAt\n    }\n    programDraft {\n      ...ProgramFields\n    }\n    programLint {\n      ...LintFindingFields\n    }\n  }\n": types.ProgramPageDocument,
    "\n  query ProgramLintContext {\n    certificationPaths {\n      trackKey\n    }\n  }\n": types.ProgramLintContextDocument,
    "\n  mutation PublishProgram {\n    publishProgram {\n      version\n      publishedAt\n    }\n  }\n": types.PublishProgramDocument,
    "\n  mutation ImportProgramDraft($text: String!) {\n    importProgramDraft(text: $text) {\n      version\n    }\n  }\n": types.ImportProgramDraftDocument,
    "\n  query ProgramHistory {\n    programVersions {\n      version\n      name\n      publishedAt\n    }\n    programDraft {\n      version\n      tracks {\n        key\n        name\n      }\n    }\n    program {\n      version\n      currency\n      tracks {\n        key\n        name\n      }\n    }\n  }\n": types.ProgramHistoryDocument,
    "\n  query ProgramDiff($from: Int!, $to: Int!) {\n    programDiff(from: $from, to: $to) {\n      kind\n      path\n      description\n    }\n  }\n": types.ProgramDiffDocument,
    "\n  query ProgramTrackEditor {\n    programDraft {\n      ...ProgramFields\n    }\n    program {\n      ...ProgramFields\n    }\n  }\n": types.ProgramTrackEditorDocument,
    "\n  query ProgramTracksIndex {\n    programDraft {\n      tracks {\n        key\n      }\n    }\n    program {\n      tracks {\n        key\n      }\n    }\n  }\n": types.ProgramTracksIndexDocument,
    "\n  query TierReviews {\n    program {\n      ...ProgramRules\n      nextReviewAt\n    }\n    previewTierReview {\n      move\n      pinned\n      partner {\n        id\n        name\n        track {\n          key\n          name\n        }\n        tierOverride {\n          reason\n          pinnedUntil\n        }\n      }\n      from {\n        ...TierRef\n      }\n      to {\n        ...TierRef\n      }\n    }\n    tierReviews(last: 10) {\n      id\n      appliedAt\n      programVersion\n      appliedBy {\n        id\n        name\n      }\n      changes {\n        move\n        pinned\n        partner {\n          id\n          name\n        }\n        from {\n          ...TierRef\n        }\n        to {\n          ...TierRef\n        }\n      }\n    }\n  }\n": types.TierReviewsDocument,
    "\n  mutation ApplyTierReview {\n    applyTierReview {\n      id\n    }\n  }\n": types.ApplyTierReviewDocument,
    "\n  query PartnerHome {\n    program {\n      ...ProgramRules\n      nextReviewAt\n    }\n    myNotifications(last: 5) {\n      id\n      kind\n      message\n      createdAt\n    }\n    myPartner {\n      id\n      name\n      domain\n      status\n      track {\n        ...TrackSummary\n      }\n      tier {\n        ...TierRef\n      }\n      progress {\n        currentTier {\n          ...TierFields\n        }\n        nextTier {\n          ...TierRef\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        benefitsGained {\n          kind\n          value\n        }\n        atRisk\n        currentTierCriteria {\n          metric\n          current\n          required\n          met\n        }\n      }\n      onboarding {\n        completedAt\n        step {\n          ...OnboardingStepFields\n        }\n      }\n    }\n  }\n": types.PartnerHomeDocument,
    "\n  mutation CompleteOnboardingStep($stepKey: String!) {\n    completeOnboardingStep(stepKey: $stepKey) {\n      completedAt\n    }\n  }\n": types.CompleteOnboardingStepDocument,
    "\n  query PortalPath {\n    certificationPaths {\n      ...CertificationPathSummary\n      modules {\n        questions {\n          id\n        }\n      }\n    }\n    myCertifications {\n      ...MyCertificationFields\n    }\n  }\n": types.PortalPathDocument,
    "\n  query PortalModule {\n    certificationPaths {\n      ...CertificationPathSummary\n      modules {\n        content\n        questions {\n          id\n          prompt\n          choices\n        }\n      }\n    }\n    myCertifications {\n      ...MyCertificationFields\n    }\n  }\n": types.PortalModuleDocument,
    "\n  mutation CompleteModule($certificationId: ID!, $moduleId: ID!) {\n    completeModule(certificationId: $certificationId, moduleId: $moduleId) {\n      id\n      status\n    }\n  }\n": types.CompleteModuleDocument,
    "\n  mutation SubmitExam($certificationId: ID!, $moduleId: ID!, $answers: [Int!]!) {\n    submitExam(certificationId: $certificationId, moduleId: $moduleId, answers: $answers) {\n      score\n      passed\n      certification {\n        id\n        status\n        certifiedAt\n        expiresAt\n      }\n    }\n  }\n": types.SubmitExamDocument,
    "\n  query PortalCertifications {\n    certificationPaths {\n      ...CertificationPathSummary\n    }\n    myCertifications {\n      ...MyCertificationFields\n    }\n  }\n": types.PortalCertificationsDocument,
    "\n  query PartnerDeal($id: ID!) {\n    program {\n      currency\n    }\n    deal(id: $id) {\n      ...DealDetail\n    }\n  }\n": types.PartnerDealDocument,
    "\n  query PartnerDeals($first: Int, $after: String, $filter: DealFilter) {\n    program {\n      currency\n    }\n    deals(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...DealSummary\n          submittedBy {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PartnerDealsDocument,
    "\n  query RegisterDealPage {\n    program {\n      currency\n      dealReviewSlaHours\n      dealProtectionDays\n    }\n  }\n": types.RegisterDealPageDocument,
    "\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      id\n      status\n    }\n  }\n": types.RegisterDealDocument,
    "\n  query PartnerEarnings {\n    program {\n      currency\n    }\n    myPartner {\n      id\n      name\n      track {\n        incentiveModel\n      }\n    }\n    earnings {\n      amount\n      model\n      tier {\n        key\n        name\n      }\n      deal {\n        ...DealSummary\n        wonAmount\n        closedAt\n      }\n    }\n  }\n": types.PartnerEarningsDocument,
    "\n  mutation ClaimMdf($id: ID!, $input: MdfClaimInput!) {\n    claimMdf(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.ClaimMdfDocument,
    "\n  query PartnerMdf($first: Int, $after: String) {\n    program {\n      currency\n      mdfClaimWindowDays\n    }\n    mdfRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...MdfRequestFields\n        }\n      }\n    }\n  }\n": types.PartnerMdfDocument,
    "\n  mutation RequestMdf($input: MdfRequestInput!) {\n    requestMdf(input: $input) {\n      id\n      quarter\n    }\n  }\n": types.RequestMdfDocument,
    "\n  query PartnerProfile {\n    myPartner {\n      id\n      name\n      domain\n      description\n      logoUrl\n      regions\n      contactName\n      contactEmail\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n          completion\n        }\n      }\n    }\n  }\n": types.PartnerProfileDocument,
    "\n  mutation UpdatePartnerProfile($input: PartnerProfileInput!) {\n    updatePartnerProfile(input: $input) {\n      id\n      description\n      regions\n      contactName\n      contactEmail\n      logoUrl\n    }\n  }\n": types.UpdatePartnerProfileDocument,
    "\n  query PartnerTeam {\n    myPartner {\n      id\n      users {\n        ...TeamMember\n      }\n    }\n  }\n": types.PartnerTeamDocument,
    "\n  query PartnerRulebook {\n    program {\n      ...ProgramRules\n      nextReviewAt\n    }\n    myPartner {\n      id\n      name\n      tier {\n        ...TierRef\n      }\n      progress {\n        atRisk\n      }\n      track {\n        ...TrackSummary\n        tiers {\n          ...TierFields\n        }\n      }\n    }\n  }\n": types.PartnerRulebookDocument,
    "\n  query DealsCsvPage($first: Int, $after: String, $filter: DealFilter) {\n    program {\n      currency\n    }\n    deals(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...DealSummary\n          rejectionReason\n          partner {\n            id\n            name\n          }\n          submittedBy {\n            email\n          }\n        }\n      }\n    }\n  }\n": types.DealsCsvPageDocument,
    "\n  query MdfPayments($first: Int, $after: String) {\n    program {\n      currency\n    }\n    mdfRequests(first: $first, after: $after, status: [PAID]) {\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          quarter\n          activity\n          approvedAmount\n          paidAmount\n          paidAt\n          partner {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MdfPaymentsDocument,
    "\n  query ExportProgram($version: Int) {\n    exportProgram(version: $version)\n  }\n": types.ExportProgramDocument,
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
export function graphql(source: "\n  mutation SaveCertificationPath($input: CertificationPathInput!) {\n    saveCertificationPath(input: $input) {\n      id\n      key\n    }\n  }\n"): typeof import('./graphql').SaveCertificationPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseDeal($id: ID!, $won: Boolean!, $amount: SafeInt, $closedAt: DateTime) {\n    closeDeal(id: $id, won: $won, amount: $amount, closedAt: $closedAt) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CloseDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enroll($pathId: ID!) {\n    enroll(pathId: $pathId) {\n      id\n      status\n      completedModuleIds\n    }\n  }\n"): typeof import('./graphql').EnrollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierRef on Tier {\n    key\n    name\n    rank\n  }\n"): typeof import('./graphql').TierRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierFields on Tier {\n    id\n    ...TierRef\n    criteria {\n      metric\n      threshold\n      windowDays\n    }\n    benefits {\n      kind\n      value\n    }\n  }\n"): typeof import('./graphql').TierFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OnboardingStepFields on OnboardingStep {\n    id\n    key\n    title\n    description\n    completion\n  }\n"): typeof import('./graphql').OnboardingStepFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackSummary on Track {\n    id\n    key\n    name\n    motion\n    incentiveModel\n  }\n"): typeof import('./graphql').TrackSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramRules on Program {\n    id\n    version\n    name\n    currency\n    targetMetric\n    reviewCadenceMonths\n    dealProtectionDays\n    dealReviewSlaHours\n    mdfClaimWindowDays\n    publishedAt\n  }\n"): typeof import('./graphql').ProgramRulesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramFields on Program {\n    ...ProgramRules\n    tracks {\n      ...TrackSummary\n      tiers {\n        ...TierFields\n      }\n      onboardingSteps {\n        ...OnboardingStepFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProgramFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerTierRow on Partner {\n    id\n    name\n    track {\n      name\n    }\n    tier {\n      ...TierRef\n    }\n  }\n"): typeof import('./graphql').PartnerTierRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LintFindingFields on LintFinding {\n    severity\n    rule\n    path\n    message\n  }\n"): typeof import('./graphql').LintFindingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealSummary on DealRegistration {\n    id\n    customerName\n    customerDomain\n    amount\n    attribution\n    status\n    createdAt\n    reviewDueAt\n    decidedAt\n    expectedCloseDate\n    protectionEndsAt\n  }\n"): typeof import('./graphql').DealSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealDetail on DealRegistration {\n    ...DealSummary\n    rejectionReason\n    closedAt\n    wonAmount\n    notes\n    submittedBy {\n      name\n    }\n  }\n"): typeof import('./graphql').DealDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfRequestFields on MdfRequest {\n    id\n    activity\n    description\n    quarter\n    status\n    requestedAmount\n    approvedAmount\n    claimedAmount\n    paidAmount\n    createdAt\n    decidedAt\n    claimedAt\n    paidAt\n    claimDueAt\n    claimResults\n    decisionReason\n  }\n"): typeof import('./graphql').MdfRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfFundFields on MdfFund {\n    quarter\n    allocated\n    committed\n    paid\n    available\n  }\n"): typeof import('./graphql').MdfFundFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerCard on Partner {\n    id\n    name\n    domain\n    status\n    track {\n      key\n      name\n    }\n    tier {\n      key\n      name\n      rank\n    }\n    manager {\n      id\n      name\n    }\n    tierOverride {\n      at\n      reason\n      pinnedUntil\n    }\n  }\n"): typeof import('./graphql').PartnerCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificationPathSummary on CertificationPath {\n    id\n    key\n    name\n    trackKey\n    validityDays\n    passingScore\n    modules {\n      id\n      kind\n      title\n    }\n  }\n"): typeof import('./graphql').CertificationPathSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyCertificationFields on Certification {\n    id\n    status\n    completedModuleIds\n    certifiedAt\n    expiresAt\n    path {\n      id\n    }\n  }\n"): typeof import('./graphql').MyCertificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMember on User {\n    id\n    name\n    email\n    role\n    certifications {\n      id\n      status\n      certifiedAt\n      expiresAt\n      completedModuleIds\n      path {\n        id\n        name\n        modules {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamMemberFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): typeof import('./graphql').PageInfoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Invite($email: String!, $role: Role!, $partnerId: ID) {\n    invite(email: $email, role: $role, partnerId: $partnerId) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfRequestDetail($id: ID!) {\n    program {\n      currency\n    }\n    mdfRequest(id: $id) {\n      ...MdfRequestFields\n      partner {\n        id\n        name\n        tier {\n          key\n          name\n          rank\n        }\n        track {\n          name\n        }\n      }\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').MdfRequestDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfFund($partnerId: ID, $quarter: String) {\n    mdfFund(partnerId: $partnerId, quarter: $quarter) {\n      ...MdfFundFields\n    }\n  }\n"): typeof import('./graphql').MdfFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProgramDraft($input: ProgramInput!) {\n    saveProgramDraft(input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql').SaveProgramDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramLint {\n    programLint {\n      ...LintFindingFields\n    }\n  }\n"): typeof import('./graphql').ProgramLintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scoreboard($from: DateTime!, $to: DateTime!) {\n    program {\n      currency\n    }\n    scoreboard(from: $from, to: $to) {\n      registeredDeals\n      approvedDeals\n      registeredToApprovedBps\n      sourcedPipeline\n      influencedPipeline\n      sourcedRevenueWon\n      activeReps60d\n      certifiedPartners\n      byTrack {\n        trackKey\n        trackName\n        partners\n        registeredDeals\n        approvedDeals\n        sourcedPipeline\n        influencedPipeline\n        sourcedRevenueWon\n      }\n      tierDistribution {\n        trackKey\n        tierKey\n        tierName\n        rank\n        partners\n      }\n      inactivePartners {\n        ...PartnerTierRow\n      }\n      overrides {\n        ...PartnerTierRow\n        tierOverride {\n          reason\n          at\n          pinnedUntil\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScoreboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            name\n            email\n          }\n          action\n          entityType\n          entityId\n          before\n          after\n          reason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditCertificationPath {\n    program {\n      tracks {\n        key\n        name\n      }\n    }\n    certificationPaths {\n      ...CertificationPathSummary\n      modules {\n        content\n        questions {\n          id\n          prompt\n          choices\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditCertificationPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamAnswerKey($pathId: ID!, $moduleId: ID!) {\n    examAnswerKey(pathId: $pathId, moduleId: $moduleId) {\n      prompt\n      choices\n      answer\n    }\n  }\n"): typeof import('./graphql').ExamAnswerKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCertificationPaths {\n    program {\n      tracks {\n        key\n        name\n      }\n    }\n    certificationPaths {\n      ...CertificationPathSummary\n    }\n  }\n"): typeof import('./graphql').ConsoleCertificationPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewPathTracks {\n    program {\n      tracks {\n        key\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NewPathTracksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewDeal($id: ID!) {\n    program {\n      currency\n    }\n    deal(id: $id) {\n      ...DealDetail\n      submittedBy {\n        email\n      }\n      partner {\n        id\n        name\n        domain\n        tier {\n          name\n          rank\n        }\n        track {\n          name\n        }\n      }\n      conflicts {\n        kind\n        detail\n        registration {\n          ...DealSummary\n          partner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDeal($id: ID!) {\n    approveDeal(id: $id) {\n      id\n      status\n      protectionEndsAt\n    }\n  }\n"): typeof import('./graphql').ApproveDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectDeal($id: ID!, $reason: String!) {\n    rejectDeal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RejectDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int, $after: String, $filter: DealFilter, $orderBy: DealOrder) {\n    program {\n      currency\n      dealReviewSlaHours\n    }\n    deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...DealSummary\n          partner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectAccounts($first: Int, $after: String) {\n    directAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          id\n          domain\n          name\n          owner\n          importedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DirectAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDirectAccounts($csv: String!, $dryRun: Boolean) {\n    importDirectAccounts(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      updated\n      errors {\n        line\n        message\n      }\n      accounts {\n        domain\n        name\n        owner\n      }\n    }\n  }\n"): typeof import('./graphql').ImportDirectAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitePartnerChoices {\n    partners(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvitePartnerChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMdf($id: ID!, $amount: SafeInt) {\n    approveMdf(id: $id, amount: $amount) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveMdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMdf($id: ID!, $reason: String!) {\n    rejectMdf(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RejectMdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayMdfClaim($id: ID!, $amount: SafeInt) {\n    approveMdfClaim(id: $id, amount: $amount) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PayMdfClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMdfClaim($id: ID!, $reason: String!) {\n    rejectMdfClaim(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RejectMdfClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustMdfAllocation($partnerId: ID!, $quarter: String!, $allocated: SafeInt!, $reason: String!) {\n    adjustMdfAllocation(partnerId: $partnerId, quarter: $quarter, allocated: $allocated, reason: $reason) {\n      allocated\n    }\n  }\n"): typeof import('./graphql').AdjustMdfAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfQueue($first: Int, $after: String, $partnerId: ID, $status: [MdfRequestStatus!]) {\n    program {\n      currency\n    }\n    mdfRequests(first: $first, after: $after, partnerId: $partnerId, status: $status) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...MdfRequestFields\n          partner {\n            id\n            name\n            tier {\n              name\n              rank\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MdfQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfQueuePartner($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MdfQueuePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDetail($id: ID!) {\n    program {\n      currency\n    }\n    partner(id: $id) {\n      ...PartnerCard\n      track {\n        motion\n        incentiveModel\n        tiers {\n          key\n          name\n          rank\n        }\n      }\n      tierOverride {\n        by {\n          id\n          name\n          email\n        }\n      }\n      tier {\n        benefits {\n          kind\n          value\n        }\n      }\n      manager {\n        email\n      }\n      progress {\n        nextTier {\n          key\n          name\n        }\n        benefitsGained {\n          kind\n          value\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        atRisk\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideTier($partnerId: ID!, $tierKey: String!, $reason: String!, $pinnedUntil: DateTime) {\n    overrideTier(partnerId: $partnerId, tierKey: $tierKey, reason: $reason, pinnedUntil: $pinnedUntil) {\n      id\n      tier {\n        key\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').OverrideTierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OffboardPartner($partnerId: ID!, $reason: String!) {\n    offboardPartner(partnerId: $partnerId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OffboardPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerEnablement($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      status\n      track {\n        name\n      }\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n          description\n          completion\n        }\n      }\n      users {\n        ...TeamMember\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerEnablementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners($first: Int, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        cursor\n        node {\n          ...PartnerCard\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnersDocument;
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
export function graphql(source: "\n  query ProgramPage {\n    program {\n      ...ProgramFields\n      nextReviewAt\n    }\n    programDraft {\n      ...ProgramFields\n    }\n    programLint {\n      ...LintFindingFields\n    }\n  }\n"): typeof import('./graphql').ProgramPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramLintContext {\n    certificationPaths {\n      trackKey\n    }\n  }\n"): typeof import('./graphql').ProgramLintContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProgram {\n    publishProgram {\n      version\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').PublishProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportProgramDraft($text: String!) {\n    importProgramDraft(text: $text) {\n      version\n    }\n  }\n"): typeof import('./graphql').ImportProgramDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramHistory {\n    programVersions {\n      version\n      name\n      publishedAt\n    }\n    programDraft {\n      version\n      tracks {\n        key\n        name\n      }\n    }\n    program {\n      version\n      currency\n      tracks {\n        key\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ProgramHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramDiff($from: Int!, $to: Int!) {\n    programDiff(from: $from, to: $to) {\n      kind\n      path\n      description\n    }\n  }\n"): typeof import('./graphql').ProgramDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramTrackEditor {\n    programDraft {\n      ...ProgramFields\n    }\n    program {\n      ...ProgramFields\n    }\n  }\n"): typeof import('./graphql').ProgramTrackEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramTracksIndex {\n    programDraft {\n      tracks {\n        key\n      }\n    }\n    program {\n      tracks {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').ProgramTracksIndexDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierReviews {\n    program {\n      ...ProgramRules\n      nextReviewAt\n    }\n    previewTierReview {\n      move\n      pinned\n      partner {\n        id\n        name\n        track {\n          key\n          name\n        }\n        tierOverride {\n          reason\n          pinnedUntil\n        }\n      }\n      from {\n        ...TierRef\n      }\n      to {\n        ...TierRef\n      }\n    }\n    tierReviews(last: 10) {\n      id\n      appliedAt\n      programVersion\n      appliedBy {\n        id\n        name\n      }\n      changes {\n        move\n        pinned\n        partner {\n          id\n          name\n        }\n        from {\n          ...TierRef\n        }\n        to {\n          ...TierRef\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TierReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyTierReview {\n    applyTierReview {\n      id\n    }\n  }\n"): typeof import('./graphql').ApplyTierReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerHome {\n    program {\n      ...ProgramRules\n      nextReviewAt\n    }\n    myNotifications(last: 5) {\n      id\n      kind\n      message\n      createdAt\n    }\n    myPartner {\n      id\n      name\n      domain\n      status\n      track {\n        ...TrackSummary\n      }\n      tier {\n        ...TierRef\n      }\n      progress {\n        currentTier {\n          ...TierFields\n        }\n        nextTier {\n          ...TierRef\n        }\n        toNextTier {\n          metric\n          current\n          required\n          met\n        }\n        benefitsGained {\n          kind\n          value\n        }\n        atRisk\n        currentTierCriteria {\n          metric\n          current\n          required\n          met\n        }\n      }\n      onboarding {\n        completedAt\n        step {\n          ...OnboardingStepFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteOnboardingStep($stepKey: String!) {\n    completeOnboardingStep(stepKey: $stepKey) {\n      completedAt\n    }\n  }\n"): typeof import('./graphql').CompleteOnboardingStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPath {\n    certificationPaths {\n      ...CertificationPathSummary\n      modules {\n        questions {\n          id\n        }\n      }\n    }\n    myCertifications {\n      ...MyCertificationFields\n    }\n  }\n"): typeof import('./graphql').PortalPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalModule {\n    certificationPaths {\n      ...CertificationPathSummary\n      modules {\n        content\n        questions {\n          id\n          prompt\n          choices\n        }\n      }\n    }\n    myCertifications {\n      ...MyCertificationFields\n    }\n  }\n"): typeof import('./graphql').PortalModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteModule($certificationId: ID!, $moduleId: ID!) {\n    completeModule(certificationId: $certificationId, moduleId: $moduleId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CompleteModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitExam($certificationId: ID!, $moduleId: ID!, $answers: [Int!]!) {\n    submitExam(certificationId: $certificationId, moduleId: $moduleId, answers: $answers) {\n      score\n      passed\n      certification {\n        id\n        status\n        certifiedAt\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitExamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalCertifications {\n    certificationPaths {\n      ...CertificationPathSummary\n    }\n    myCertifications {\n      ...MyCertificationFields\n    }\n  }\n"): typeof import('./graphql').PortalCertificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDeal($id: ID!) {\n    program {\n      currency\n    }\n    deal(id: $id) {\n      ...DealDetail\n    }\n  }\n"): typeof import('./graphql').PartnerDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDeals($first: Int, $after: String, $filter: DealFilter) {\n    program {\n      currency\n    }\n    deals(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...DealSummary\n          submittedBy {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerDealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterDealPage {\n    program {\n      currency\n      dealReviewSlaHours\n      dealProtectionDays\n    }\n  }\n"): typeof import('./graphql').RegisterDealPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RegisterDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerEarnings {\n    program {\n      currency\n    }\n    myPartner {\n      id\n      name\n      track {\n        incentiveModel\n      }\n    }\n    earnings {\n      amount\n      model\n      tier {\n        key\n        name\n      }\n      deal {\n        ...DealSummary\n        wonAmount\n        closedAt\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerEarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimMdf($id: ID!, $input: MdfClaimInput!) {\n    claimMdf(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ClaimMdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerMdf($first: Int, $after: String) {\n    program {\n      currency\n      mdfClaimWindowDays\n    }\n    mdfRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...MdfRequestFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerMdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMdf($input: MdfRequestInput!) {\n    requestMdf(input: $input) {\n      id\n      quarter\n    }\n  }\n"): typeof import('./graphql').RequestMdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerProfile {\n    myPartner {\n      id\n      name\n      domain\n      description\n      logoUrl\n      regions\n      contactName\n      contactEmail\n      onboarding {\n        completedAt\n        step {\n          key\n          title\n          completion\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerProfile($input: PartnerProfileInput!) {\n    updatePartnerProfile(input: $input) {\n      id\n      description\n      regions\n      contactName\n      contactEmail\n      logoUrl\n    }\n  }\n"): typeof import('./graphql').UpdatePartnerProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerTeam {\n    myPartner {\n      id\n      users {\n        ...TeamMember\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerRulebook {\n    program {\n      ...ProgramRules\n      nextReviewAt\n    }\n    myPartner {\n      id\n      name\n      tier {\n        ...TierRef\n      }\n      progress {\n        atRisk\n      }\n      track {\n        ...TrackSummary\n        tiers {\n          ...TierFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerRulebookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealsCsvPage($first: Int, $after: String, $filter: DealFilter) {\n    program {\n      currency\n    }\n    deals(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          ...DealSummary\n          rejectionReason\n          partner {\n            id\n            name\n          }\n          submittedBy {\n            email\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DealsCsvPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfPayments($first: Int, $after: String) {\n    program {\n      currency\n    }\n    mdfRequests(first: $first, after: $after, status: [PAID]) {\n      pageInfo { ...PageInfoFields }\n      edges {\n        node {\n          quarter\n          activity\n          approvedAmount\n          paidAmount\n          paidAt\n          partner {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MdfPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportProgram($version: Int) {\n    exportProgram(version: $version)\n  }\n"): typeof import('./graphql').ExportProgramDocument;
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
