import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PROGRAM } from '@tierwise/shared';
import { makeDeal, makePartner } from '../seed/factories.js';
import { Partner } from '../modules/partners/partner.entity.js';
import type { User } from '../modules/users/user.entity.js';
import { startTestApi, type Client, type GqlResponse, type TestApi } from './harness.js';
import { dealInput, makeWorld, type World } from './world.js';

/**
 * Objects for the authorization matrix (authorization-matrix.test.ts): the usual
 * world, partner A managed by the world's partner manager, and helpers that make
 * a fresh object of partner A in the state an operation needs.
 */

export const ROLES = ['anon', 'rep', 'partnerAdmin', 'otherPartnerAdmin', 'manager', 'vendorAdmin'] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = 'data' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'INVALID_STATE';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** The outcome of one call: `data` when there are no errors, else the first error's code. */
export function outcomeOf(res: GqlResponse): string {
  if (res.errors?.length) return res.errors[0].extensions?.code ?? 'NO_CODE';
  return res.data ? 'data' : 'NO_DATA';
}

export class Fixtures {
  private seq = 0;
  /** Long-lived clients used only to build objects (never the clients under test). */
  private constructor(
    readonly t: TestApi,
    readonly w: World,
    private readonly uploadDir: string,
    private readonly vendor: Client,
    private readonly rep: Client,
    /** A certification path open to partner A's track (technology) only: partner B (agency) cannot see it. */
    readonly techPath: { id: string; modules: { id: string; kind: string }[] },
  ) {}

  static async create(): Promise<Fixtures> {
    const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierwise-matrix-uploads-'));
    const t = await startTestApi({ UPLOAD_DIR: uploadDir });
    const w = await makeWorld(t);
    // Partner A is managed by the world's partner manager (partner B has no manager).
    await t.em().nativeUpdate(Partner, { id: w.partnerA.id }, { manager: w.partnerManager.id });
    const vendor = await t.as(w.vendorAdmin);
    const rep = await t.as(w.repOfA);
    const techPath = await Fixtures.savePath(vendor, 'tech-matrix', 'technology');
    return new Fixtures(t, w, uploadDir, vendor, rep, techPath);
  }

  async close() {
    await this.t.close();
    fs.rmSync(this.uploadDir, { recursive: true, force: true });
  }

  /** A client for `role` (or partner B's rep) on a session of its own (so a logout in one cell cannot affect another). */
  async client(role: Role | 'otherPartnerRep'): Promise<Client> {
    const users: Record<Exclude<Role, 'anon'> | 'otherPartnerRep', User> = {
      rep: this.w.repOfA,
      partnerAdmin: this.w.partnerAdminOfA,
      otherPartnerAdmin: this.w.partnerAdminOfB,
      otherPartnerRep: this.w.repOfB,
      manager: this.w.partnerManager,
      vendorAdmin: this.w.vendorAdmin,
    };
    return role === 'anon' ? this.t.anon : this.t.as(users[role]);
  }

  next = () => ++this.seq;
  email = (prefix: string) => `${prefix}-${this.next()}@matrix.test`;

  // ------------------------------------------------------------------ deals

  /** A SUBMITTED (or APPROVED, protected for 90 days) registration of partner A by its rep. */
  async deal(status: 'SUBMITTED' | 'APPROVED' = 'SUBMITTED'): Promise<string> {
    const n = this.next();
    const deal = await makeDeal(this.t.em(), {
      partner: this.w.partnerA,
      submittedBy: this.w.repOfA,
      customerName: `Matrix Customer ${n}`,
      customerDomain: `matrix-customer-${n}.com`,
      amount: 100_000,
      status,
    });
    return deal.id;
  }

  dealInput = () => dealInput();

  // ------------------------------------------------------------------ MDF

  /** A request of partner A by its rep, taken as far as `status`. */
  async mdf(status: 'SUBMITTED' | 'APPROVED' | 'CLAIMED' = 'SUBMITTED'): Promise<string> {
    const { requestMdf } = await this.rep.ok(`mutation($input: MdfRequestInput!) { requestMdf(input: $input) { id } }`, {
      input: { activity: `Matrix webinar ${this.next()}`, amount: 1_000 },
    });
    const id: string = requestMdf.id;
    if (status === 'SUBMITTED') return id;
    await this.vendor.ok(`mutation($id: ID!) { approveMdf(id: $id) { id } }`, { id });
    if (status === 'APPROVED') return id;
    await this.rep.ok(`mutation($id: ID!, $input: MdfClaimInput!) { claimMdf(id: $id, input: $input) { id } }`, {
      id,
      input: { amount: 1_000, attachmentIds: [await this.upload()] },
    });
    return id;
  }

  /** A proof of performance uploaded by partner A's rep. */
  async upload(): Promise<string> {
    const { token } = await this.t.api.services.sessions.create(this.w.repOfA.id);
    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'proof.png');
    const res = await fetch(`${this.t.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }

  // ------------------------------------------------------------------ certifications

  /** A path (a course, then a one-question exam whose answer is 0) saved by the vendor admin. */
  private static async savePath(vendor: Client, key: string, trackKey: string | null) {
    const { saveCertificationPath } = await vendor.ok(
      `mutation($input: CertificationPathInput!) { saveCertificationPath(input: $input) { id modules { id kind } } }`,
      { input: Fixtures.pathInput(key, trackKey) },
    );
    return saveCertificationPath as { id: string; modules: { id: string; kind: string }[] };
  }

  static pathInput(key: string, trackKey: string | null = 'technology') {
    return {
      key,
      name: `Matrix path ${key}`,
      trackKey,
      validityDays: 365,
      passingScore: 100,
      modules: [
        { title: 'Introduction', kind: 'COURSE', content: '# Welcome' },
        { title: 'Exam', kind: 'EXAM', questions: [{ prompt: 'Pick the first', choices: ['first', 'second'], answer: 0 }] },
      ],
    };
  }

  /** Partner A's rep enrolled on a fresh technology path: the certification and its module ids. */
  async repCertification(): Promise<{ certificationId: string; courseId: string; examId: string }> {
    const p = await Fixtures.savePath(this.vendor, `tech-matrix-${this.next()}`, 'technology');
    const { enroll } = await this.rep.ok(`mutation($pathId: ID!) { enroll(pathId: $pathId) { id } }`, { pathId: p.id });
    return { certificationId: enroll.id, courseId: p.modules[0].id, examId: p.modules[1].id };
  }

  // ------------------------------------------------------------------ other

  /** A token of a fresh invitation of a rep into partner A (sent by the vendor admin). */
  async invitationToken(): Promise<string> {
    const { invite } = await this.vendor.ok(`mutation($email: String!, $partnerId: ID) { invite(email: $email, role: PARTNER_REP, partnerId: $partnerId) { token } }`, {
      email: this.email('invitee'),
      partnerId: this.w.partnerA.id,
    });
    return invite.token;
  }

  /** The program as YAML (draft, else published), as the vendor admin exports it. */
  async programYaml(): Promise<string> {
    return (await this.vendor.ok(`{ exportProgram }`)).exportProgram;
  }

  /** A draft equal to the demo program, so that publishProgram has something to publish. */
  async draft(): Promise<void> {
    await this.vendor.ok(`mutation($input: ProgramInput!) { saveProgramDraft(input: $input) { version } }`, { input: structuredClone(DEMO_PROGRAM) });
  }

  /** A partner of its own for operations that would wreck partner A (offboarding), managed by the partner manager. */
  async throwawayPartner(): Promise<string> {
    const p = await makePartner(this.t.em(), { trackKey: 'technology', tierKey: 'registered', managerId: this.w.partnerManager.id });
    return p.id;
  }
}
