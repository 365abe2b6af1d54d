/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

export type Attribution =
  | 'CO_SOLD'
  | 'INFLUENCED'
  | 'SOURCED';

export type AuditEntry = {
  /** e.g. deal.approved, program.published, tier.overridden */
  action: Scalars['String']['output'];
  /** Null for the system (scheduled jobs). */
  actor: Maybe<User>;
  after: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** JSON text of the changed fields before and after. */
  before: Maybe<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: Maybe<Scalars['String']['output']>;
};

export type AuditEntryConnection = {
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuthPayload = {
  token: Scalars['String']['output'];
  user: User;
};

export type BenefitInput = {
  kind: BenefitKind;
  value: Scalars['SafeInt']['input'];
};

export type BenefitKind =
  | 'CO_SELL_CREDIT_BPS'
  | 'DEAL_PROTECTION_DAYS'
  | 'DEDICATED_PARTNER_MANAGER'
  | 'MDF_PER_QUARTER'
  | 'PRIORITY_SUPPORT'
  | 'REFERRAL_FEE'
  | 'RESALE_MARGIN_BPS';

export type Certification = {
  certifiedAt: Maybe<Scalars['DateTime']['output']>;
  completedModuleIds: Array<Scalars['ID']['output']>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  path: CertificationPath;
  status: CertificationStatus;
  user: User;
};

export type CertificationModule = {
  /** Course modules: the lesson, in Markdown. */
  content: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ModuleKind;
  /** Exam modules only; never includes the answers. */
  questions: Array<ExamQuestion>;
  title: Scalars['String']['output'];
};

export type CertificationModuleInput = {
  /** Course modules: the lesson, in Markdown. */
  content?: InputMaybe<Scalars['String']['input']>;
  kind: ModuleKind;
  questions?: InputMaybe<Array<ExamQuestionInput>>;
  title: Scalars['String']['input'];
};

export type CertificationPath = {
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  modules: Array<CertificationModule>;
  name: Scalars['String']['output'];
  /** Percent of exam questions to answer right, 0-100. */
  passingScore: Scalars['Int']['output'];
  /** Null = open to every track. */
  trackKey: Maybe<Scalars['String']['output']>;
  validityDays: Scalars['Int']['output'];
};

export type CertificationPathInput = {
  key: Scalars['String']['input'];
  modules: Array<CertificationModuleInput>;
  name: Scalars['String']['input'];
  passingScore: Scalars['Int']['input'];
  trackKey?: InputMaybe<Scalars['String']['input']>;
  validityDays: Scalars['Int']['input'];
};

export type CertificationStatus =
  | 'CERTIFIED'
  | 'EXPIRED'
  | 'IN_PROGRESS';

export type ConflictKind =
  | 'DIRECT_ACCOUNT'
  | 'SAME_DOMAIN'
  | 'SIMILAR_NAME';

export type CreatePartnerInput = {
  domain?: InputMaybe<Scalars['String']['input']>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  trackKey: Scalars['String']['input'];
};

export type CriterionInput = {
  metric: TierMetric;
  threshold: Scalars['SafeInt']['input'];
  /** Trailing window in days; null means the program default (365). */
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

export type CriterionProgress = {
  current: Scalars['SafeInt']['output'];
  met: Scalars['Boolean']['output'];
  metric: TierMetric;
  required: Scalars['SafeInt']['output'];
};

/** A line of a direct-account CSV that cannot be imported. */
export type CsvRowError = {
  /** 1-based line number in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type DealConflict = {
  /** Free text, e.g. the direct account's owner. */
  detail: Maybe<Scalars['String']['output']>;
  kind: ConflictKind;
  /** The other registration, when the conflict is with one. */
  registration: Maybe<DealRegistration>;
};

export type DealConnection = {
  edges: Array<DealEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DealEdge = {
  cursor: Scalars['String']['output'];
  node: DealRegistration;
};

export type DealFilter = {
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<DealStatus>>;
};

/** NEWEST: newest first. REVIEW_DUE: earliest review deadline first (overdue on top), for the review queue. */
export type DealOrder =
  | 'NEWEST'
  | 'REVIEW_DUE';

export type DealRegistration = {
  amount: Scalars['SafeInt']['output'];
  attribution: Attribution;
  /** When it was closed WON or LOST. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Vendor staff only: other open registrations or direct accounts for the same customer. FORBIDDEN for partner users. */
  conflicts: Array<DealConflict>;
  createdAt: Scalars['DateTime']['output'];
  /** Lower-cased registrable domain, e.g. acme.com. */
  customerDomain: Scalars['String']['output'];
  customerName: Scalars['String']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  expectedCloseDate: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What the partner added when registering. */
  notes: Maybe<Scalars['String']['output']>;
  partner: Partner;
  /** Set on approval; after it the registration expires unless closed. */
  protectionEndsAt: Maybe<Scalars['DateTime']['output']>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  /** When the vendor must decide by (created + program SLA). */
  reviewDueAt: Scalars['DateTime']['output'];
  status: DealStatus;
  submittedBy: User;
  /** The amount won (may differ from the registered amount). */
  wonAmount: Maybe<Scalars['SafeInt']['output']>;
};

export type DealStatus =
  | 'APPROVED'
  | 'EXPIRED'
  | 'LOST'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WON';

export type DirectAccount = {
  domain: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  importedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  /** Who owns the account at the vendor. */
  owner: Maybe<Scalars['String']['output']>;
};

export type DirectAccountConnection = {
  edges: Array<DirectAccountEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DirectAccountEdge = {
  cursor: Scalars['String']['output'];
  node: DirectAccount;
};

export type DirectAccountImport = {
  /** The valid rows, as they would be (or were) stored. */
  accounts: Array<DirectAccount>;
  /** Accounts new to the list. */
  created: Scalars['Int']['output'];
  /** True when nothing was written (a preview, or errors were found). */
  dryRun: Scalars['Boolean']['output'];
  errors: Array<CsvRowError>;
  /** Accounts already listed whose name or owner the file changes. */
  updated: Scalars['Int']['output'];
};

export type Earning = {
  amount: Scalars['SafeInt']['output'];
  deal: DealRegistration;
  /** The incentive model of the partner's track when the deal closed. */
  model: IncentiveModel;
  /** The tier held when the deal closed; it decides the rate. */
  tier: Tier;
};

export type ExamQuestion = {
  choices: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  prompt: Scalars['String']['output'];
};

export type ExamQuestionInput = {
  /** Index into choices. */
  answer: Scalars['Int']['input'];
  choices: Array<Scalars['String']['input']>;
  prompt: Scalars['String']['input'];
};

/** Vendor admins editing a path: a question with its answer. */
export type ExamQuestionWithAnswer = {
  answer: Scalars['Int']['output'];
  choices: Array<Scalars['String']['output']>;
  prompt: Scalars['String']['output'];
};

export type ExamResult = {
  certification: Certification;
  passed: Scalars['Boolean']['output'];
  /** Percent right, 0-100. */
  score: Scalars['Int']['output'];
};

export type IncentiveModel =
  | 'CO_SELL_CREDIT'
  | 'REFERRAL_FEE'
  | 'RESALE_MARGIN';

export type Invitation = {
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  partner: Maybe<Partner>;
  role: Role;
  /** One-time secret for acceptInvitation; shown to the inviter once. */
  token: Scalars['String']['output'];
};

/** What an invitation link is for, shown before it is accepted. */
export type InvitationPreview = {
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  partnerName: Maybe<Scalars['String']['output']>;
  role: Role;
};

/** A finding of the program design check. ERROR blocks publish. */
export type LintFinding = {
  message: Scalars['String']['output'];
  path: Maybe<Scalars['String']['output']>;
  /** Stable machine-readable rule name, e.g. TIER_WITHOUT_BENEFIT_GAIN. */
  rule: Scalars['String']['output'];
  severity: LintSeverity;
};

export type LintSeverity =
  | 'ERROR'
  | 'WARNING';

export type MdfClaimInput = {
  amount: Scalars['SafeInt']['input'];
  /** Proof of performance: ids returned by the upload endpoint. */
  attachmentIds: Array<Scalars['ID']['input']>;
  /** Results, e.g. leads generated. */
  results?: InputMaybe<Scalars['String']['input']>;
};

export type MdfFund = {
  allocated: Scalars['SafeInt']['output'];
  /** allocated - committed - paid; never below zero. */
  available: Scalars['SafeInt']['output'];
  /** Approved and not yet paid or released. */
  committed: Scalars['SafeInt']['output'];
  paid: Scalars['SafeInt']['output'];
  partner: Partner;
  /** Calendar quarter, e.g. 2026-Q4. */
  quarter: Scalars['String']['output'];
};

export type MdfRequest = {
  activity: Scalars['String']['output'];
  approvedAmount: Maybe<Scalars['SafeInt']['output']>;
  /** Proof of performance attached to the claim; the file is at /uploads/:id. */
  attachments: Array<Upload>;
  /** Approved requests: claim by then, or the funds are released. */
  claimDueAt: Maybe<Scalars['DateTime']['output']>;
  /** What the activity achieved, as claimed. */
  claimResults: Maybe<Scalars['String']['output']>;
  claimedAmount: Maybe<Scalars['SafeInt']['output']>;
  claimedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decisionReason: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  paidAmount: Maybe<Scalars['SafeInt']['output']>;
  paidAt: Maybe<Scalars['DateTime']['output']>;
  partner: Partner;
  /** Calendar quarter, e.g. 2026-Q4. */
  quarter: Scalars['String']['output'];
  requestedAmount: Scalars['SafeInt']['output'];
  status: MdfRequestStatus;
};

export type MdfRequestConnection = {
  edges: Array<MdfRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MdfRequestEdge = {
  cursor: Scalars['String']['output'];
  node: MdfRequest;
};

export type MdfRequestInput = {
  activity: Scalars['String']['input'];
  amount: Scalars['SafeInt']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Quarter the funds come from; default: the current quarter. */
  quarter?: InputMaybe<Scalars['String']['input']>;
};

export type MdfRequestStatus =
  | 'APPROVED'
  | 'CLAIMED'
  | 'CLAIM_REJECTED'
  | 'PAID'
  | 'REJECTED'
  | 'SUBMITTED';

export type ModuleKind =
  | 'COURSE'
  | 'EXAM';

export type Mutation = {
  acceptInvitation: AuthPayload;
  /** Vendor staff: change a quarter's allocation (never below committed + paid); audited with the reason. */
  adjustMdfAllocation: MdfFund;
  /** Vendor admin: apply the tier review now; records the program version used. */
  applyTierReview: TierReview;
  /** Vendor staff. */
  approveDeal: DealRegistration;
  /** Vendor staff: approve all or part (amount defaults to the requested amount). */
  approveMdf: MdfRequest;
  /** Vendor staff: pay the claim (amount defaults to min(claimed, approved)). */
  approveMdfClaim: MdfRequest;
  /** Partner users: claim reimbursement for an APPROVED request. */
  claimMdf: MdfRequest;
  /** Vendor staff, or the registering partner: close an APPROVED registration. */
  closeDeal: DealRegistration;
  completeModule: Certification;
  /** Partner users: tick off a MANUAL onboarding step. */
  completeOnboardingStep: OnboardingItem;
  /** Vendor staff. */
  createPartner: Partner;
  /** Partner users. */
  enroll: Certification;
  /** Vendor staff: import direct accounts from CSV (columns domain, name, owner). dryRun previews; a file with errors imports nothing. */
  importDirectAccounts: DirectAccountImport;
  /** Vendor admin: replace the draft from a YAML or JSON text (errors name the line or path). */
  importProgramDraft: Program;
  /** Vendor admins invite anyone; partner admins invite users of their own partner. */
  invite: Invitation;
  login: AuthPayload;
  logout: Scalars['Boolean']['output'];
  /** Vendor admin: offboard; the partner's users can no longer sign in. */
  offboardPartner: Partner;
  /** Vendor staff: set the tier outside a review; reason is required and audited. */
  overrideTier: Partner;
  /** Vendor admin: publish the draft (fails with BAD_USER_INPUT while the lint has ERRORs). */
  publishProgram: Program;
  /** Partner users. */
  registerDeal: DealRegistration;
  rejectDeal: DealRegistration;
  rejectMdf: MdfRequest;
  rejectMdfClaim: MdfRequest;
  /** Partner users. */
  requestMdf: MdfRequest;
  /** Vendor admin: create or replace the path with this key. */
  saveCertificationPath: CertificationPath;
  /** Vendor admin: replace the draft program. */
  saveProgramDraft: Program;
  /** answers[i] is the chosen index for the i-th question of the exam module. */
  submitExam: ExamResult;
  /** Partner admins: their own profile (partnerId optional). Vendor staff: any partner. */
  updatePartnerProfile: Partner;
};


export type MutationAcceptInvitationArgs = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAdjustMdfAllocationArgs = {
  allocated: Scalars['SafeInt']['input'];
  partnerId: Scalars['ID']['input'];
  quarter: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationApproveDealArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveMdfArgs = {
  amount: InputMaybe<Scalars['SafeInt']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationApproveMdfClaimArgs = {
  amount: InputMaybe<Scalars['SafeInt']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationClaimMdfArgs = {
  id: Scalars['ID']['input'];
  input: MdfClaimInput;
};


export type MutationCloseDealArgs = {
  amount: InputMaybe<Scalars['SafeInt']['input']>;
  closedAt: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  won: Scalars['Boolean']['input'];
};


export type MutationCompleteModuleArgs = {
  certificationId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
};


export type MutationCompleteOnboardingStepArgs = {
  stepKey: Scalars['String']['input'];
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationEnrollArgs = {
  pathId: Scalars['ID']['input'];
};


export type MutationImportDirectAccountsArgs = {
  csv: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationImportProgramDraftArgs = {
  text: Scalars['String']['input'];
};


export type MutationInviteArgs = {
  email: Scalars['String']['input'];
  partnerId: InputMaybe<Scalars['ID']['input']>;
  role: Role;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationOffboardPartnerArgs = {
  partnerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationOverrideTierArgs = {
  partnerId: Scalars['ID']['input'];
  pinnedUntil: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
  tierKey: Scalars['String']['input'];
};


export type MutationRegisterDealArgs = {
  input: RegisterDealInput;
};


export type MutationRejectDealArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectMdfArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectMdfClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRequestMdfArgs = {
  input: MdfRequestInput;
};


export type MutationSaveCertificationPathArgs = {
  input: CertificationPathInput;
};


export type MutationSaveProgramDraftArgs = {
  input: ProgramInput;
};


export type MutationSubmitExamArgs = {
  answers: Array<Scalars['Int']['input']>;
  certificationId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
};


export type MutationUpdatePartnerProfileArgs = {
  input: PartnerProfileInput;
  partnerId: InputMaybe<Scalars['ID']['input']>;
};

export type Notification = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type OnboardingItem = {
  completedAt: Maybe<Scalars['DateTime']['output']>;
  step: OnboardingStep;
};

export type OnboardingStep = {
  completion: StepCompletion;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type OnboardingStepInput = {
  completion: StepCompletion;
  description?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type PageInfo = {
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Partner = {
  contactEmail: Maybe<Scalars['String']['output']>;
  contactName: Maybe<Scalars['String']['output']>;
  /** What the partner does, for the vendor and its customers. */
  description: Maybe<Scalars['String']['output']>;
  domain: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  logoUrl: Maybe<Scalars['String']['output']>;
  manager: Maybe<User>;
  name: Scalars['String']['output'];
  onboarding: Array<OnboardingItem>;
  progress: TierProgress;
  /** Regions the partner serves. */
  regions: Array<Scalars['String']['output']>;
  status: PartnerStatus;
  /** The entry tier of its track at creation; changed by tier reviews and overrides. */
  tier: Tier;
  /** Set when the tier was set by hand outside a review. */
  tierOverride: Maybe<TierOverride>;
  track: Track;
  /** The partner's users (its team). */
  users: Array<User>;
};

export type PartnerConnection = {
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerEdge = {
  cursor: Scalars['String']['output'];
  node: Partner;
};

/** The partner profile; PROFILE_COMPLETED needs a description, a region and a contact. */
export type PartnerProfileInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PartnerStatus =
  | 'ACTIVE'
  | 'OFFBOARDED'
  | 'ONBOARDING';

export type Program = {
  currency: Scalars['String']['output'];
  dealProtectionDays: Scalars['Int']['output'];
  dealReviewSlaHours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Days after an MDF approval within which the partner must claim. */
  mdfClaimWindowDays: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** When the next scheduled tier review runs (null: reviews are off). */
  nextReviewAt: Maybe<Scalars['DateTime']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  reviewCadenceMonths: Scalars['Int']['output'];
  targetMetric: TierMetric;
  tracks: Array<Track>;
  /** Increases by one at each publish; the draft has the next number. */
  version: Scalars['Int']['output'];
};

/** A difference between two program versions. */
export type ProgramChange = {
  description: Scalars['String']['output'];
  /** ADDED, REMOVED or CHANGED. */
  kind: Scalars['String']['output'];
  /** "program", a track key, "track/tier", or "track/tier/criterion:METRIC" and the like. */
  path: Scalars['String']['output'];
};

export type ProgramInput = {
  /** ISO 4217 code, e.g. USD. */
  currency: Scalars['String']['input'];
  dealProtectionDays: Scalars['Int']['input'];
  dealReviewSlaHours: Scalars['Int']['input'];
  /** Days after an MDF approval within which the partner must claim (default 90). */
  mdfClaimWindowDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  reviewCadenceMonths: Scalars['Int']['input'];
  targetMetric: TierMetric;
  tracks: Array<TrackInput>;
};

/** One published version in the program history. */
export type ProgramVersionInfo = {
  name: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  publishedById: Maybe<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type Query = {
  /** Vendor staff only; newest first. */
  auditLog: AuditEntryConnection;
  /** One path the caller may see (else NOT_FOUND). */
  certificationPath: Maybe<CertificationPath>;
  /** Partner users: the paths open to their track. Vendor staff: all. */
  certificationPaths: Array<CertificationPath>;
  deal: Maybe<DealRegistration>;
  /** Partner users see their partner's deals; vendor staff see all. */
  deals: DealConnection;
  /** Vendor staff: the direct accounts, by domain. */
  directAccounts: DirectAccountConnection;
  /** Partner users: their partner's earnings. Vendor staff must pass partnerId. */
  earnings: Array<Earning>;
  /** Vendor admin: the questions of an exam module with their answers, for editing. */
  examAnswerKey: Array<ExamQuestionWithAnswer>;
  /** Vendor staff: a version as YAML (default: the draft, else the published program). */
  exportProgram: Scalars['String']['output'];
  /** Whom an invitation is for; null when the token is not usable. */
  invitationPreview: Maybe<InvitationPreview>;
  /** Partner users: their partner's fund; vendor staff must pass partnerId. */
  mdfFund: MdfFund;
  /** One request (another partner's is NOT_FOUND). */
  mdfRequest: Maybe<MdfRequest>;
  /** Partner users: their partner's requests. Vendor staff: all (or one partner's). */
  mdfRequests: MdfRequestConnection;
  /** Null when not signed in. */
  me: Maybe<User>;
  /** The caller's certifications. */
  myCertifications: Array<Certification>;
  /** Partner users: their partner's latest messages (tier changes and the like). */
  myNotifications: Array<Notification>;
  /** Partner users: their own partner. Vendor staff: null. */
  myPartner: Maybe<Partner>;
  partner: Maybe<Partner>;
  /** Vendor staff only. */
  partners: PartnerConnection;
  /** Vendor staff only: what applyTierReview would do now. */
  previewTierReview: Array<TierChange>;
  /** The published program; null before the first publish. */
  program: Maybe<Program>;
  /** Vendor staff: what changed from one version to another (the draft included). */
  programDiff: Array<ProgramChange>;
  /** Vendor staff only. */
  programDraft: Maybe<Program>;
  /** Vendor staff only: the design check of the draft. */
  programLint: Array<LintFinding>;
  /** Vendor staff: one version (published, or the draft by its number). */
  programVersion: Program;
  /** Vendor staff: the published versions, newest first. */
  programVersions: Array<ProgramVersionInfo>;
  /** Vendor staff only. */
  scoreboard: Scoreboard;
  /** Vendor staff: applied reviews, newest first. */
  tierReviews: Array<TierReview>;
  /** Vendor staff: the vendor staff who can sign in (e.g. to choose a partner manager). */
  vendorStaff: Array<User>;
};


export type QueryAuditLogArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  entityId: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCertificationPathArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DealOrder>;
};


export type QueryDirectAccountsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEarningsArgs = {
  partnerId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExamAnswerKeyArgs = {
  moduleId: Scalars['ID']['input'];
  pathId: Scalars['ID']['input'];
};


export type QueryExportProgramArgs = {
  version: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryMdfFundArgs = {
  partnerId: InputMaybe<Scalars['ID']['input']>;
  quarter: InputMaybe<Scalars['String']['input']>;
};


export type QueryMdfRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMdfRequestsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<Array<MdfRequestStatus>>;
};


export type QueryMyNotificationsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProgramDiffArgs = {
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
};


export type QueryProgramVersionArgs = {
  version: Scalars['Int']['input'];
};


export type QueryScoreboardArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryTierReviewsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterDealInput = {
  amount: Scalars['SafeInt']['input'];
  attribution: Attribution;
  customerDomain: Scalars['String']['input'];
  customerName: Scalars['String']['input'];
  expectedCloseDate: Scalars['DateTime']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
};

export type Role =
  | 'PARTNER_ADMIN'
  | 'PARTNER_MANAGER'
  | 'PARTNER_REP'
  | 'VENDOR_ADMIN';

/** Program outcomes for a period [from, to). */
export type Scoreboard = {
  /** Partner users who signed in within the last 60 days (as of now). */
  activeReps60d: Scalars['Int']['output'];
  /** Registrations approved in the period, whatever their status now. */
  approvedDeals: Scalars['Int']['output'];
  byTrack: Array<TrackScore>;
  /** Partners with at least one active user holding an unexpired certification now. */
  certifiedPartners: Scalars['Int']['output'];
  /** Active partners with no registration in the last 90 days: off-boarding candidates. */
  inactivePartners: Array<Partner>;
  /** Same for INFLUENCED and CO_SOLD registrations. */
  influencedPipeline: Scalars['SafeInt']['output'];
  /** Partners whose tier was set by hand (exceptions to the rule). */
  overrides: Array<Partner>;
  /** Registrations submitted in the period. */
  registeredDeals: Scalars['Int']['output'];
  /** approvedDeals / registeredDeals in basis points; null without registrations. */
  registeredToApprovedBps: Maybe<Scalars['Int']['output']>;
  /** Sum of amounts of SOURCED registrations approved in the period, whatever their status now. */
  sourcedPipeline: Scalars['SafeInt']['output'];
  /** Sum of won amounts of SOURCED registrations closed won in the period. */
  sourcedRevenueWon: Scalars['SafeInt']['output'];
  /** Partners per tier now (offboarded ones excluded). */
  tierDistribution: Array<TierCount>;
};

export type StepCompletion =
  | 'FIRST_CERTIFICATION'
  | 'FIRST_DEAL_APPROVED'
  | 'FIRST_DEAL_REGISTERED'
  | 'FIRST_DEAL_WON'
  | 'MANUAL'
  | 'PROFILE_COMPLETED';

export type Tier = {
  benefits: Array<TierBenefit>;
  criteria: Array<TierCriterion>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 0 = entry tier; higher ranks are higher tiers. */
  rank: Scalars['Int']['output'];
};

export type TierBenefit = {
  kind: BenefitKind;
  value: Scalars['SafeInt']['output'];
};

export type TierChange = {
  from: Maybe<Tier>;
  move: TierMove;
  partner: Partner;
  /** Held by a pinned override rather than placed by the rule. */
  pinned: Scalars['Boolean']['output'];
  to: Maybe<Tier>;
};

export type TierCount = {
  partners: Scalars['Int']['output'];
  rank: Scalars['Int']['output'];
  tierKey: Scalars['String']['output'];
  tierName: Scalars['String']['output'];
  trackKey: Scalars['String']['output'];
};

export type TierCriterion = {
  metric: TierMetric;
  threshold: Scalars['SafeInt']['output'];
  /** Trailing window in days; null means the program default (365). */
  windowDays: Maybe<Scalars['Int']['output']>;
};

export type TierInput = {
  benefits: Array<BenefitInput>;
  criteria: Array<CriterionInput>;
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** How a tier criterion is measured for one partner (trailing window unless noted). */
export type TierMetric =
  | 'CERTIFIED_REPS'
  | 'DEALS_WON'
  | 'ONBOARDING_COMPLETE'
  | 'REGISTERED_DEALS'
  | 'SOURCED_PIPELINE'
  | 'SOURCED_REVENUE_WON';

export type TierMove =
  | 'DEMOTE'
  | 'HOLD'
  | 'PROMOTE';

/** A tier set by hand outside a review: an exception on reports. */
export type TierOverride = {
  at: Scalars['DateTime']['output'];
  by: Maybe<User>;
  /** Reviews hold the tier until then; null: the next review applies the rule. */
  pinnedUntil: Maybe<Scalars['DateTime']['output']>;
  reason: Scalars['String']['output'];
};

export type TierProgress = {
  /** True when the partner no longer meets its current tier's criteria. */
  atRisk: Scalars['Boolean']['output'];
  /** What the next tier gives that the current one does not. */
  benefitsGained: Array<TierBenefit>;
  currentTier: Maybe<Tier>;
  /** Progress against the current tier's criteria: what is missing when at risk. */
  currentTierCriteria: Array<CriterionProgress>;
  /** Null at the top tier. */
  nextTier: Maybe<Tier>;
  /** Progress against the next tier's criteria (empty at the top tier). */
  toNextTier: Array<CriterionProgress>;
};

export type TierReview = {
  appliedAt: Scalars['DateTime']['output'];
  /** Null for a scheduled review. */
  appliedBy: Maybe<User>;
  changes: Array<TierChange>;
  id: Scalars['ID']['output'];
  programVersion: Scalars['Int']['output'];
};

export type Track = {
  id: Scalars['ID']['output'];
  incentiveModel: IncentiveModel;
  key: Scalars['String']['output'];
  /** The go-to-market motion of this partner type, in words. */
  motion: Scalars['String']['output'];
  name: Scalars['String']['output'];
  onboardingSteps: Array<OnboardingStep>;
  /** Lowest first. */
  tiers: Array<Tier>;
};

export type TrackInput = {
  incentiveModel: IncentiveModel;
  key: Scalars['String']['input'];
  motion: Scalars['String']['input'];
  name: Scalars['String']['input'];
  onboardingSteps: Array<OnboardingStepInput>;
  /** Lowest first. */
  tiers: Array<TierInput>;
};

/** Outcomes of one track for the period. */
export type TrackScore = {
  approvedDeals: Scalars['Int']['output'];
  influencedPipeline: Scalars['SafeInt']['output'];
  partners: Scalars['Int']['output'];
  registeredDeals: Scalars['Int']['output'];
  sourcedPipeline: Scalars['SafeInt']['output'];
  sourcedRevenueWon: Scalars['SafeInt']['output'];
  trackKey: Scalars['String']['output'];
  trackName: Scalars['String']['output'];
};

export type Upload = {
  createdAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mimeType: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

export type User = {
  /** Visible to the user, users of the same partner, and vendor staff. */
  certifications: Array<Certification>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Null for vendor staff. */
  partner: Maybe<Partner>;
  role: Role;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role, partner: { id: string, name: string, status: PartnerStatus } | null } | null };

export type SaveCertificationPathMutationVariables = Exact<{
  input: CertificationPathInput;
}>;


export type SaveCertificationPathMutation = { saveCertificationPath: { id: string, key: string } };

export type CloseDealMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  won: Scalars['Boolean']['input'];
  amount: InputMaybe<Scalars['SafeInt']['input']>;
  closedAt: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CloseDealMutation = { closeDeal: { id: string, status: DealStatus } };

export type EnrollMutationVariables = Exact<{
  pathId: Scalars['ID']['input'];
}>;


export type EnrollMutation = { enroll: { id: string, status: CertificationStatus, completedModuleIds: Array<string> } };

export type TierRefFragment = { key: string, name: string, rank: number };

export type TierFieldsFragment = { id: string, key: string, name: string, rank: number, criteria: Array<{ metric: TierMetric, threshold: number, windowDays: number | null }>, benefits: Array<{ kind: BenefitKind, value: number }> };

export type OnboardingStepFieldsFragment = { id: string, key: string, title: string, description: string | null, completion: StepCompletion };

export type TrackSummaryFragment = { id: string, key: string, name: string, motion: string, incentiveModel: IncentiveModel };

export type ProgramRulesFragment = { id: string, version: number, name: string, currency: string, targetMetric: TierMetric, reviewCadenceMonths: number, dealProtectionDays: number, dealReviewSlaHours: number, mdfClaimWindowDays: number, publishedAt: string | null };

export type ProgramFieldsFragment = { id: string, version: number, name: string, currency: string, targetMetric: TierMetric, reviewCadenceMonths: number, dealProtectionDays: number, dealReviewSlaHours: number, mdfClaimWindowDays: number, publishedAt: string | null, tracks: Array<{ id: string, key: string, name: string, motion: string, incentiveModel: IncentiveModel, tiers: Array<{ id: string, key: string, name: string, rank: number, criteria: Array<{ metric: TierMetric, threshold: number, windowDays: number | null }>, benefits: Array<{ kind: BenefitKind, value: number }> }>, onboardingSteps: Array<{ id: string, key: string, title: string, description: string | null, completion: StepCompletion }> }> };

export type PartnerTierRowFragment = { id: string, name: string, track: { name: string }, tier: { key: string, name: string, rank: number } };

export type LintFindingFieldsFragment = { severity: LintSeverity, rule: string, path: string | null, message: string };

export type DealSummaryFragment = { id: string, customerName: string, customerDomain: string, amount: number, attribution: Attribution, status: DealStatus, createdAt: string, reviewDueAt: string, decidedAt: string | null, expectedCloseDate: string, protectionEndsAt: string | null };

export type DealDetailFragment = { rejectionReason: string | null, closedAt: string | null, wonAmount: number | null, notes: string | null, id: string, customerName: string, customerDomain: string, amount: number, attribution: Attribution, status: DealStatus, createdAt: string, reviewDueAt: string, decidedAt: string | null, expectedCloseDate: string, protectionEndsAt: string | null, submittedBy: { name: string } };

export type MdfRequestFieldsFragment = { id: string, activity: string, description: string | null, quarter: string, status: MdfRequestStatus, requestedAmount: number, approvedAmount: number | null, claimedAmount: number | null, paidAmount: number | null, createdAt: string, decidedAt: string | null, claimedAt: string | null, paidAt: string | null, claimDueAt: string | null, claimResults: string | null, decisionReason: string | null };

export type MdfFundFieldsFragment = { quarter: string, allocated: number, committed: number, paid: number, available: number };

export type PartnerCardFragment = { id: string, name: string, domain: string | null, status: PartnerStatus, track: { key: string, name: string }, tier: { key: string, name: string, rank: number }, manager: { id: string, name: string } | null, tierOverride: { at: string, reason: string, pinnedUntil: string | null } | null };

export type CertificationPathSummaryFragment = { id: string, key: string, name: string, trackKey: string | null, validityDays: number, passingScore: number, modules: Array<{ id: string, kind: ModuleKind, title: string }> };

export type MyCertificationFieldsFragment = { id: string, status: CertificationStatus, completedModuleIds: Array<string>, certifiedAt: string | null, expiresAt: string | null, path: { id: string } };

export type TeamMemberFragment = { id: string, name: string, email: string, role: Role, certifications: Array<{ id: string, status: CertificationStatus, certifiedAt: string | null, expiresAt: string | null, completedModuleIds: Array<string>, path: { id: string, name: string, modules: Array<{ id: string }> } }> };

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

export type InviteMutationVariables = Exact<{
  email: Scalars['String']['input'];
  role: Role;
  partnerId: InputMaybe<Scalars['ID']['input']>;
}>;


export type InviteMutation = { invite: { id: string, email: string, role: Role, token: string, expiresAt: string } };

export type MdfRequestDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MdfRequestDetailQuery = { program: { currency: string } | null, mdfRequest: { id: string, activity: string, description: string | null, quarter: string, status: MdfRequestStatus, requestedAmount: number, approvedAmount: number | null, claimedAmount: number | null, paidAmount: number | null, createdAt: string, decidedAt: string | null, claimedAt: string | null, paidAt: string | null, claimDueAt: string | null, claimResults: string | null, decisionReason: string | null, partner: { id: string, name: string, tier: { key: string, name: string, rank: number }, track: { name: string } }, attachments: Array<{ id: string, fileName: string, mimeType: string, size: number, createdAt: string }> } | null };

export type MdfFundQueryVariables = Exact<{
  partnerId: InputMaybe<Scalars['ID']['input']>;
  quarter: InputMaybe<Scalars['String']['input']>;
}>;


export type MdfFundQuery = { mdfFund: { quarter: string, allocated: number, committed: number, paid: number, available: number } };

export type SaveProgramDraftMutationVariables = Exact<{
  input: ProgramInput;
}>;


export type SaveProgramDraftMutation = { saveProgramDraft: { version: number } };

export type ProgramLintQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramLintQuery = { programLint: Array<{ severity: LintSeverity, rule: string, path: string | null, message: string }> };

export type ScoreboardQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type ScoreboardQuery = { program: { currency: string } | null, scoreboard: { registeredDeals: number, approvedDeals: number, registeredToApprovedBps: number | null, sourcedPipeline: number, influencedPipeline: number, sourcedRevenueWon: number, activeReps60d: number, certifiedPartners: number, byTrack: Array<{ trackKey: string, trackName: string, partners: number, registeredDeals: number, approvedDeals: number, sourcedPipeline: number, influencedPipeline: number, sourcedRevenueWon: number }>, tierDistribution: Array<{ trackKey: string, tierKey: string, tierName: string, rank: number, partners: number }>, inactivePartners: Array<{ id: string, name: string, track: { name: string }, tier: { key: string, name: string, rank: number } }>, overrides: Array<{ id: string, name: string, tierOverride: { reason: string, at: string, pinnedUntil: string | null } | null, track: { name: string }, tier: { key: string, name: string, rank: number } }> } };

export type AuditLogQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, action: string, entityType: string, entityId: string, before: string | null, after: string | null, reason: string | null, actor: { id: string, name: string, email: string } | null } }> } };

export type EditCertificationPathQueryVariables = Exact<{ [key: string]: never; }>;


export type EditCertificationPathQuery = { program: { tracks: Array<{ key: string, name: string }> } | null, certificationPaths: Array<{ id: string, key: string, name: string, trackKey: string | null, validityDays: number, passingScore: number, modules: Array<{ content: string | null, id: string, kind: ModuleKind, title: string, questions: Array<{ id: string, prompt: string, choices: Array<string> }> }> }> };

export type ExamAnswerKeyQueryVariables = Exact<{
  pathId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
}>;


export type ExamAnswerKeyQuery = { examAnswerKey: Array<{ prompt: string, choices: Array<string>, answer: number }> };

export type ConsoleCertificationPathsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCertificationPathsQuery = { program: { tracks: Array<{ key: string, name: string }> } | null, certificationPaths: Array<{ id: string, key: string, name: string, trackKey: string | null, validityDays: number, passingScore: number, modules: Array<{ id: string, kind: ModuleKind, title: string }> }> };

export type NewPathTracksQueryVariables = Exact<{ [key: string]: never; }>;


export type NewPathTracksQuery = { program: { tracks: Array<{ key: string, name: string }> } | null };

export type ReviewDealQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewDealQuery = { program: { currency: string } | null, deal: { rejectionReason: string | null, closedAt: string | null, wonAmount: number | null, notes: string | null, id: string, customerName: string, customerDomain: string, amount: number, attribution: Attribution, status: DealStatus, createdAt: string, reviewDueAt: string, decidedAt: string | null, expectedCloseDate: string, protectionEndsAt: string | null, submittedBy: { email: string, name: string }, partner: { id: string, name: string, domain: string | null, tier: { name: string, rank: number }, track: { name: string } }, conflicts: Array<{ kind: ConflictKind, detail: string | null, registration: { id: string, customerName: string, customerDomain: string, amount: number, attribution: Attribution, status: DealStatus, createdAt: string, reviewDueAt: string, decidedAt: string | null, expectedCloseDate: string, protectionEndsAt: string | null, partner: { id: string, name: string } } | null }> } | null };

export type ApproveDealMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveDealMutation = { approveDeal: { id: string, status: DealStatus, protectionEndsAt: string | null } };

export type RejectDealMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectDealMutation = { rejectDeal: { id: string, status: DealStatus } };

export type ReviewQueueQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DealFilter>;
  orderBy: InputMaybe<DealOrder>;
}>;


export type ReviewQueueQuery = { program: { currency: string, dealReviewSlaHours: number } | null, deals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, customerName: string, customerDomain: string, amount: number, attribution: Attribution, status: DealStatus, createdAt: string, reviewDueAt: string, decidedAt: string | null, expectedCloseDate: string, protectionEndsAt: string | null, partner: { id: string, name: string } } }> } };

export type DirectAccountsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type DirectAccountsQuery = { directAccounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, domain: string, name: string, owner: string | null, importedAt: string } }> } };

export type ImportDirectAccountsMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  dryRun: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ImportDirectAccountsMutation = { importDirectAccounts: { dryRun: boolean, created: number, updated: number, errors: Array<{ line: number, message: string }>, accounts: Array<{ domain: string, name: string, owner: string | null }> } };

export type InvitePartnerChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitePartnerChoicesQuery = { partners: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: PartnerStatus } }> } };

export type ApproveMdfMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  amount: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type ApproveMdfMutation = { approveMdf: { id: string, status: MdfRequestStatus } };

export type RejectMdfMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectMdfMutation = { rejectMdf: { id: string, status: MdfRequestStatus } };

export type PayMdfClaimMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  amount: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type PayMdfClaimMutation = { approveMdfClaim: { id: string, status: MdfRequestStatus } };

export type RejectMdfClaimMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectMdfClaimMutation = { rejectMdfClaim: { id: string, status: MdfRequestStatus } };

export type AdjustMdfAllocationMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  quarter: Scalars['String']['input'];
  allocated: Scalars['SafeInt']['input'];
  reason: Scalars['String']['input'];
}>;


export type AdjustMdfAllocationMutation = { adjustMdfAllocation: { allocated: number } };

export type MdfQueueQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  partnerId: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<Array<MdfRequestStatus> | MdfRequestStatus>;
}>;


export type MdfQueueQuery = { program: { currency: string } | null, mdfRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, activity: string, description: string | null, quarter: string, status: MdfRequestStatus, requestedAmount: number, approvedAmount: number | null, claimedAmount: number | null, paidAmount: number | null, createdAt: string, decidedAt: string | null, claimedAt: string | null, paidAt: string | null, claimDueAt: string | null, claimResults: string | null, decisionReason: string | null, partner: { id: string, name: string, tier: { name: string, rank: number } } } }> } };

export type MdfQueuePartnerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MdfQueuePartnerQuery = { partner: { id: string, name: string } | null };

export type PartnerDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerDetailQuery = { program: { currency: string } | null, partner: { id: string, name: string, domain: string | null, status: PartnerStatus, track: { motion: string, incentiveModel: IncentiveModel, key: string, name: string, tiers: Array<{ key: string, name: string, rank: number }> }, tierOverride: { at: string, reason: string, pinnedUntil: string | null, by: { id: string, name: string, email: string } | null } | null, tier: { key: string, name: string, rank: number, benefits: Array<{ kind: BenefitKind, value: number }> }, manager: { email: string, id: string, name: string } | null, progress: { atRisk: boolean, nextTier: { key: string, name: string } | null, benefitsGained: Array<{ kind: BenefitKind, value: number }>, toNextTier: Array<{ metric: TierMetric, current: number, required: number, met: boolean }> }, onboarding: Array<{ completedAt: string | null, step: { key: string, title: string } }> } | null };

export type OverrideTierMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  tierKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  pinnedUntil: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type OverrideTierMutation = { overrideTier: { id: string, tier: { key: string, name: string } } };

export type OffboardPartnerMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type OffboardPartnerMutation = { offboardPartner: { id: string, status: PartnerStatus } };

export type PartnerEnablementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerEnablementQuery = { partner: { id: string, name: string, status: PartnerStatus, track: { name: string }, onboarding: Array<{ completedAt: string | null, step: { key: string, title: string, description: string | null, completion: StepCompletion } }>, users: Array<{ id: string, name: string, email: string, role: Role, certifications: Array<{ id: string, status: CertificationStatus, certifiedAt: string | null, expiresAt: string | null, completedModuleIds: Array<string>, path: { id: string, name: string, modules: Array<{ id: string }> } }> }> } | null };

export type PartnersQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnersQuery = { partners: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, domain: string | null, status: PartnerStatus, track: { key: string, name: string }, tier: { key: string, name: string, rank: number }, manager: { id: string, name: string } | null, tierOverride: { at: string, reason: string, pinnedUntil: string | null } | null } }> } };

export type CreatePartnerTracksQueryVariables = Exact<{ [key: string]: never; }>;


export type CreatePartnerTracksQuery = { program: { version: number, tracks: Array<{ key: string, name: string, incentiveModel: IncentiveModel, tiers: Array<{ key: string, name: string }> }> } | null };

export type CreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type CreatePartnerMutation = { createPartner: { id: string, name: string } };

export type ProgramPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramPageQuery = { program: { nextReviewAt: string | null, id: string, version: number, name: string, currency: string, targetMetric: TierMetric, reviewCadenceMonths: number, dealProtectionDays: number, dealReviewSlaHours: number, mdfClaimWindowDays: number, publishedAt: string | null, tracks: Array<{ id: string, key: string, name: string, motion: string, incentiveModel: IncentiveModel, tiers: Array<{ id: string, key: string, name: string, rank: number, criteria: Array<{ metric: TierMetric, threshold: number, windowDays: number | null }>, benefits: Array<{ kind: BenefitKind, value: number }> }>, onboardingSteps: Array<{ id: string, key: string, title: string, description: string | null, completion: StepCompletion }> }> } | null, programDraft: { id: string, version: number, name: string, currency: string, targetMetric: TierMetric, reviewCadenceMonths: number, dealProtectionDays: number, dealReviewSlaHours: number, mdfClaimWindowDays: number, publishedAt: string | null, tracks: Array<{ id: string, key: string, name: string, motion: string, incentiveModel: IncentiveModel, tiers: Array<{ id: string, key: string, name: string, rank: number, criteria: Array<{ metric: TierMetric, threshold: number, windowDays: number | null }>, benefits: Array<{ kind: BenefitKind, value: number }> }>, onboardingSteps: Array<{ id: string, key: string, title: string, description: string | null, completion: StepCompletion }> }> } | null, programLint: Array<{ severity: LintSeverity, rule: string, path: string | null, message: string }> };

export type ProgramLintContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramLintContextQuery = { certificationPaths: Array<{ trackKey: string | null }> };

export type PublishProgramMutationVariables = Exact<{ [key: string]: never; }>;


export type PublishProgramMutation = { publishProgram: { version: number, publishedAt: string | null } };

export type ImportProgramDraftMutationVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type ImportProgramDraftMutation = { importProgramDraft: { version: number } };

export type ProgramHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramHistoryQuery = { programVersions: Array<{ version: number, name: string, publishedAt: string }>, programDraft: { version: number, tracks: Array<{ key: string, name: string }> } | null, program: { version: number, currency: string, tracks: Array<{ key: string, name: string }> } | null };

export type ProgramDiffQueryVariables = Exact<{
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type ProgramDiffQuery = { programDiff: Array<{ kind: string, path: string, description: string }> };

export type ProgramTrackEditorQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramTrackEditorQuery = { programDraft: { id: string, version: number, name: string, currency: string, targetMetric: TierMetric, reviewCadenceMonths: number, dealProtectionDays: number, dealReviewSlaHours: number, mdfClaimWindowDays: number, publishedAt: string | null, tracks: Array<{ id: string, key: string, name: string, motion: string, incentiveModel: IncentiveModel, tiers: Array<{ id: string, key: string, name: string, rank: number, criteria: Array<{ metric: TierMetric, threshold: number, windowDays: number | null }>, benefits: Array<{ kind: BenefitKind, value: number }> }>, onboardingSteps: Array<{ id: string, key: string, title: string, description: string | null, completion: StepCompletion }> }> } | null, program: { id: string, version: number, name: string, currency: string, targetMetric: TierMetric, reviewCadenceMonths: number, dealProtectionDays: number, dealReviewSlaHours: number, mdfClaimWindowDays: number, publishedAt: string | null, tracks: Array<{ id: string, key: string, name: string, motion: string, incentiveModel: IncentiveModel, tiers: Array<{ id: string, key: string, name: string, rank: number, criteria: Array<{ metric: TierMetric, threshold: number, windowDays: number | null }>, benefits: Array<{ kind: BenefitKind, value: number }> }>, onboardingSteps: Array<{ id: string, key: string, title: string, description: string | null, completion: StepCompletion }> }> } | null };

export type ProgramTracksIndexQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramTracksIndexQuery = { programDraft: { tracks: Array<{ key: string }> } | null, program: { tracks: Array<{ key: string }> } | null };

export type TierReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type TierReviewsQuery = { program: { nextReviewAt: string | null, id: string, version: number, name: string, currency: string, targetMetric: TierMetric, reviewCadenceMonths: number, dealProtectionDays: number, dealReviewSlaHours: number, mdfClaimWindowDays: number, publishedAt: string | null } | null, previewTierReview: Array<{ move: TierMove, pinned: boolean, partner: { id: string, name: string, track: { key: string, name: string }, tierOverride: { reason: string, pinnedUntil: string | null } | null }, from: { key: string, name: string, rank: number } | null, to: { key: string, name: string, rank: number } | null }>, tierReviews: Array<{ id: string, appliedAt: string, programVersion: number, appliedBy: { id: string, name: string } | null, changes: Array<{ move: TierMove, pinned: boolean, partner: { id: string, name: string }, from: { key: string, name: string, rank: number } | null, to: { key: string, name: string, rank: number } | null }> }> };

export type ApplyTierReviewMutationVariables = Exact<{ [key: string]: never; }>;


export type ApplyTierReviewMutation = { applyTierReview: { id: string } };

export type PartnerHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerHomeQuery = { program: { nextReviewAt: string | null, id: string, version: number, name: string, currency: string, targetMetric: TierMetric, reviewCadenceMonths: number, dealProtectionDays: number, dealReviewSlaHours: number, mdfClaimWindowDays: number, publishedAt: string | null } | null, myNotifications: Array<{ id: string, kind: string, message: string, createdAt: string }>, myPartner: { id: string, name: string, domain: string | null, status: PartnerStatus, track: { id: string, key: string, name: string, motion: string, incentiveModel: IncentiveModel }, tier: { key: string, name: string, rank: number }, progress: { atRisk: boolean, currentTier: { id: string, key: string, name: string, rank: number, criteria: Array<{ metric: TierMetric, threshold: number, windowDays: number | null }>, benefits: Array<{ kind: BenefitKind, value: number }> } | null, nextTier: { key: string, name: string, rank: number } | null, toNextTier: Array<{ metric: TierMetric, current: number, required: number, met: boolean }>, benefitsGained: Array<{ kind: BenefitKind, value: number }>, currentTierCriteria: Array<{ metric: TierMetric, current: number, required: number, met: boolean }> }, onboarding: Array<{ completedAt: string | null, step: { id: string, key: string, title: string, description: string | null, completion: StepCompletion } }> } | null };

export type CompleteOnboardingStepMutationVariables = Exact<{
  stepKey: Scalars['String']['input'];
}>;


export type CompleteOnboardingStepMutation = { completeOnboardingStep: { completedAt: string | null } };

export type PortalPathQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalPathQuery = { certificationPaths: Array<{ id: string, key: string, name: string, trackKey: string | null, validityDays: number, passingScore: number, modules: Array<{ id: string, kind: ModuleKind, title: string, questions: Array<{ id: string }> }> }>, myCertifications: Array<{ id: string, status: CertificationStatus, completedModuleIds: Array<string>, certifiedAt: string | null, expiresAt: string | null, path: { id: string } }> };

export type PortalModuleQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalModuleQuery = { certificationPaths: Array<{ id: string, key: string, name: string, trackKey: string | null, validityDays: number, passingScore: number, modules: Array<{ content: string | null, id: string, kind: ModuleKind, title: string, questions: Array<{ id: string, prompt: string, choices: Array<string> }> }> }>, myCertifications: Array<{ id: string, status: CertificationStatus, completedModuleIds: Array<string>, certifiedAt: string | null, expiresAt: string | null, path: { id: string } }> };

export type CompleteModuleMutationVariables = Exact<{
  certificationId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
}>;


export type CompleteModuleMutation = { completeModule: { id: string, status: CertificationStatus } };

export type SubmitExamMutationVariables = Exact<{
  certificationId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
  answers: Array<Scalars['Int']['input']> | Scalars['Int']['input'];
}>;


export type SubmitExamMutation = { submitExam: { score: number, passed: boolean, certification: { id: string, status: CertificationStatus, certifiedAt: string | null, expiresAt: string | null } } };

export type PortalCertificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalCertificationsQuery = { certificationPaths: Array<{ id: string, key: string, name: string, trackKey: string | null, validityDays: number, passingScore: number, modules: Array<{ id: string, kind: ModuleKind, title: string }> }>, myCertifications: Array<{ id: string, status: CertificationStatus, completedModuleIds: Array<string>, certifiedAt: string | null, expiresAt: string | null, path: { id: string } }> };

export type PartnerDealQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerDealQuery = { program: { currency: string } | null, deal: { rejectionReason: string | null, closedAt: string | null, wonAmount: number | null, notes: string | null, id: string, customerName: string, customerDomain: string, amount: number, attribution: Attribution, status: DealStatus, createdAt: string, reviewDueAt: string, decidedAt: string | null, expectedCloseDate: string, protectionEndsAt: string | null, submittedBy: { name: string } } | null };

export type PartnerDealsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DealFilter>;
}>;


export type PartnerDealsQuery = { program: { currency: string } | null, deals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, customerName: string, customerDomain: string, amount: number, attribution: Attribution, status: DealStatus, createdAt: string, reviewDueAt: string, decidedAt: string | null, expectedCloseDate: string, protectionEndsAt: string | null, submittedBy: { name: string } } }> } };

export type RegisterDealPageQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterDealPageQuery = { program: { currency: string, dealReviewSlaHours: number, dealProtectionDays: number } | null };

export type RegisterDealMutationVariables = Exact<{
  input: RegisterDealInput;
}>;


export type RegisterDealMutation = { registerDeal: { id: string, status: DealStatus } };

export type PartnerEarningsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerEarningsQuery = { program: { currency: string } | null, myPartner: { id: string, name: string, track: { incentiveModel: IncentiveModel } } | null, earnings: Array<{ amount: number, model: IncentiveModel, tier: { key: string, name: string }, deal: { wonAmount: number | null, closedAt: string | null, id: string, customerName: string, customerDomain: string, amount: number, attribution: Attribution, status: DealStatus, createdAt: string, reviewDueAt: string, decidedAt: string | null, expectedCloseDate: string, protectionEndsAt: string | null } }> };

export type ClaimMdfMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MdfClaimInput;
}>;


export type ClaimMdfMutation = { claimMdf: { id: string, status: MdfRequestStatus } };

export type PartnerMdfQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerMdfQuery = { program: { currency: string, mdfClaimWindowDays: number } | null, mdfRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, activity: string, description: string | null, quarter: string, status: MdfRequestStatus, requestedAmount: number, approvedAmount: number | null, claimedAmount: number | null, paidAmount: number | null, createdAt: string, decidedAt: string | null, claimedAt: string | null, paidAt: string | null, claimDueAt: string | null, claimResults: string | null, decisionReason: string | null } }> } };

export type RequestMdfMutationVariables = Exact<{
  input: MdfRequestInput;
}>;


export type RequestMdfMutation = { requestMdf: { id: string, quarter: string } };

export type PartnerProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerProfileQuery = { myPartner: { id: string, name: string, domain: string | null, description: string | null, logoUrl: string | null, regions: Array<string>, contactName: string | null, contactEmail: string | null, onboarding: Array<{ completedAt: string | null, step: { key: string, title: string, completion: StepCompletion } }> } | null };

export type UpdatePartnerProfileMutationVariables = Exact<{
  input: PartnerProfileInput;
}>;


export type UpdatePartnerProfileMutation = { updatePartnerProfile: { id: string, description: string | null, regions: Array<string>, contactName: string | null, contactEmail: string | null, logoUrl: string | null } };

export type PartnerTeamQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerTeamQuery = { myPartner: { id: string, users: Array<{ id: string, name: string, email: string, role: Role, certifications: Array<{ id: string, status: CertificationStatus, certifiedAt: string | null, expiresAt: string | null, completedModuleIds: Array<string>, path: { id: string, name: string, modules: Array<{ id: string }> } }> }> } | null };

export type PartnerRulebookQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerRulebookQuery = { program: { nextReviewAt: string | null, id: string, version: number, name: string, currency: string, targetMetric: TierMetric, reviewCadenceMonths: number, dealProtectionDays: number, dealReviewSlaHours: number, mdfClaimWindowDays: number, publishedAt: string | null } | null, myPartner: { id: string, name: string, tier: { key: string, name: string, rank: number }, progress: { atRisk: boolean }, track: { id: string, key: string, name: string, motion: string, incentiveModel: IncentiveModel, tiers: Array<{ id: string, key: string, name: string, rank: number, criteria: Array<{ metric: TierMetric, threshold: number, windowDays: number | null }>, benefits: Array<{ kind: BenefitKind, value: number }> }> } } | null };

export type DealsCsvPageQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DealFilter>;
}>;


export type DealsCsvPageQuery = { program: { currency: string } | null, deals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { rejectionReason: string | null, id: string, customerName: string, customerDomain: string, amount: number, attribution: Attribution, status: DealStatus, createdAt: string, reviewDueAt: string, decidedAt: string | null, expectedCloseDate: string, protectionEndsAt: string | null, partner: { id: string, name: string }, submittedBy: { email: string } } }> } };

export type MdfPaymentsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type MdfPaymentsQuery = { program: { currency: string } | null, mdfRequests: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { quarter: string, activity: string, approvedAmount: number | null, paidAmount: number | null, paidAt: string | null, partner: { name: string } } }> } };

export type ExportProgramQueryVariables = Exact<{
  version: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExportProgramQuery = { exportProgram: string };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { invitationPreview: { email: string, role: Role, partnerName: string | null, expiresAt: string } | null };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { acceptInvitation: { token: string, user: { id: string, role: Role } } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { login: { token: string, user: { id: string, role: Role } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProgramRulesFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ProgramRules"}) as unknown as TypedDocumentString<ProgramRulesFragment, unknown>;
export const TrackSummaryFragmentDoc = new TypedDocumentString(`
    fragment TrackSummary on Track {
  id
  key
  name
  motion
  incentiveModel
}
    `, {"fragmentName":"TrackSummary"}) as unknown as TypedDocumentString<TrackSummaryFragment, unknown>;
export const TierRefFragmentDoc = new TypedDocumentString(`
    fragment TierRef on Tier {
  key
  name
  rank
}
    `, {"fragmentName":"TierRef"}) as unknown as TypedDocumentString<TierRefFragment, unknown>;
export const TierFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment TierRef on Tier {
  key
  name
  rank
}`, {"fragmentName":"TierFields"}) as unknown as TypedDocumentString<TierFieldsFragment, unknown>;
export const OnboardingStepFieldsFragmentDoc = new TypedDocumentString(`
    fragment OnboardingStepFields on OnboardingStep {
  id
  key
  title
  description
  completion
}
    `, {"fragmentName":"OnboardingStepFields"}) as unknown as TypedDocumentString<OnboardingStepFieldsFragment, unknown>;
export const ProgramFieldsFragmentDoc = new TypedDocumentString(`
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
    fragment TierRef on Tier {
  key
  name
  rank
}
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
fragment OnboardingStepFields on OnboardingStep {
  id
  key
  title
  description
  completion
}
fragment TrackSummary on Track {
  id
  key
  name
  motion
  incentiveModel
}
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
}`, {"fragmentName":"ProgramFields"}) as unknown as TypedDocumentString<ProgramFieldsFragment, unknown>;
export const PartnerTierRowFragmentDoc = new TypedDocumentString(`
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
    fragment TierRef on Tier {
  key
  name
  rank
}`, {"fragmentName":"PartnerTierRow"}) as unknown as TypedDocumentString<PartnerTierRowFragment, unknown>;
export const LintFindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment LintFindingFields on LintFinding {
  severity
  rule
  path
  message
}
    `, {"fragmentName":"LintFindingFields"}) as unknown as TypedDocumentString<LintFindingFieldsFragment, unknown>;
export const DealSummaryFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"DealSummary"}) as unknown as TypedDocumentString<DealSummaryFragment, unknown>;
export const DealDetailFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"DealDetail"}) as unknown as TypedDocumentString<DealDetailFragment, unknown>;
export const MdfRequestFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"MdfRequestFields"}) as unknown as TypedDocumentString<MdfRequestFieldsFragment, unknown>;
export const MdfFundFieldsFragmentDoc = new TypedDocumentString(`
    fragment MdfFundFields on MdfFund {
  quarter
  allocated
  committed
  paid
  available
}
    `, {"fragmentName":"MdfFundFields"}) as unknown as TypedDocumentString<MdfFundFieldsFragment, unknown>;
export const PartnerCardFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"PartnerCard"}) as unknown as TypedDocumentString<PartnerCardFragment, unknown>;
export const CertificationPathSummaryFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"CertificationPathSummary"}) as unknown as TypedDocumentString<CertificationPathSummaryFragment, unknown>;
export const MyCertificationFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"MyCertificationFields"}) as unknown as TypedDocumentString<MyCertificationFieldsFragment, unknown>;
export const TeamMemberFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"TeamMember"}) as unknown as TypedDocumentString<TeamMemberFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
    role
    partner {
      id
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SaveCertificationPathDocument = new TypedDocumentString(`
    mutation SaveCertificationPath($input: CertificationPathInput!) {
  saveCertificationPath(input: $input) {
    id
    key
  }
}
    `) as unknown as TypedDocumentString<SaveCertificationPathMutation, SaveCertificationPathMutationVariables>;
export const CloseDealDocument = new TypedDocumentString(`
    mutation CloseDeal($id: ID!, $won: Boolean!, $amount: SafeInt, $closedAt: DateTime) {
  closeDeal(id: $id, won: $won, amount: $amount, closedAt: $closedAt) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseDealMutation, CloseDealMutationVariables>;
export const EnrollDocument = new TypedDocumentString(`
    mutation Enroll($pathId: ID!) {
  enroll(pathId: $pathId) {
    id
    status
    completedModuleIds
  }
}
    `) as unknown as TypedDocumentString<EnrollMutation, EnrollMutationVariables>;
export const InviteDocument = new TypedDocumentString(`
    mutation Invite($email: String!, $role: Role!, $partnerId: ID) {
  invite(email: $email, role: $role, partnerId: $partnerId) {
    id
    email
    role
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InviteMutation, InviteMutationVariables>;
export const MdfRequestDetailDocument = new TypedDocumentString(`
    query MdfRequestDetail($id: ID!) {
  program {
    currency
  }
  mdfRequest(id: $id) {
    ...MdfRequestFields
    partner {
      id
      name
      tier {
        key
        name
        rank
      }
      track {
        name
      }
    }
    attachments {
      id
      fileName
      mimeType
      size
      createdAt
    }
  }
}
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
}`) as unknown as TypedDocumentString<MdfRequestDetailQuery, MdfRequestDetailQueryVariables>;
export const MdfFundDocument = new TypedDocumentString(`
    query MdfFund($partnerId: ID, $quarter: String) {
  mdfFund(partnerId: $partnerId, quarter: $quarter) {
    ...MdfFundFields
  }
}
    fragment MdfFundFields on MdfFund {
  quarter
  allocated
  committed
  paid
  available
}`) as unknown as TypedDocumentString<MdfFundQuery, MdfFundQueryVariables>;
export const SaveProgramDraftDocument = new TypedDocumentString(`
    mutation SaveProgramDraft($input: ProgramInput!) {
  saveProgramDraft(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<SaveProgramDraftMutation, SaveProgramDraftMutationVariables>;
export const ProgramLintDocument = new TypedDocumentString(`
    query ProgramLint {
  programLint {
    ...LintFindingFields
  }
}
    fragment LintFindingFields on LintFinding {
  severity
  rule
  path
  message
}`) as unknown as TypedDocumentString<ProgramLintQuery, ProgramLintQueryVariables>;
export const ScoreboardDocument = new TypedDocumentString(`
    query Scoreboard($from: DateTime!, $to: DateTime!) {
  program {
    currency
  }
  scoreboard(from: $from, to: $to) {
    registeredDeals
    approvedDeals
    registeredToApprovedBps
    sourcedPipeline
    influencedPipeline
    sourcedRevenueWon
    activeReps60d
    certifiedPartners
    byTrack {
      trackKey
      trackName
      partners
      registeredDeals
      approvedDeals
      sourcedPipeline
      influencedPipeline
      sourcedRevenueWon
    }
    tierDistribution {
      trackKey
      tierKey
      tierName
      rank
      partners
    }
    inactivePartners {
      ...PartnerTierRow
    }
    overrides {
      ...PartnerTierRow
      tierOverride {
        reason
        at
        pinnedUntil
      }
    }
  }
}
    fragment TierRef on Tier {
  key
  name
  rank
}
fragment PartnerTierRow on Partner {
  id
  name
  track {
    name
  }
  tier {
    ...TierRef
  }
}`) as unknown as TypedDocumentString<ScoreboardQuery, ScoreboardQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int, $after: String) {
  auditLog(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        id
        at
        actor {
          id
          name
          email
        }
        action
        entityType
        entityId
        before
        after
        reason
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const EditCertificationPathDocument = new TypedDocumentString(`
    query EditCertificationPath {
  program {
    tracks {
      key
      name
    }
  }
  certificationPaths {
    ...CertificationPathSummary
    modules {
      content
      questions {
        id
        prompt
        choices
      }
    }
  }
}
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
}`) as unknown as TypedDocumentString<EditCertificationPathQuery, EditCertificationPathQueryVariables>;
export const ExamAnswerKeyDocument = new TypedDocumentString(`
    query ExamAnswerKey($pathId: ID!, $moduleId: ID!) {
  examAnswerKey(pathId: $pathId, moduleId: $moduleId) {
    prompt
    choices
    answer
  }
}
    `) as unknown as TypedDocumentString<ExamAnswerKeyQuery, ExamAnswerKeyQueryVariables>;
export const ConsoleCertificationPathsDocument = new TypedDocumentString(`
    query ConsoleCertificationPaths {
  program {
    tracks {
      key
      name
    }
  }
  certificationPaths {
    ...CertificationPathSummary
  }
}
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
}`) as unknown as TypedDocumentString<ConsoleCertificationPathsQuery, ConsoleCertificationPathsQueryVariables>;
export const NewPathTracksDocument = new TypedDocumentString(`
    query NewPathTracks {
  program {
    tracks {
      key
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NewPathTracksQuery, NewPathTracksQueryVariables>;
export const ReviewDealDocument = new TypedDocumentString(`
    query ReviewDeal($id: ID!) {
  program {
    currency
  }
  deal(id: $id) {
    ...DealDetail
    submittedBy {
      email
    }
    partner {
      id
      name
      domain
      tier {
        name
        rank
      }
      track {
        name
      }
    }
    conflicts {
      kind
      detail
      registration {
        ...DealSummary
        partner {
          id
          name
        }
      }
    }
  }
}
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
fragment DealDetail on DealRegistration {
  ...DealSummary
  rejectionReason
  closedAt
  wonAmount
  notes
  submittedBy {
    name
  }
}`) as unknown as TypedDocumentString<ReviewDealQuery, ReviewDealQueryVariables>;
export const ApproveDealDocument = new TypedDocumentString(`
    mutation ApproveDeal($id: ID!) {
  approveDeal(id: $id) {
    id
    status
    protectionEndsAt
  }
}
    `) as unknown as TypedDocumentString<ApproveDealMutation, ApproveDealMutationVariables>;
export const RejectDealDocument = new TypedDocumentString(`
    mutation RejectDeal($id: ID!, $reason: String!) {
  rejectDeal(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectDealMutation, RejectDealMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($first: Int, $after: String, $filter: DealFilter, $orderBy: DealOrder) {
  program {
    currency
    dealReviewSlaHours
  }
  deals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        ...DealSummary
        partner {
          id
          name
        }
      }
    }
  }
}
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
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const DirectAccountsDocument = new TypedDocumentString(`
    query DirectAccounts($first: Int, $after: String) {
  directAccounts(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        id
        domain
        name
        owner
        importedAt
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<DirectAccountsQuery, DirectAccountsQueryVariables>;
export const ImportDirectAccountsDocument = new TypedDocumentString(`
    mutation ImportDirectAccounts($csv: String!, $dryRun: Boolean) {
  importDirectAccounts(csv: $csv, dryRun: $dryRun) {
    dryRun
    created
    updated
    errors {
      line
      message
    }
    accounts {
      domain
      name
      owner
    }
  }
}
    `) as unknown as TypedDocumentString<ImportDirectAccountsMutation, ImportDirectAccountsMutationVariables>;
export const InvitePartnerChoicesDocument = new TypedDocumentString(`
    query InvitePartnerChoices {
  partners(first: 100) {
    totalCount
    edges {
      node {
        id
        name
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitePartnerChoicesQuery, InvitePartnerChoicesQueryVariables>;
export const ApproveMdfDocument = new TypedDocumentString(`
    mutation ApproveMdf($id: ID!, $amount: SafeInt) {
  approveMdf(id: $id, amount: $amount) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveMdfMutation, ApproveMdfMutationVariables>;
export const RejectMdfDocument = new TypedDocumentString(`
    mutation RejectMdf($id: ID!, $reason: String!) {
  rejectMdf(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectMdfMutation, RejectMdfMutationVariables>;
export const PayMdfClaimDocument = new TypedDocumentString(`
    mutation PayMdfClaim($id: ID!, $amount: SafeInt) {
  approveMdfClaim(id: $id, amount: $amount) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PayMdfClaimMutation, PayMdfClaimMutationVariables>;
export const RejectMdfClaimDocument = new TypedDocumentString(`
    mutation RejectMdfClaim($id: ID!, $reason: String!) {
  rejectMdfClaim(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectMdfClaimMutation, RejectMdfClaimMutationVariables>;
export const AdjustMdfAllocationDocument = new TypedDocumentString(`
    mutation AdjustMdfAllocation($partnerId: ID!, $quarter: String!, $allocated: SafeInt!, $reason: String!) {
  adjustMdfAllocation(
    partnerId: $partnerId
    quarter: $quarter
    allocated: $allocated
    reason: $reason
  ) {
    allocated
  }
}
    `) as unknown as TypedDocumentString<AdjustMdfAllocationMutation, AdjustMdfAllocationMutationVariables>;
export const MdfQueueDocument = new TypedDocumentString(`
    query MdfQueue($first: Int, $after: String, $partnerId: ID, $status: [MdfRequestStatus!]) {
  program {
    currency
  }
  mdfRequests(
    first: $first
    after: $after
    partnerId: $partnerId
    status: $status
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        ...MdfRequestFields
        partner {
          id
          name
          tier {
            name
            rank
          }
        }
      }
    }
  }
}
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
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<MdfQueueQuery, MdfQueueQueryVariables>;
export const MdfQueuePartnerDocument = new TypedDocumentString(`
    query MdfQueuePartner($id: ID!) {
  partner(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MdfQueuePartnerQuery, MdfQueuePartnerQueryVariables>;
export const PartnerDetailDocument = new TypedDocumentString(`
    query PartnerDetail($id: ID!) {
  program {
    currency
  }
  partner(id: $id) {
    ...PartnerCard
    track {
      motion
      incentiveModel
      tiers {
        key
        name
        rank
      }
    }
    tierOverride {
      by {
        id
        name
        email
      }
    }
    tier {
      benefits {
        kind
        value
      }
    }
    manager {
      email
    }
    progress {
      nextTier {
        key
        name
      }
      benefitsGained {
        kind
        value
      }
      toNextTier {
        metric
        current
        required
        met
      }
      atRisk
    }
    onboarding {
      completedAt
      step {
        key
        title
      }
    }
  }
}
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
}`) as unknown as TypedDocumentString<PartnerDetailQuery, PartnerDetailQueryVariables>;
export const OverrideTierDocument = new TypedDocumentString(`
    mutation OverrideTier($partnerId: ID!, $tierKey: String!, $reason: String!, $pinnedUntil: DateTime) {
  overrideTier(
    partnerId: $partnerId
    tierKey: $tierKey
    reason: $reason
    pinnedUntil: $pinnedUntil
  ) {
    id
    tier {
      key
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OverrideTierMutation, OverrideTierMutationVariables>;
export const OffboardPartnerDocument = new TypedDocumentString(`
    mutation OffboardPartner($partnerId: ID!, $reason: String!) {
  offboardPartner(partnerId: $partnerId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OffboardPartnerMutation, OffboardPartnerMutationVariables>;
export const PartnerEnablementDocument = new TypedDocumentString(`
    query PartnerEnablement($id: ID!) {
  partner(id: $id) {
    id
    name
    status
    track {
      name
    }
    onboarding {
      completedAt
      step {
        key
        title
        description
        completion
      }
    }
    users {
      ...TeamMember
    }
  }
}
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
}`) as unknown as TypedDocumentString<PartnerEnablementQuery, PartnerEnablementQueryVariables>;
export const PartnersDocument = new TypedDocumentString(`
    query Partners($first: Int, $after: String) {
  partners(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...PartnerCard
      }
    }
  }
}
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
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<PartnersQuery, PartnersQueryVariables>;
export const CreatePartnerTracksDocument = new TypedDocumentString(`
    query CreatePartnerTracks {
  program {
    version
    tracks {
      key
      name
      incentiveModel
      tiers {
        key
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePartnerTracksQuery, CreatePartnerTracksQueryVariables>;
export const CreatePartnerDocument = new TypedDocumentString(`
    mutation CreatePartner($input: CreatePartnerInput!) {
  createPartner(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const ProgramPageDocument = new TypedDocumentString(`
    query ProgramPage {
  program {
    ...ProgramFields
    nextReviewAt
  }
  programDraft {
    ...ProgramFields
  }
  programLint {
    ...LintFindingFields
  }
}
    fragment TierRef on Tier {
  key
  name
  rank
}
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
fragment OnboardingStepFields on OnboardingStep {
  id
  key
  title
  description
  completion
}
fragment TrackSummary on Track {
  id
  key
  name
  motion
  incentiveModel
}
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
fragment LintFindingFields on LintFinding {
  severity
  rule
  path
  message
}`) as unknown as TypedDocumentString<ProgramPageQuery, ProgramPageQueryVariables>;
export const ProgramLintContextDocument = new TypedDocumentString(`
    query ProgramLintContext {
  certificationPaths {
    trackKey
  }
}
    `) as unknown as TypedDocumentString<ProgramLintContextQuery, ProgramLintContextQueryVariables>;
export const PublishProgramDocument = new TypedDocumentString(`
    mutation PublishProgram {
  publishProgram {
    version
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishProgramMutation, PublishProgramMutationVariables>;
export const ImportProgramDraftDocument = new TypedDocumentString(`
    mutation ImportProgramDraft($text: String!) {
  importProgramDraft(text: $text) {
    version
  }
}
    `) as unknown as TypedDocumentString<ImportProgramDraftMutation, ImportProgramDraftMutationVariables>;
export const ProgramHistoryDocument = new TypedDocumentString(`
    query ProgramHistory {
  programVersions {
    version
    name
    publishedAt
  }
  programDraft {
    version
    tracks {
      key
      name
    }
  }
  program {
    version
    currency
    tracks {
      key
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramHistoryQuery, ProgramHistoryQueryVariables>;
export const ProgramDiffDocument = new TypedDocumentString(`
    query ProgramDiff($from: Int!, $to: Int!) {
  programDiff(from: $from, to: $to) {
    kind
    path
    description
  }
}
    `) as unknown as TypedDocumentString<ProgramDiffQuery, ProgramDiffQueryVariables>;
export const ProgramTrackEditorDocument = new TypedDocumentString(`
    query ProgramTrackEditor {
  programDraft {
    ...ProgramFields
  }
  program {
    ...ProgramFields
  }
}
    fragment TierRef on Tier {
  key
  name
  rank
}
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
fragment OnboardingStepFields on OnboardingStep {
  id
  key
  title
  description
  completion
}
fragment TrackSummary on Track {
  id
  key
  name
  motion
  incentiveModel
}
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
}`) as unknown as TypedDocumentString<ProgramTrackEditorQuery, ProgramTrackEditorQueryVariables>;
export const ProgramTracksIndexDocument = new TypedDocumentString(`
    query ProgramTracksIndex {
  programDraft {
    tracks {
      key
    }
  }
  program {
    tracks {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramTracksIndexQuery, ProgramTracksIndexQueryVariables>;
export const TierReviewsDocument = new TypedDocumentString(`
    query TierReviews {
  program {
    ...ProgramRules
    nextReviewAt
  }
  previewTierReview {
    move
    pinned
    partner {
      id
      name
      track {
        key
        name
      }
      tierOverride {
        reason
        pinnedUntil
      }
    }
    from {
      ...TierRef
    }
    to {
      ...TierRef
    }
  }
  tierReviews(last: 10) {
    id
    appliedAt
    programVersion
    appliedBy {
      id
      name
    }
    changes {
      move
      pinned
      partner {
        id
        name
      }
      from {
        ...TierRef
      }
      to {
        ...TierRef
      }
    }
  }
}
    fragment TierRef on Tier {
  key
  name
  rank
}
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
}`) as unknown as TypedDocumentString<TierReviewsQuery, TierReviewsQueryVariables>;
export const ApplyTierReviewDocument = new TypedDocumentString(`
    mutation ApplyTierReview {
  applyTierReview {
    id
  }
}
    `) as unknown as TypedDocumentString<ApplyTierReviewMutation, ApplyTierReviewMutationVariables>;
export const PartnerHomeDocument = new TypedDocumentString(`
    query PartnerHome {
  program {
    ...ProgramRules
    nextReviewAt
  }
  myNotifications(last: 5) {
    id
    kind
    message
    createdAt
  }
  myPartner {
    id
    name
    domain
    status
    track {
      ...TrackSummary
    }
    tier {
      ...TierRef
    }
    progress {
      currentTier {
        ...TierFields
      }
      nextTier {
        ...TierRef
      }
      toNextTier {
        metric
        current
        required
        met
      }
      benefitsGained {
        kind
        value
      }
      atRisk
      currentTierCriteria {
        metric
        current
        required
        met
      }
    }
    onboarding {
      completedAt
      step {
        ...OnboardingStepFields
      }
    }
  }
}
    fragment TierRef on Tier {
  key
  name
  rank
}
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
fragment OnboardingStepFields on OnboardingStep {
  id
  key
  title
  description
  completion
}
fragment TrackSummary on Track {
  id
  key
  name
  motion
  incentiveModel
}
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
}`) as unknown as TypedDocumentString<PartnerHomeQuery, PartnerHomeQueryVariables>;
export const CompleteOnboardingStepDocument = new TypedDocumentString(`
    mutation CompleteOnboardingStep($stepKey: String!) {
  completeOnboardingStep(stepKey: $stepKey) {
    completedAt
  }
}
    `) as unknown as TypedDocumentString<CompleteOnboardingStepMutation, CompleteOnboardingStepMutationVariables>;
export const PortalPathDocument = new TypedDocumentString(`
    query PortalPath {
  certificationPaths {
    ...CertificationPathSummary
    modules {
      questions {
        id
      }
    }
  }
  myCertifications {
    ...MyCertificationFields
  }
}
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
fragment MyCertificationFields on Certification {
  id
  status
  completedModuleIds
  certifiedAt
  expiresAt
  path {
    id
  }
}`) as unknown as TypedDocumentString<PortalPathQuery, PortalPathQueryVariables>;
export const PortalModuleDocument = new TypedDocumentString(`
    query PortalModule {
  certificationPaths {
    ...CertificationPathSummary
    modules {
      content
      questions {
        id
        prompt
        choices
      }
    }
  }
  myCertifications {
    ...MyCertificationFields
  }
}
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
fragment MyCertificationFields on Certification {
  id
  status
  completedModuleIds
  certifiedAt
  expiresAt
  path {
    id
  }
}`) as unknown as TypedDocumentString<PortalModuleQuery, PortalModuleQueryVariables>;
export const CompleteModuleDocument = new TypedDocumentString(`
    mutation CompleteModule($certificationId: ID!, $moduleId: ID!) {
  completeModule(certificationId: $certificationId, moduleId: $moduleId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteModuleMutation, CompleteModuleMutationVariables>;
export const SubmitExamDocument = new TypedDocumentString(`
    mutation SubmitExam($certificationId: ID!, $moduleId: ID!, $answers: [Int!]!) {
  submitExam(
    certificationId: $certificationId
    moduleId: $moduleId
    answers: $answers
  ) {
    score
    passed
    certification {
      id
      status
      certifiedAt
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitExamMutation, SubmitExamMutationVariables>;
export const PortalCertificationsDocument = new TypedDocumentString(`
    query PortalCertifications {
  certificationPaths {
    ...CertificationPathSummary
  }
  myCertifications {
    ...MyCertificationFields
  }
}
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
fragment MyCertificationFields on Certification {
  id
  status
  completedModuleIds
  certifiedAt
  expiresAt
  path {
    id
  }
}`) as unknown as TypedDocumentString<PortalCertificationsQuery, PortalCertificationsQueryVariables>;
export const PartnerDealDocument = new TypedDocumentString(`
    query PartnerDeal($id: ID!) {
  program {
    currency
  }
  deal(id: $id) {
    ...DealDetail
  }
}
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
fragment DealDetail on DealRegistration {
  ...DealSummary
  rejectionReason
  closedAt
  wonAmount
  notes
  submittedBy {
    name
  }
}`) as unknown as TypedDocumentString<PartnerDealQuery, PartnerDealQueryVariables>;
export const PartnerDealsDocument = new TypedDocumentString(`
    query PartnerDeals($first: Int, $after: String, $filter: DealFilter) {
  program {
    currency
  }
  deals(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        ...DealSummary
        submittedBy {
          name
        }
      }
    }
  }
}
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
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<PartnerDealsQuery, PartnerDealsQueryVariables>;
export const RegisterDealPageDocument = new TypedDocumentString(`
    query RegisterDealPage {
  program {
    currency
    dealReviewSlaHours
    dealProtectionDays
  }
}
    `) as unknown as TypedDocumentString<RegisterDealPageQuery, RegisterDealPageQueryVariables>;
export const RegisterDealDocument = new TypedDocumentString(`
    mutation RegisterDeal($input: RegisterDealInput!) {
  registerDeal(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegisterDealMutation, RegisterDealMutationVariables>;
export const PartnerEarningsDocument = new TypedDocumentString(`
    query PartnerEarnings {
  program {
    currency
  }
  myPartner {
    id
    name
    track {
      incentiveModel
    }
  }
  earnings {
    amount
    model
    tier {
      key
      name
    }
    deal {
      ...DealSummary
      wonAmount
      closedAt
    }
  }
}
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
}`) as unknown as TypedDocumentString<PartnerEarningsQuery, PartnerEarningsQueryVariables>;
export const ClaimMdfDocument = new TypedDocumentString(`
    mutation ClaimMdf($id: ID!, $input: MdfClaimInput!) {
  claimMdf(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ClaimMdfMutation, ClaimMdfMutationVariables>;
export const PartnerMdfDocument = new TypedDocumentString(`
    query PartnerMdf($first: Int, $after: String) {
  program {
    currency
    mdfClaimWindowDays
  }
  mdfRequests(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        ...MdfRequestFields
      }
    }
  }
}
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
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<PartnerMdfQuery, PartnerMdfQueryVariables>;
export const RequestMdfDocument = new TypedDocumentString(`
    mutation RequestMdf($input: MdfRequestInput!) {
  requestMdf(input: $input) {
    id
    quarter
  }
}
    `) as unknown as TypedDocumentString<RequestMdfMutation, RequestMdfMutationVariables>;
export const PartnerProfileDocument = new TypedDocumentString(`
    query PartnerProfile {
  myPartner {
    id
    name
    domain
    description
    logoUrl
    regions
    contactName
    contactEmail
    onboarding {
      completedAt
      step {
        key
        title
        completion
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerProfileQuery, PartnerProfileQueryVariables>;
export const UpdatePartnerProfileDocument = new TypedDocumentString(`
    mutation UpdatePartnerProfile($input: PartnerProfileInput!) {
  updatePartnerProfile(input: $input) {
    id
    description
    regions
    contactName
    contactEmail
    logoUrl
  }
}
    `) as unknown as TypedDocumentString<UpdatePartnerProfileMutation, UpdatePartnerProfileMutationVariables>;
export const PartnerTeamDocument = new TypedDocumentString(`
    query PartnerTeam {
  myPartner {
    id
    users {
      ...TeamMember
    }
  }
}
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
}`) as unknown as TypedDocumentString<PartnerTeamQuery, PartnerTeamQueryVariables>;
export const PartnerRulebookDocument = new TypedDocumentString(`
    query PartnerRulebook {
  program {
    ...ProgramRules
    nextReviewAt
  }
  myPartner {
    id
    name
    tier {
      ...TierRef
    }
    progress {
      atRisk
    }
    track {
      ...TrackSummary
      tiers {
        ...TierFields
      }
    }
  }
}
    fragment TierRef on Tier {
  key
  name
  rank
}
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
fragment TrackSummary on Track {
  id
  key
  name
  motion
  incentiveModel
}
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
}`) as unknown as TypedDocumentString<PartnerRulebookQuery, PartnerRulebookQueryVariables>;
export const DealsCsvPageDocument = new TypedDocumentString(`
    query DealsCsvPage($first: Int, $after: String, $filter: DealFilter) {
  program {
    currency
  }
  deals(first: $first, after: $after, filter: $filter, orderBy: NEWEST) {
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        ...DealSummary
        rejectionReason
        partner {
          id
          name
        }
        submittedBy {
          email
        }
      }
    }
  }
}
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
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<DealsCsvPageQuery, DealsCsvPageQueryVariables>;
export const MdfPaymentsDocument = new TypedDocumentString(`
    query MdfPayments($first: Int, $after: String) {
  program {
    currency
  }
  mdfRequests(first: $first, after: $after, status: [PAID]) {
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        quarter
        activity
        approvedAmount
        paidAmount
        paidAt
        partner {
          name
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<MdfPaymentsQuery, MdfPaymentsQueryVariables>;
export const ExportProgramDocument = new TypedDocumentString(`
    query ExportProgram($version: Int) {
  exportProgram(version: $version)
}
    `) as unknown as TypedDocumentString<ExportProgramQuery, ExportProgramQueryVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    email
    role
    partnerName
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, name: $name, password: $password) {
    token
    user {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;