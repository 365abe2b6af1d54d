import { DEMO_PROGRAM, quarterOf } from '@tierwise/shared';
import { Fixtures } from './matrix-fixtures.js';
import { U, F, NF, D, E, PUBLIC, OF_PARTNER_A, VENDOR_STAFF, VENDOR_ADMIN, PARTNER_USERS, PARTNER_A_USERS, type Row } from './matrix-rows.js';

/** The authorization matrix's mutation rows (see authorization-matrix.test.ts). */
export const MUTATION_ROWS: Record<string, Row> = {
  acceptInvitation: {
    // Whoever holds the token may accept it (a fresh invitation into partner A per cell).
    setup: async (f) => ({ token: await f.invitationToken() }),
    call: (_, s) => [`mutation($token: String!) { acceptInvitation(token: $token, name: "New Rep", password: "a-long-enough-password") { token } }`, s],
    expect: PUBLIC,
    mutates: true,
  },
  adjustMdfAllocation: {
    call: (f) => [
      `mutation($partnerId: ID!, $quarter: String!) { adjustMdfAllocation(partnerId: $partnerId, quarter: $quarter, allocated: 10000000, reason: "Matrix") { allocated } }`,
      { partnerId: f.w.partnerA.id, quarter: quarterOf(new Date()) },
    ],
    expect: VENDOR_STAFF,
    mutates: true,
  },
  applyTierReview: { call: () => [`mutation { applyTierReview { id } }`], expect: VENDOR_ADMIN, mutates: true },
  approveDeal: {
    setup: async (f) => ({ id: await f.deal('SUBMITTED') }),
    call: (_, s) => [`mutation($id: ID!) { approveDeal(id: $id) { status } }`, s],
    expect: VENDOR_STAFF,
    mutates: true,
  },
  approveMdf: {
    setup: async (f) => ({ id: await f.mdf('SUBMITTED') }),
    call: (_, s) => [`mutation($id: ID!) { approveMdf(id: $id) { status } }`, s],
    expect: VENDOR_STAFF,
    mutates: true,
  },
  approveMdfClaim: {
    setup: async (f) => ({ id: await f.mdf('CLAIMED') }),
    call: (_, s) => [`mutation($id: ID!) { approveMdfClaim(id: $id) { status } }`, s],
    expect: VENDOR_STAFF,
    mutates: true,
  },
  claimMdf: {
    setup: async (f) => ({ id: await f.mdf('APPROVED'), input: { amount: 1_000, attachmentIds: [await f.upload()] } }),
    call: (_, s) => [`mutation($id: ID!, $input: MdfClaimInput!) { claimMdf(id: $id, input: $input) { status } }`, s],
    expect: PARTNER_A_USERS,
    mutates: true,
    scoped: 'id',
  },
  closeDeal: {
    // Vendor staff, or the registering partner.
    setup: async (f) => ({ id: await f.deal('APPROVED') }),
    call: (_, s) => [`mutation($id: ID!) { closeDeal(id: $id, won: false) { status } }`, s],
    expect: OF_PARTNER_A,
    mutates: true,
    scoped: 'id',
  },
  completeModule: {
    // The rep's own certification: only the rep may progress it (partner A's admin gets NOT_FOUND too).
    setup: async (f) => f.repCertification(),
    call: (_, s) => [`mutation($certificationId: ID!, $courseId: ID!) { completeModule(certificationId: $certificationId, moduleId: $courseId) { id } }`, s],
    expect: E(U, D, NF, NF, F, F),
    mutates: true,
    scoped: 'certificationId',
  },
  completeOnboardingStep: {
    // The caller's own partner (B's admin ticks off B's step).
    call: () => [`mutation { completeOnboardingStep(stepKey: "sign-agreement") { completedAt } }`],
    expect: PARTNER_USERS,
    mutates: true,
  },
  createPartner: {
    call: (f) => [`mutation($name: String!) { createPartner(input: { name: $name, trackKey: "technology" }) { id } }`, { name: `Matrix Partner ${f.next()}` }],
    expect: VENDOR_STAFF,
    mutates: true,
  },
  enroll: {
    // A technology-only path: partner B (agency) cannot see it.
    call: (f) => [`mutation($pathId: ID!) { enroll(pathId: $pathId) { id } }`, { pathId: f.techPath.id }],
    expect: PARTNER_A_USERS,
    mutates: true,
    scoped: 'pathId',
  },
  importDirectAccounts: {
    call: () => [`mutation { importDirectAccounts(csv: "domain,name\\nmatrix-direct.com,Matrix Direct", dryRun: true) { __typename } }`],
    expect: VENDOR_STAFF,
    mutates: true,
  },
  importProgramDraft: {
    setup: async (f) => ({ text: await f.programYaml() }),
    call: (_, s) => [`mutation($text: String!) { importProgramDraft(text: $text) { version } }`, s],
    expect: VENDOR_ADMIN,
    mutates: true,
  },
  invite: {
    // Into partner A: its admin and the vendor admin may; B's admin names a partner it cannot see.
    call: (f) => [
      `mutation($email: String!, $partnerId: ID) { invite(email: $email, role: PARTNER_REP, partnerId: $partnerId) { id } }`,
      { email: f.email('invite'), partnerId: f.w.partnerA.id },
    ],
    expect: E(U, F, D, NF, F, D),
    mutates: true,
    scoped: 'partnerId',
  },
  login: {
    call: (f) => [`mutation($email: String!) { login(email: $email, password: "correct-horse-battery") { token } }`, { email: f.w.repOfA.email }],
    expect: PUBLIC,
    mutates: true,
  },
  logout: { call: () => [`mutation { logout }`], expect: PUBLIC, mutates: true },
  offboardPartner: {
    // A throwaway partner per cell: offboarding partner A would sign its users out for the rest of the file.
    setup: async (f) => ({ partnerId: await f.throwawayPartner() }),
    call: (_, s) => [`mutation($partnerId: ID!) { offboardPartner(partnerId: $partnerId, reason: "Matrix") { status } }`, s],
    expect: VENDOR_ADMIN,
    mutates: true,
  },
  overrideTier: {
    call: (f) => [
      `mutation($partnerId: ID!) { overrideTier(partnerId: $partnerId, tierKey: "registered", reason: "Matrix") { id } }`,
      { partnerId: f.w.partnerA.id },
    ],
    expect: VENDOR_STAFF,
    mutates: true,
  },
  publishProgram: {
    setup: async (f) => (await f.draft(), {}),
    call: () => [`mutation { publishProgram { version } }`],
    expect: VENDOR_ADMIN,
    mutates: true,
  },
  registerDeal: {
    // For the caller's own partner (B's admin registers for B).
    call: (f) => [`mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id } }`, { input: f.dealInput() }],
    expect: PARTNER_USERS,
    mutates: true,
  },
  rejectDeal: {
    setup: async (f) => ({ id: await f.deal('SUBMITTED') }),
    call: (_, s) => [`mutation($id: ID!) { rejectDeal(id: $id, reason: "Matrix") { status } }`, s],
    expect: VENDOR_STAFF,
    mutates: true,
  },
  rejectMdf: {
    setup: async (f) => ({ id: await f.mdf('SUBMITTED') }),
    call: (_, s) => [`mutation($id: ID!) { rejectMdf(id: $id, reason: "Matrix") { status } }`, s],
    expect: VENDOR_STAFF,
    mutates: true,
  },
  rejectMdfClaim: {
    setup: async (f) => ({ id: await f.mdf('CLAIMED') }),
    call: (_, s) => [`mutation($id: ID!) { rejectMdfClaim(id: $id, reason: "Matrix") { status } }`, s],
    expect: VENDOR_STAFF,
    mutates: true,
  },
  requestMdf: {
    // From the caller's own partner's fund (B's admin requests from B's).
    call: (f) => [`mutation($activity: String!) { requestMdf(input: { activity: $activity, amount: 1000 }) { id } }`, { activity: `Matrix ${f.next()}` }],
    expect: PARTNER_USERS,
    mutates: true,
  },
  saveCertificationPath: {
    call: (f) => [`mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id } }`, { input: Fixtures.pathInput(`saved-${f.next()}`) }],
    expect: VENDOR_ADMIN,
    mutates: true,
  },
  saveProgramDraft: {
    call: () => [`mutation($input: ProgramInput!) { saveProgramDraft(input: $input) { version } }`, { input: structuredClone(DEMO_PROGRAM) }],
    expect: VENDOR_ADMIN,
    mutates: true,
  },
  submitExam: {
    // The rep's own certification (see completeModule).
    setup: async (f) => f.repCertification(),
    call: (_, s) => [
      `mutation($certificationId: ID!, $examId: ID!) { submitExam(certificationId: $certificationId, moduleId: $examId, answers: [0]) { passed } }`,
      s,
    ],
    expect: E(U, D, NF, NF, F, F),
    mutates: true,
    scoped: 'certificationId',
  },
  updatePartnerProfile: {
    call: (f) => [
      `mutation($partnerId: ID) { updatePartnerProfile(partnerId: $partnerId, input: { description: "Integrations", regions: ["EMEA"] }) { id } }`,
      { partnerId: f.w.partnerA.id },
    ],
    expect: E(U, F, D, NF, D, D),
    mutates: true,
    scoped: 'partnerId',
  },
};
