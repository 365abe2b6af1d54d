import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartner, makeUser } from '../seed/factories.js';
import type { Partner } from '../modules/partners/partner.entity.js';
import type { User } from '../modules/users/user.entity.js';
import { onPostgres, startTestApi, type TestApi } from './harness.js';
import { buildApi, processClient, spawnApi, type Answer, type ApiProcess } from './processes.js';
import { inDays, makeWorld, type World } from './world.js';

/**
 * Races and crashes with two real API processes (`node main.js`, built from
 * this tree) on one PostgreSQL database. SQLite is embedded in one process, so
 * these run with TEST_DATABASE=postgres only (`pnpm --filter @tierwise/api test:pg`, as CI does).
 *
 * How each test was checked to fail without its protection: on a patched copy
 * of the build, run with TIERWISE_API_DIST=<copy> (see processes.ts):
 * - MDF approvals: without the `committed + paid + x <= allocated` condition of
 *   the reservation, losers got INTERNAL_SERVER_ERROR (the check constraint)
 *   instead of INSUFFICIENT_FUNDS;
 * - approve and reject: without `status = <from>` in the transition's update,
 *   both decisions succeeded, with two audit rows;
 * - the kill: with a deal decision's audit row written in its own transaction
 *   after the decision's (and a 200 ms gap), the kill left decided
 *   registrations without their audit row; with lockCustomer() (deal.repository)
 *   a no-op, open registrations of one domain by both partners lacked their
 *   SAME_DOMAIN conflict.
 */
const REGISTER = `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { id status } }`;
const APPROVE_DEAL = `mutation($id: ID!) { approveDeal(id: $id) { id status } }`;
const REJECT_DEAL = `mutation($id: ID!, $reason: String!) { rejectDeal(id: $id, reason: $reason) { id status } }`;
const REQUEST_MDF = `mutation($input: MdfRequestInput!) { requestMdf(input: $input) { id status } }`;
const APPROVE_MDF = `mutation($id: ID!, $amount: SafeInt) { approveMdf(id: $id, amount: $amount) { id status approvedAmount } }`;
const REJECT_MDF = `mutation($id: ID!, $reason: String!) { rejectMdf(id: $id, reason: $reason) { id status } }`;

type Gql = ReturnType<typeof processClient>;
const word = () => Array.from(randomBytes(12), (b) => String.fromCharCode(97 + (b % 26))).join('');
const codeOf = (a: Answer) => a.networkError ? 'NETWORK' : a.errors?.[0]?.extensions.code ?? 'OK';
const deal = (domain = `${word()}.com`) => ({ customerName: `${word()} Ltd`, customerDomain: domain, amount: 100_000, expectedCloseDate: inDays(30), attribution: 'SOURCED' });

describe.skipIf(!onPostgres)('two API processes on one PostgreSQL database', () => {
  let t: TestApi;
  let w: World;
  let dist: string;
  let uploadDir: string;
  const procs: ApiProcess[] = [];
  const env = () => ({ UPLOAD_DIR: uploadDir });

  beforeAll(async () => {
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierwise-processes-'));
    // The in-test API migrates the fresh database and serves factories and sessions;
    // the traffic goes to the two processes.
    [t, dist] = await Promise.all([startTestApi({ UPLOAD_DIR: uploadDir }), buildApi()]);
    w = await makeWorld(t);
    procs.push(...(await Promise.all([spawnApi(dist, t.databaseUrl, env()), spawnApi(dist, t.databaseUrl, env())])));
  }, 240_000);
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill()));
    await t?.close();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  /** A client of `user` on process `i` (read at each call: a restarted process has a new port). */
  async function on(i: number, user: User): Promise<Gql> {
    const { token } = await t.api.services.sessions.create(user.id);
    return processClient(() => procs[i].url, token);
  }
  async function partnerWithRep(): Promise<{ partner: Partner; rep: User }> {
    const em = t.em();
    const partner = await makePartner(em, { trackKey: 'technology', tierKey: 'registered' }); // 500_000 MDF a quarter
    return { partner, rep: await makeUser(em, { role: 'PARTNER_REP', partner }) };
  }
  const sql = <R = Record<string, any>>(text: string, params: unknown[] = []) => t.em().execute<R[]>(text, params);

  it('lets through exactly the MDF approvals that fit, of 50 at once spread over both processes', async () => {
    const { partner, rep } = await partnerWithRep();
    const reps = [await on(0, rep), await on(1, rep)];
    const amounts = Array.from({ length: 50 }, (_, i) => [15_000, 20_000, 25_000, 40_000, 60_000][i % 5]);
    const requests = await Promise.all(amounts.map(async (amount, i) => (await reps[i % 2](REQUEST_MDF, { input: { activity: 'Webinar', amount } })).data!.requestMdf.id as string));
    const reviewers = [await on(0, w.vendorAdmin), await on(1, w.partnerManager), await on(1, w.vendorAdmin), await on(0, w.partnerManager)];
    const answers = await Promise.all(requests.map((id, i) => reviewers[i % 4](APPROVE_MDF, { id })));
    const won = answers.flatMap((a, i) => (codeOf(a) === 'OK' ? [amounts[i]] : []));
    for (const a of answers) expect(['OK', 'INSUFFICIENT_FUNDS'], JSON.stringify(a)).toContain(codeOf(a));
    const [fund] = await sql<{ allocated: string; committed: string; paid: string }>('SELECT allocated, committed, paid FROM mdf_funds WHERE partner_id = ?', [partner.id]);
    const [allocated, committed, paid] = [Number(fund.allocated), Number(fund.committed), Number(fund.paid)];
    expect(allocated).toBe(500_000);
    expect(committed + paid).toBeLessThanOrEqual(allocated);
    expect(committed).toBe(won.reduce((s, a) => s + a, 0));
    // Exactly the ones that fit: every loser was larger than what is left.
    for (let i = 0; i < answers.length; i++) if (codeOf(answers[i]) !== 'OK') expect(amounts[i]).toBeGreaterThan(allocated - committed - paid);
    const approved = await sql<{ n: string }>(`SELECT count(*) AS n FROM mdf_requests WHERE partner_id = ? AND status = 'APPROVED'`, [partner.id]);
    expect(Number(approved[0].n)).toBe(won.length);
    const audited = await sql<{ n: string }>(`SELECT count(*) AS n FROM audit_entries WHERE action = 'mdf.approved' AND entity_id IN (${requests.map(() => '?').join(',')})`, requests);
    expect(Number(audited[0].n)).toBe(won.length);
    expect(won.length).toBeGreaterThan(5);
    expect(won.length).toBeLessThan(50);
  });

  it('decides a registration exactly once when approve and reject race through both processes', async () => {
    const repA = await on(0, w.repOfA);
    const approvers = [await on(0, w.vendorAdmin), await on(1, w.vendorAdmin)];
    const rejecters = [await on(1, w.partnerManager), await on(0, w.partnerManager)];
    for (let round = 0; round < 10; round++) {
      const id = (await repA(REGISTER, { input: deal() })).data!.registerDeal.id as string;
      const [approve, reject] = await Promise.all([approvers[round % 2](APPROVE_DEAL, { id }), rejecters[round % 2](REJECT_DEAL, { id, reason: 'Duplicate' })]);
      expect([codeOf(approve), codeOf(reject)].sort(), `round ${round}`).toEqual(['INVALID_STATE', 'OK']);
      const [row] = await sql<{ status: string; decided_at: Date | null }>('SELECT status, decided_at FROM deals WHERE id = ?', [id]);
      expect(row.status).toBe(codeOf(approve) === 'OK' ? 'APPROVED' : 'REJECTED');
      expect(row.decided_at).not.toBeNull();
      const audits = await sql<{ action: string }>(`SELECT action FROM audit_entries WHERE entity_id = ? AND action IN ('deal.approved', 'deal.rejected')`, [id]);
      expect(audits.map((a) => a.action)).toEqual([row.status === 'APPROVED' ? 'deal.approved' : 'deal.rejected']);
    }
  });

  it('keeps every invariant when one process is killed (SIGKILL) in the middle of a burst of writes, and after its restart', async () => {
    const p = await partnerWithRep();
    const q = await partnerWithRep();
    const rep = [[await on(0, p.rep), await on(1, p.rep)], [await on(0, q.rep), await on(1, q.rep)]];
    const reviewer = [await on(0, w.vendorAdmin), await on(1, w.partnerManager)];

    // Before the burst (through process 1, which is not killed): registrations and MDF requests to decide.
    const toDecide: string[] = await Promise.all(Array.from({ length: 24 }, async (_, i) => (await rep[i % 2][1](REGISTER, { input: deal() })).data!.registerDeal.id));
    // 15 of 60_000 for each partner's 500_000: 8 fit.
    const mdf: string[] = await Promise.all(Array.from({ length: 30 }, async (_, i) => (await rep[i % 2][1](REQUEST_MDF, { input: { activity: 'Event', amount: 60_000 } })).data!.requestMdf.id));
    // Registrations in the burst share these domains across both partners (conflicts to record).
    const shared = Array.from({ length: 8 }, () => `${word()}.com`);

    type Op = { proc: number; kind: string; run: () => Promise<Answer> };
    const ops: Op[] = [];
    for (let i = 0; i < 200; i++) {
      const proc = i % 2;
      const pick = i % 5;
      if (pick === 0 || pick === 3) {
        // Four registrations of one domain in each ten operations: two by each partner, on both processes.
        const input = deal(shared[Math.floor(i / 10) % shared.length]);
        ops.push({ proc, kind: 'register', run: () => rep[i % 10 < 5 ? 0 : 1][proc](REGISTER, { input }) });
      } else if (pick === 1) {
        const id = toDecide[Math.floor(i / 5) % toDecide.length];
        ops.push(i % 3 ? { proc, kind: 'approveDeal', run: () => reviewer[proc](APPROVE_DEAL, { id }) } : { proc, kind: 'rejectDeal', run: () => reviewer[proc](REJECT_DEAL, { id, reason: 'No' }) });
      } else if (pick === 2) {
        const id = mdf[Math.floor(i / 5) % mdf.length];
        ops.push(i % 7 ? { proc, kind: 'approveMdf', run: () => reviewer[proc](APPROVE_MDF, { id }) } : { proc, kind: 'rejectMdf', run: () => reviewer[proc](REJECT_MDF, { id, reason: 'No' }) });
      } else {
        ops.push({ proc, kind: 'requestMdf', run: () => rep[i % 4 < 2 ? 0 : 1][proc](REQUEST_MDF, { input: { activity: 'Ads', amount: 30_000 } }) });
      }
    }

    const answers: (Answer | undefined)[] = Array(ops.length);
    let next = 0;
    let done = 0;
    let inFlightOnKilled = 0;
    let inFlightAtKill = -1;
    let killing: Promise<void> | undefined;
    const killed = procs[0];
    const worker = async () => {
      while (next < ops.length) {
        const i = next++;
        const op = ops[i];
        const onKilled = op.proc === 0 && !killing;
        if (onKilled) inFlightOnKilled++;
        answers[i] = await op.run();
        if (onKilled) inFlightOnKilled--;
        if (++done === 70) {
          inFlightAtKill = inFlightOnKilled;
          killing = killed.kill();
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await killing;
    const tally: Record<string, number> = {};
    for (const [i, a] of answers.entries()) tally[`${ops[i].proc}:${ops[i].kind}:${codeOf(a!)}`] = (tally[`${ops[i].proc}:${ops[i].kind}:${codeOf(a!)}`] ?? 0) + 1;
    // The kill did land in the middle of requests of the killed process.
    expect(inFlightAtKill, JSON.stringify(tally)).toBeGreaterThan(0);
    expect(answers.some((a, i) => ops[i].proc === 0 && a?.networkError)).toBe(true);
    for (const [i, a] of answers.entries())
      if (ops[i].proc === 1 || !a!.networkError)
        expect(['OK', 'INVALID_STATE', 'INSUFFICIENT_FUNDS'], `${ops[i].kind}: ${JSON.stringify(a)}`).toContain(codeOf(a!));

    // Restart it: it serves again on the same database, with nothing left locked.
    procs[0] = await spawnApi(dist, t.databaseUrl, env());
    const again = await rep[0][0](REGISTER, { input: deal(shared[0]) });
    expect(codeOf(again)).toBe('OK');
    const stillOpen = await sql<{ id: string }>(`SELECT id FROM deals WHERE status = 'SUBMITTED' AND id IN (${toDecide.map(() => '?').join(',')})`, toDecide);
    for (const { id } of stillOpen) expect(codeOf(await reviewer[0](APPROVE_DEAL, { id }))).toBe('OK');

    // What the clients were told happened, did.
    const dealIds = new Set((await sql<{ id: string }>('SELECT id FROM deals')).map((d) => d.id));
    const mdfRows = new Map((await sql<{ id: string; status: string }>('SELECT id, status FROM mdf_requests')).map((r) => [r.id, r.status]));
    for (const [i, a] of answers.entries()) {
      if (codeOf(a!) !== 'OK') continue;
      const data = a!.data!;
      if (ops[i].kind === 'register') expect(dealIds.has(data.registerDeal.id)).toBe(true);
      if (ops[i].kind === 'requestMdf') expect(mdfRows.get(data.requestMdf.id)).toBeDefined();
      if (ops[i].kind === 'approveMdf') expect(mdfRows.get(data.approveMdf.id)).toBe('APPROVED');
      if (ops[i].kind === 'rejectMdf') expect(mdfRows.get(data.rejectMdf.id)).toBe('REJECTED');
    }
    await expectInvariants();
  });

  /** Every invariant over the whole database: money, decisions, audit, conflicts. */
  async function expectInvariants() {
    // Money: committed + paid <= allocated, and committed is what the approvals reserved.
    const funds = await sql<{ id: string; allocated: string; committed: string; paid: string; reserved: string | null; paid_out: string | null }>(
      `SELECT f.id, f.allocated, f.committed, f.paid,
              (SELECT sum(approved_amount) FROM mdf_requests r WHERE r.fund_id = f.id AND r.status IN ('APPROVED', 'CLAIMED')) AS reserved,
              (SELECT sum(paid_amount) FROM mdf_requests r WHERE r.fund_id = f.id AND r.status = 'PAID') AS paid_out
         FROM mdf_funds f`,
    );
    for (const f of funds) {
      expect(Number(f.committed) + Number(f.paid), `fund ${f.id}`).toBeLessThanOrEqual(Number(f.allocated));
      expect(Number(f.committed), `fund ${f.id}`).toBe(Number(f.reserved ?? 0));
      expect(Number(f.paid), `fund ${f.id}`).toBe(Number(f.paid_out ?? 0));
    }
    // One decision per registration, and the status says which.
    const deals = await sql<{ id: string; status: string; partner_id: string; customer_domain: string; decided_at: Date | null; decided_by_id: string | null; rejection_reason: string | null; protection_ends_at: Date | null }>(
      'SELECT id, status, partner_id, customer_domain, decided_at, decided_by_id, rejection_reason, protection_ends_at FROM deals',
    );
    for (const d of deals) {
      expect(d.decided_at === null, `deal ${d.id} ${d.status}`).toBe(d.status === 'SUBMITTED');
      expect(d.decided_by_id === null, `deal ${d.id} ${d.status}`).toBe(d.status === 'SUBMITTED');
      expect(d.protection_ends_at !== null, `deal ${d.id} ${d.status}`).toBe(d.status === 'APPROVED');
      expect(d.rejection_reason !== null, `deal ${d.id} ${d.status}`).toBe(d.status === 'REJECTED');
    }
    const requests = await sql<{ id: string; status: string; decided_at: Date | null }>('SELECT id, status, decided_at FROM mdf_requests');
    for (const r of requests) expect(r.decided_at === null, `MDF request ${r.id} ${r.status}`).toBe(r.status === 'SUBMITTED');

    // Exactly one audit row per change that happened, none for what did not.
    const audits = await sql<{ entity_type: string; entity_id: string; action: string; n: string }>(
      `SELECT entity_type, entity_id, action, count(*) AS n FROM audit_entries
        WHERE entity_type IN ('DealRegistration', 'MdfRequest') GROUP BY entity_type, entity_id, action`,
    );
    const count = new Map(audits.map((a) => [`${a.entity_id} ${a.action}`, Number(a.n)]));
    const of = (id: string, action: string) => count.get(`${id} ${action}`) ?? 0;
    for (const d of deals) {
      const actual = { registered: of(d.id, 'deal.registered'), approved: of(d.id, 'deal.approved'), rejected: of(d.id, 'deal.rejected') };
      expect(actual, `audit of deal ${d.id} (${d.status})`).toEqual({ registered: 1, approved: d.status === 'APPROVED' ? 1 : 0, rejected: d.status === 'REJECTED' ? 1 : 0 });
    }
    for (const r of requests) {
      const actual = { requested: of(r.id, 'mdf.requested'), approved: of(r.id, 'mdf.approved'), rejected: of(r.id, 'mdf.rejected') };
      expect(actual, `audit of MDF request ${r.id} (${r.status})`).toEqual({ requested: 1, approved: r.status === 'APPROVED' ? 1 : 0, rejected: r.status === 'REJECTED' ? 1 : 0 });
    }
    const dealIds = new Set(deals.map((d) => d.id));
    const requestIds = new Set(requests.map((r) => r.id));
    for (const a of audits) expect(a.entity_type === 'DealRegistration' ? dealIds.has(a.entity_id) : requestIds.has(a.entity_id), `audit ${a.action} of a missing ${a.entity_id}`).toBe(true);

    // Conflicts: stored on both sides, and none missed between open registrations of one domain.
    const conflicts = await sql<{ deal_id: string; kind: string; other_deal_id: string | null }>('SELECT deal_id, kind, other_deal_id FROM deal_conflicts');
    const pairs = new Set(conflicts.map((c) => `${c.deal_id} ${c.kind} ${c.other_deal_id}`));
    for (const c of conflicts) {
      expect(dealIds.has(c.deal_id)).toBe(true);
      if (c.other_deal_id) expect(pairs.has(`${c.other_deal_id} ${c.kind} ${c.deal_id}`), `reverse of ${c.deal_id} ${c.kind} ${c.other_deal_id}`).toBe(true);
    }
    const submitted = deals.filter((d) => d.status === 'SUBMITTED');
    for (const a of submitted)
      for (const b of submitted)
        if (a.id < b.id && a.partner_id !== b.partner_id && a.customer_domain === b.customer_domain)
          expect(pairs.has(`${a.id} SAME_DOMAIN ${b.id}`), `conflict of ${a.id} and ${b.id} (${a.customer_domain})`).toBe(true);
  }
});
