import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { DEMO_PROGRAM, quarterOf } from '@tierwise/shared';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fixtures, ROLES, outcomeOf, type Outcome, type Role } from './matrix-fixtures.js';

/**
 * Authorization matrix: every query and mutation of the emitted schema
 * (api/schema.graphql) called by every role against objects of partner A, with
 * the expected outcome of each cell. An operation of the schema without a row
 * fails the first test, so a new operation cannot skip the matrix.
 *
 * Roles (columns): anon; rep = partner A's rep; partnerAdmin = partner A's admin;
 * otherPartnerAdmin = partner B's admin; manager = the partner manager, who is
 * partner A's manager; vendorAdmin. The partner manager is not confined to the
 * partners they manage: the services scope only partner users (partnerScope),
 * so the manager sees and acts on every partner like any vendor staff, within
 * the PARTNER_MANAGER permissions of shared/src/permissions.ts.
 *
 * Rows with `mutates` get fresh objects for every cell (setup runs per cell),
 * so the order of the cells does not matter; read-only rows share one setup.
 * Each cell runs on a session of its own (a logout cell ends only its own).
 *
 * "Another partner's ids give the same answer as a random id": rows with `scoped`
 * name the variable holding a partner-A object id; partner B's admin (and rep)
 * calling with it must get exactly the same code and message as with a random
 * UUID: NOT_FOUND (FORBIDDEN for B's rep where the role may not call it at all).
 *
 * How the test was checked to fail: flipping one cell (deal.otherPartnerAdmin
 * from NOT_FOUND to data, and auditLog.manager from data to FORBIDDEN) made the
 * `deal` and `auditLog` tests fail with a diff naming that role; deleting the
 * `vendorStaff` row made "has a row for every operation" fail naming it.
 * Both flips were reverted.
 */

const U: Outcome = 'UNAUTHENTICATED';
const F: Outcome = 'FORBIDDEN';
const NF: Outcome = 'NOT_FOUND';
const D: Outcome = 'data';

/** Expected outcomes, in column order: anon, rep, partnerAdmin, otherPartnerAdmin, manager, vendorAdmin. */
const E = (...cells: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]) =>
  Object.fromEntries(ROLES.map((r, i) => [r, cells[i]])) as Record<Role, Outcome>;

//                          anon rep admin otherAdmin manager vendorAdmin
const PUBLIC = /*        */ E(D, D, D, D, D, D);
const SIGNED_IN = /*     */ E(U, D, D, D, D, D);
/** Partner A's object: its users and vendor staff see it; partner B gets NOT_FOUND. */
const OF_PARTNER_A = /*  */ E(U, D, D, NF, D, D);
/** Vendor staff (admin and partner manager). */
const VENDOR_STAFF = /*  */ E(U, F, F, F, D, D);
const VENDOR_ADMIN = /*  */ E(U, F, F, F, F, D);
/** Partner users acting for their own partner (B's admin acts for B). */
const PARTNER_USERS = /* */ E(U, D, D, D, F, F);
/** Partner users acting on partner A's object. */
const PARTNER_A_USERS = E(U, D, D, NF, F, F);

type Vars = Record<string, any>;
interface Row {
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

const now = () => new Date();
const daysFromNow = (d: number) => new Date(Date.now() + d * 24 * 3600 * 1000).toISOString();

const MATRIX: Record<string, Row> = {
  // ================================================================ queries
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

  // ================================================================ mutations
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

/** The operation names of the emitted schema. */
function schemaOperations(): string[] {
  const schema = buildSchema(fs.readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {})).sort();
}

/** `vars` with the value at the dotted `path` replaced. */
function withValue(vars: Vars, path: string, value: string): Vars {
  const copy = structuredClone(vars);
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys.at(-1)!] = value;
  return copy;
}

let f: Fixtures;
beforeAll(async () => {
  f = await Fixtures.create();
});
afterAll(() => f.close());

describe('authorization matrix', () => {
  it('has a row for every query and mutation of the schema, and none for an operation it lacks', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(schemaOperations());
  });

  it.each(Object.keys(MATRIX))('%s', async (name) => {
    const row = MATRIX[name];
    const shared = row.mutates ? undefined : ((await row.setup?.(f)) ?? {});
    const got = {} as Record<Role, string>;
    const detail: Record<string, unknown> = {};
    for (const role of ROLES) {
      const s = shared ?? (await row.setup?.(f)) ?? {};
      const [query, variables] = row.call(f, s);
      const res = await (await f.client(role)).gql(query, variables);
      const isNull = !res.errors?.length && res.data?.[name] === null;
      // A null result where an object is due (or the reverse) is a wrong answer, not `data`.
      got[role] = isNull === !!row.nullFor?.includes(role) ? outcomeOf(res) : `data (${isNull ? 'null' : 'not null'})`;
      detail[role] = res.errors?.[0]?.message ?? res.data;
    }
    expect(got, `${name}: ${JSON.stringify(detail, null, 1)}`).toEqual(row.expect);
  });
});

describe("another partner's ids give the same answer as a random id", () => {
  const scoped = Object.entries(MATRIX).filter(([, row]) => row.scoped);

  // Partner B's admin may call every scoped operation: NOT_FOUND both ways. Partner B's rep
  // gets what its role gets (FORBIDDEN where partner A's rep is FORBIDDEN), the same both ways.
  it.each(scoped.flatMap(([name]) => (['otherPartnerAdmin', 'otherPartnerRep'] as const).map((who) => [name, who] as const)))('%s as %s', async (name, who) => {
    const row = MATRIX[name];
    const shared = row.mutates ? undefined : ((await row.setup?.(f)) ?? {});
    const answer = async (replace: boolean) => {
      const [query, variables = {}] = row.call(f, shared ?? (await row.setup?.(f)) ?? {});
      const res = await (await f.client(who)).gql(query, replace ? withValue(variables, row.scoped!, randomUUID()) : variables);
      return { code: outcomeOf(res), message: res.errors?.[0]?.message ?? JSON.stringify(res.data) };
    };
    const ofPartnerA = await answer(false);
    const random = await answer(true);
    expect(random.code).toBe(who === 'otherPartnerRep' && row.expect.rep === F ? F : NF);
    expect(ofPartnerA).toEqual(random);
  });
});
