import fs from 'node:fs';
import { DEMO_PROGRAM, quarterOf } from '@tierwise/shared';
import fc from 'fast-check';
import { buildSchema, type GraphQLField, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify as stringifyYaml } from 'yaml';
import { startTestApi, type Client, type TestApi } from './harness.js';
import { dealInput, inDays, makeWorld, type World } from './world.js';
import { type Who, type Leaf, type Case, MAX_SAFE, canonicalFor, arbitraryFor, leavesOf, withLeaf, documentFor, project } from './hostile-values.js';

/**
 * Hostile input for every operation that takes arguments (derived from
 * schema.graphql): one leaf of a valid call at a time is replaced by a hostile
 * value (NUL, lone surrogates, 100,000 characters, empty ids, huge, negative
 * and fractional numbers, invalid dates and enum values, null where required),
 * signed in as a role that may call it. The answer is never a 5xx nor
 * INTERNAL_SERVER_ERROR, BAD_USER_INPUT names the field (or its container),
 * and no table gains or loses a row (audit_log included).
 *
 * Every (leaf, canonical hostile value) pair runs; then fast-check draws more
 * hostile values per operation (HOSTILE_RUNS, default 4; seed HOSTILE_SEED,
 * printed, default fixed).
 *
 * How the protections were checked (each removed in turn, this file run on
 * PostgreSQL, then restored): without the empty-id rule in safe-text.ts,
 * `auditLog entityId`, `deals filter.partnerId` and `mdfRequests partnerId`
 * "" answer as if unfiltered and `createPartner input.managerId` "" creates a
 * partner (rows change); without MAX_ID_LENGTH and MAX_TEXT_LENGTH, long ids
 * and tokens get empty answers from those queries and from invitationPreview;
 * the cases of the second describe say what fails without their fixes.
 */
const SEED = Number(process.env.HOSTILE_SEED ?? 20261201);
const RANDOM_RUNS = Number(process.env.HOSTILE_RUNS ?? 4);
const schema = buildSchema(fs.readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

// ------------------------------------------------------------ the world and a valid call per operation

let t: TestApi;
let w: World;
let clients: Record<Who, Client>;
const f = {} as {
  submittedDeal: string;
  approvedDeal: string;
  submittedMdf: string;
  approvedMdf: string;
  claimedMdf: string;
  upload: string;
  pathId: string;
  certificationId: string;
  inviteToken: string;
};
const quarter = quarterOf(new Date());

const pathInput = (key: string) => ({
  key,
  name: 'Hostile basics',
  trackKey: null,
  validityDays: 365,
  passingScore: 50,
  modules: [
    { title: 'Intro', kind: 'COURSE', content: '# Welcome' },
    { title: 'Exam', kind: 'EXAM', questions: [{ prompt: 'Two and two?', choices: ['3', '4'], answer: 1 }] },
  ],
});

const CASES: Record<string, Case> = {
  // Queries
  auditLog: { who: 'vendor', vars: () => ({ entityId: w.partnerA.id, first: 10 }) },
  certificationPath: { who: 'rep', vars: () => ({ id: f.pathId }) },
  deal: { who: 'vendor', vars: () => ({ id: f.submittedDeal }) },
  deals: { who: 'vendor', vars: () => ({ first: 10, filter: { partnerId: w.partnerA.id, status: ['SUBMITTED'] }, orderBy: 'NEWEST' }) },
  directAccounts: { who: 'vendor', vars: () => ({ first: 10 }) },
  earnings: { who: 'vendor', vars: () => ({ partnerId: w.partnerA.id }) },
  examAnswerKey: { who: 'vendor', vars: () => ({ pathId: f.pathId, moduleId: 'exam' }) },
  exportProgram: { who: 'vendor', vars: () => ({ version: 1 }) },
  invitationPreview: { who: 'anon', vars: () => ({ token: f.inviteToken }) },
  mdfFund: { who: 'vendor', vars: () => ({ partnerId: w.partnerA.id, quarter }) },
  mdfRequest: { who: 'vendor', vars: () => ({ id: f.submittedMdf }) },
  mdfRequests: { who: 'vendor', vars: () => ({ first: 10, partnerId: w.partnerA.id, status: ['SUBMITTED'] }) },
  myNotifications: { who: 'rep', vars: () => ({ last: 5 }) },
  partner: { who: 'vendor', vars: () => ({ id: w.partnerA.id }) },
  partners: { who: 'vendor', vars: () => ({ first: 10 }) },
  programDiff: { who: 'vendor', vars: () => ({ from: 1, to: 1 }) },
  programVersion: { who: 'vendor', vars: () => ({ version: 1 }) },
  scoreboard: { who: 'vendor', vars: () => ({ from: inDays(-30), to: inDays(1) }) },
  tierReviews: { who: 'vendor', vars: () => ({ last: 5 }) },
  // Mutations
  acceptInvitation: { who: 'anon', vars: () => ({ token: f.inviteToken, name: 'New Rep', password: 'a-long-enough-password' }) },
  adjustMdfAllocation: { who: 'vendor', vars: () => ({ partnerId: w.partnerA.id, quarter, allocated: 20_000_000, reason: 'More budget' }) },
  approveDeal: { who: 'vendor', vars: () => ({ id: f.submittedDeal }) },
  approveMdf: { who: 'vendor', vars: () => ({ id: f.submittedMdf }) },
  approveMdfClaim: { who: 'vendor', vars: () => ({ id: f.claimedMdf }) },
  claimMdf: { who: 'rep', vars: () => ({ id: f.approvedMdf, input: { amount: 50_000, attachmentIds: [f.upload], results: 'Twelve leads' } }) },
  closeDeal: { who: 'vendor', vars: () => ({ id: f.approvedDeal, won: true, amount: 500_000 }) },
  completeModule: { who: 'rep', vars: () => ({ certificationId: f.certificationId, moduleId: 'intro' }) },
  completeOnboardingStep: { who: 'rep', vars: () => ({ stepKey: 'sign-agreement' }) },
  createPartner: { who: 'vendor', vars: () => ({ input: { name: 'Gamma Works', domain: 'gamma.test', trackKey: 'technology', managerId: w.partnerManager.id } }) },
  enroll: { who: 'admin', vars: () => ({ pathId: f.pathId }) },
  importDirectAccounts: { who: 'vendor', vars: () => ({ csv: 'domain,name,owner\nacme.com,Acme,Jo', dryRun: true }), select: 'errors { line }' },
  importProgramDraft: { who: 'vendor', vars: () => ({ text: stringifyYaml(DEMO_PROGRAM) }) },
  invite: { who: 'vendor', vars: () => ({ email: 'someone@alpha.test', role: 'PARTNER_REP', partnerId: w.partnerA.id }) },
  login: { who: 'anon', vars: () => ({ email: 'rep@alpha.test', password: 'correct-horse-battery' }) },
  offboardPartner: { who: 'vendor', vars: () => ({ partnerId: w.partnerB.id, reason: 'Contract ended' }) },
  overrideTier: { who: 'vendor', vars: () => ({ partnerId: w.partnerA.id, tierKey: 'registered', reason: 'Strategic account', pinnedUntil: inDays(90) }) },
  registerDeal: { who: 'rep', vars: () => ({ input: dealInput({ notes: 'Met at the fair' }) }) },
  rejectDeal: { who: 'vendor', vars: () => ({ id: f.submittedDeal, reason: 'Duplicate' }) },
  rejectMdf: { who: 'vendor', vars: () => ({ id: f.submittedMdf, reason: 'Out of scope' }) },
  rejectMdfClaim: { who: 'vendor', vars: () => ({ id: f.claimedMdf, reason: 'No proof' }) },
  requestMdf: { who: 'rep', vars: () => ({ input: { activity: 'Webinar', amount: 1000, description: 'A webinar', quarter } }) },
  saveCertificationPath: { who: 'vendor', vars: () => ({ input: pathInput('hostile-new') }) },
  saveProgramDraft: { who: 'vendor', vars: () => ({ input: project(DEMO_PROGRAM, schema.getType('ProgramInput') as GraphQLInputType) }) },
  submitExam: { who: 'rep', vars: () => ({ certificationId: f.certificationId, moduleId: 'exam', answers: [1] }) },
  updatePartnerProfile: {
    who: 'admin',
    vars: () => ({ partnerId: w.partnerA.id, input: { description: 'We integrate', logoUrl: 'https://alpha.test/logo.png', regions: ['EMEA'], contactName: 'Ann', contactEmail: 'ann@alpha.test' } }),
  },
};

/**
 * Hostile values a call may accept by design (the answer is data, not an
 * error); anything else that succeeds fails the test. Each says why.
 */
function acceptedByDesign(op: string, leaf: string, value: unknown, data: Record<string, any>): boolean {
  // A program draft may hold design problems (negative thresholds, windows): the lint blocks publishing them.
  // A course module's lesson may hold up to 50,000 characters.
  if (op === 'saveCertificationPath' && leaf.endsWith('.content') && typeof value === 'string' && value.length <= 50_000) return true;
  // "Null when the token is not usable" (the contract).
  if (op === 'invitationPreview' && data.invitationPreview === null) return true;
  // A CSV that is not valid answers with its line errors as data (nothing is imported).
  if (op === 'importDirectAccounts' && leaf === 'csv') return data.importDirectAccounts.errors.length > 0;
  // Dates far out (year 0000 or 9999) are dates: a period query over them is an (empty) answer.
  return false;
}

const CONTRACT_CODES = new Set(['NOT_FOUND', 'INVALID_STATE', 'FORBIDDEN', 'INSUFFICIENT_FUNDS', 'RATE_LIMITED']);

async function rowCounts(): Promise<Record<string, number>> {
  const tables = [...new Set([...t.api.services.orm.getMetadata().getAll().values()].filter((m) => m.tableName && !m.embeddable && !m.virtual && !m.abstract).map((m) => m.tableName))];
  const sql = tables.map((name) => `select '${name}' as name, count(*) as n from "${name}"`).join(' union all ');
  const rows: { name: string; n: number | string }[] = await t.em().getConnection().execute(sql);
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

let counts: Record<string, number>;
const show = (v: unknown) => (typeof v === 'string' && v.length > 40 ? `"${v.slice(0, 12)}…" (${v.length} chars)` : JSON.stringify(v));

/** One hostile call: null when it was answered as it should be, else what went wrong. */
async function attempt(op: string, kindName: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, leaf: Leaf, value: unknown): Promise<string | null> {
  const c = CASES[op];
  const leafPath = leaf.path.join('.');
  const label = `${op} ${leafPath} = ${show(value)}`;
  const res = await clients[c.who].gql(documentFor(kindName, field, c.select), withLeaf(c.vars(), leaf.path, value));
  let problem: string | null = null;
  const error = res.errors?.[0];
  if (res.status >= 500) problem = `HTTP ${res.status}: ${error?.message}`;
  else if (!error) {
    if (!acceptedByDesign(op, leafPath, value, res.data ?? {})) problem = `accepted: ${JSON.stringify(res.data).slice(0, 200)}`;
    // What was accepted by design may write (a draft saved with a negative threshold).
    else counts = await rowCounts();
  } else if (error.extensions.code === 'BAD_USER_INPUT') {
    const named = error.extensions.fields?.[0]?.path;
    // Program import errors name the line or the path inside the document (the contract), not the argument.
    const inDocument = op === 'importProgramDraft' && leafPath === 'text';
    if (!named || !(inDocument || named === leafPath || leafPath.startsWith(`${named}.`))) problem = `BAD_USER_INPUT naming ${named ?? 'no field'}: ${error.message.slice(0, 200)}`;
  } else if (!CONTRACT_CODES.has(error.extensions.code) && !(op === 'login' && error.extensions.code === 'UNAUTHENTICATED'))
    problem = `${error.extensions.code}: ${error.message.slice(0, 200)}`;
  const after = await rowCounts();
  const changed = Object.keys(after).filter((k) => after[k] !== counts[k]);
  if (changed.length) {
    problem = `${problem ?? 'answered'}; rows changed in ${changed.map((k) => `${k} ${counts[k]}→${after[k]}`).join(', ')}`;
    counts = after;
  }
  return problem && `${label}: ${problem}`;
}

// ------------------------------------------------------------ setup

const operations = (['query', 'mutation'] as const).flatMap((kindName) => {
  const type = kindName === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(type.getFields())
    .filter((fd) => fd.args.length > 0)
    .map((field) => ({ kindName, field }));
});

beforeAll(async () => {
  t = await startTestApi();
  w = await makeWorld(t);
  clients = { vendor: await t.as(w.vendorAdmin), admin: await t.as(w.partnerAdminOfA), rep: await t.as(w.repOfA), anon: t.anon };
  const { vendor, rep } = clients;
  const register = async () => (await rep.ok(`mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id } }`, { input: dealInput() })).registerDeal.id as string;
  f.submittedDeal = await register();
  f.approvedDeal = await register();
  await vendor.ok(`mutation($id: ID!) { approveDeal(id: $id) { id } }`, { id: f.approvedDeal });

  await vendor.ok(`mutation($p: ID!, $q: String!) { adjustMdfAllocation(partnerId: $p, quarter: $q, allocated: 10000000, reason: "Budget") { allocated } }`, { p: w.partnerA.id, q: quarter });
  const request = async () => (await rep.ok(`mutation { requestMdf(input: { activity: "Webinar", amount: 100000 }) { id } }`)).requestMdf.id as string;
  [f.submittedMdf, f.approvedMdf, f.claimedMdf] = [await request(), await request(), await request()];
  for (const id of [f.approvedMdf, f.claimedMdf]) await vendor.ok(`mutation($id: ID!) { approveMdf(id: $id) { id } }`, { id });
  const upload = async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], { type: 'image/png' }), 'proof.png');
    const { token } = await t.api.services.sessions.create(w.repOfA.id);
    const res = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return ((await res.json()) as { id: string }).id;
  };
  await rep.ok(`mutation($id: ID!, $a: ID!) { claimMdf(id: $id, input: { amount: 100000, attachmentIds: [$a] }) { id } }`, { id: f.claimedMdf, a: await upload() });
  f.upload = await upload();

  f.pathId = (await vendor.ok(`mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id } }`, { input: pathInput('hostile-basics') })).saveCertificationPath.id;
  f.certificationId = (await rep.ok(`mutation($p: ID!) { enroll(pathId: $p) { id } }`, { p: f.pathId })).enroll.id;
  f.inviteToken = (await vendor.ok(`mutation { invite(email: "invited@alpha.test", role: PARTNER_REP, partnerId: "${w.partnerA.id}") { token } }`)).invite.token;
  counts = await rowCounts();
  console.info(`hostile-input: seed ${SEED} (HOSTILE_SEED), ${RANDOM_RUNS} random runs per operation (HOSTILE_RUNS)`);
}, 120_000);
afterAll(() => t.close());

describe('hostile input', () => {
  it('has a valid call for every operation that takes arguments', () => {
    expect(operations.map((o) => o.field.name).filter((name) => !CASES[name])).toEqual([]);
    expect(Object.keys(CASES).filter((name) => !operations.some((o) => o.field.name === name))).toEqual([]);
  });

  for (const { kindName, field } of operations) {
    it(`${kindName} ${field.name}`, async () => {
      const c = CASES[field.name];
      if (!c) return; // reported by the test above
      const leaves = field.args.flatMap((a) => leavesOf(a.type, c.vars()[a.name], [a.name]));
      const failures: string[] = [];
      for (const leaf of leaves)
        for (const value of canonicalFor(leaf)) {
          const problem = await attempt(field.name, kindName, field, leaf, value);
          if (problem) failures.push(problem);
        }
      expect(failures).toEqual([]);
      const hostileCall = fc.constantFrom(...leaves).chain((leaf) => arbitraryFor(leaf).map((value) => ({ leaf, value })));
      await fc.assert(
        fc.asyncProperty(hostileCall, async ({ leaf, value }) => {
          const problem = await attempt(field.name, kindName, field, leaf, value);
          if (problem) throw new Error(problem);
        }),
        { numRuns: RANDOM_RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }
});

describe('hostile input the boundary cannot see', () => {
  // Checked: with the old limiter key (the address itself, 'login_email:' prefixed) this fails on PostgreSQL
  // with INTERNAL_SERVER_ERROR (the key column is varchar(255)); on SQLite the limiter is in memory.
  it('answers a long login email (over the rate-limiter key column, under the text bound) with BAD_USER_INPUT', async () => {
    for (const email of [`${'a'.repeat(240)}@alpha.test`, `${'a'.repeat(5_000)}@alpha.test`]) {
      const res = await t.anon.gql(`mutation($email: String!) { login(email: $email, password: "a-long-enough-password") { token } }`, { email });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0].extensions).toMatchObject({ code: email.length > 254 ? 'BAD_USER_INPUT' : 'UNAUTHENTICATED' });
      if (email.length > 254) expect(res.errors?.[0].extensions.fields?.[0].path).toBe('email');
    }
  });

  // Checked: without documentProblems in save-program-draft.ts these are saved on SQLite (the draft holds a NUL)
  // and fail with INTERNAL_SERVER_ERROR on PostgreSQL (jsonb refuses \u0000 and lone surrogates).
  it('refuses NUL and lone surrogates written as escapes inside an imported program, naming the path', async () => {
    const before = await rowCounts();
    for (const [escape, what] of [['\\0', /NUL/], ['\\ud800', /lone surrogate/], ['\\u0000', /NUL/]] as const) {
      const text = stringifyYaml({ ...DEMO_PROGRAM, name: 'PLACEHOLDER' }).replace('PLACEHOLDER', `"Demo ${escape} program"`);
      const res = await clients.vendor.gql(`mutation($text: String!) { importProgramDraft(text: $text) { version } }`, { text });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'name', message: expect.stringMatching(what) }] });
    }
    expect(await rowCounts()).toEqual(before);
  });

  // Checked: without MAX_BENEFIT_VALUE in save-program-draft.ts the draft is saved (the hostile run above fails too).
  it('refuses a benefit value too large to compute with', async () => {
    const input = project(DEMO_PROGRAM, schema.getType('ProgramInput') as GraphQLInputType) as any;
    input.tracks[0].tiers[0].benefits[0].value = MAX_SAFE;
    const res = await clients.vendor.gql(`mutation($input: ProgramInput!) { saveProgramDraft(input: $input) { version } }`, { input });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.tracks.0.tiers.0.benefits.0.value' }] });
  });
});
