import { ROLES, type Fixtures, type Outcome, type Role } from './matrix-fixtures.js';

/**
 * The authorization matrix's vocabulary (outcomes per role, the row shape)
 * and its query rows; mutation rows are in matrix-rows-mutations.ts. See
 * authorization-matrix.test.ts for what a row means.
 */

export const U: Outcome = 'UNAUTHENTICATED';
export const F: Outcome = 'FORBIDDEN';
export const NF: Outcome = 'NOT_FOUND';
export const D: Outcome = 'data';

/** Expected outcomes, in column order: anon, rep, partnerAdmin, otherPartnerAdmin, manager, vendorAdmin. */
export const E = (...cells: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]) =>
  Object.fromEntries(ROLES.map((r, i) => [r, cells[i]])) as Record<Role, Outcome>;

//                          anon rep admin otherAdmin manager vendorAdmin
export const PUBLIC = /*        */ E(D, D, D, D, D, D);
export const SIGNED_IN = /*     */ E(U, D, D, D, D, D);
/** Partner A's object: its users and vendor staff see it; partner B gets NOT_FOUND. */
export const OF_PARTNER_A = /*  */ E(U, D, D, NF, D, D);
/** Vendor staff (admin and partner manager). */
export const VENDOR_STAFF = /*  */ E(U, F, F, F, D, D);
export const VENDOR_ADMIN = /*  */ E(U, F, F, F, F, D);
/** Partner users acting for their own partner (B's admin acts for B). */
export const PARTNER_USERS = /* */ E(U, D, D, D, F, F);
/** Partner users acting on partner A's object. */
export const PARTNER_A_USERS = E(U, D, D, NF, F, F);

export type Vars = Record<string, any>;
export interface Row {
  /** Builds the objects a call needs: before every cell when `mutates`, once otherwise. */
  setup?: (f: Fixtures) => Promise<Vars>;
  /** The document and variables of the call. */
  call: (f: Fixtures, s: Vars) => [query: string, variables?: Vars];
  expect: Record<Role, Outcome>;
  mutates?: boolean;
  /** Dotted path of the variable holding a partner-A object id (see the header). */
  scoped?: string;
  /** Roles whose `data` is a null result (any other `data` cell must be non-null). */
  nullFor?: Role[];
}

export const now = () => new Date();
export const daysFromNow = (d: number) => new Date(Date.now() + d * 24 * 3600 * 1000).toISOString();


export const QUERY_ROWS: Record<string, Row> = {
  auditLog: {
    call: (f) => [`query($entityId: ID) { auditLog(first: 5, entityId: $entityId) { totalCount } }`, { entityId: f.w.partnerA.id }],
    expect: VENDOR_STAFF,
  },
  certificationPath: {
    // A technology-only path: partner B (agency) cannot see it.
    call: (f) => [`query($id: ID!) { certificationPath(id: $id) { id } }`, { id: f.techPath.id }],
    expect: OF_PARTNER_A,
    scoped: 'id',
  },
  certificationPaths: { call: () => [`{ certificationPaths { id } }`], expect: SIGNED_IN },
  deal: {
    setup: async (f) => ({ id: await f.deal() }),
    call: (_, s) => [`query($id: ID!) { deal(id: $id) { id } }`, s],
    expect: OF_PARTNER_A,
    scoped: 'id',
  },
  deals: {
    call: (f) => [`query($filter: DealFilter) { deals(filter: $filter) { totalCount } }`, { filter: { partnerId: f.w.partnerA.id } }],
    expect: OF_PARTNER_A,
    scoped: 'filter.partnerId',
  },
  directAccounts: { call: () => [`{ directAccounts { totalCount } }`], expect: VENDOR_STAFF },
  earnings: {
    call: (f) => [`query($partnerId: ID) { earnings(partnerId: $partnerId) { amount } }`, { partnerId: f.w.partnerA.id }],
    expect: OF_PARTNER_A,
    scoped: 'partnerId',
  },
  examAnswerKey: {
    call: (f) => [
      `query($pathId: ID!, $moduleId: ID!) { examAnswerKey(pathId: $pathId, moduleId: $moduleId) { answer } }`,
      { pathId: f.techPath.id, moduleId: f.techPath.modules[1].id },
    ],
    expect: VENDOR_ADMIN,
  },
  exportProgram: { call: () => [`{ exportProgram }`], expect: VENDOR_STAFF },
  invitationPreview: {
    // Whoever holds the token may see whom it is for.
    setup: async (f) => ({ token: await f.invitationToken() }),
    call: (_, s) => [`query($token: String!) { invitationPreview(token: $token) { email } }`, s],
    expect: PUBLIC,
  },
  mdfFund: {
    call: (f) => [`query($partnerId: ID) { mdfFund(partnerId: $partnerId) { allocated } }`, { partnerId: f.w.partnerA.id }],
    expect: OF_PARTNER_A,
    scoped: 'partnerId',
  },
  mdfRequest: {
    setup: async (f) => ({ id: await f.mdf() }),
    call: (_, s) => [`query($id: ID!) { mdfRequest(id: $id) { id } }`, s],
    expect: OF_PARTNER_A,
    scoped: 'id',
  },
  mdfRequests: {
    call: (f) => [`query($partnerId: ID) { mdfRequests(partnerId: $partnerId) { totalCount } }`, { partnerId: f.w.partnerA.id }],
    expect: OF_PARTNER_A,
    scoped: 'partnerId',
  },
  me: { call: () => [`{ me { id } }`], expect: PUBLIC, nullFor: ['anon'] },
  myCertifications: { call: () => [`{ myCertifications { id } }`], expect: SIGNED_IN },
  myNotifications: { call: () => [`{ myNotifications { id } }`], expect: PARTNER_USERS },
  myPartner: { call: () => [`{ myPartner { id } }`], expect: SIGNED_IN, nullFor: ['manager', 'vendorAdmin'] },
  partner: {
    call: (f) => [`query($id: ID!) { partner(id: $id) { id } }`, { id: f.w.partnerA.id }],
    expect: OF_PARTNER_A,
    scoped: 'id',
  },
  partners: { call: () => [`{ partners { totalCount } }`], expect: VENDOR_STAFF },
  previewTierReview: { call: () => [`{ previewTierReview { move } }`], expect: VENDOR_STAFF },
  program: { call: () => [`{ program { version } }`], expect: PUBLIC },
  programDiff: { call: () => [`{ programDiff(from: 1, to: 1) { kind } }`], expect: VENDOR_STAFF },
  programDraft: { call: () => [`{ programDraft { version } }`], expect: VENDOR_STAFF },
  programLint: { call: () => [`{ programLint { rule } }`], expect: VENDOR_STAFF },
  programVersion: { call: () => [`{ programVersion(version: 1) { version } }`], expect: VENDOR_STAFF },
  programVersions: { call: () => [`{ programVersions { version } }`], expect: VENDOR_STAFF },
  scoreboard: {
    call: () => [`query($from: DateTime!, $to: DateTime!) { scoreboard(from: $from, to: $to) { activeReps60d } }`, { from: daysFromNow(-90), to: now().toISOString() }],
    expect: VENDOR_STAFF,
  },
  tierReviews: { call: () => [`{ tierReviews { id } }`], expect: VENDOR_STAFF },
  vendorStaff: { call: () => [`{ vendorStaff { id } }`], expect: VENDOR_STAFF },

};
