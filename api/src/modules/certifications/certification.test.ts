import { describe, expect, it, beforeAll } from 'vitest';
import type { Client } from '../../test/harness.js';
import { EXAM_ATTEMPTS_PER_DAY } from '../auth/rate-limit.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { User } from '../users/user.entity.js';
import { makePartner, makeUser } from '../../seed/factories.js';
import { createScope } from '../scope.js';
import { certificationsOfUser } from './certification.service.js';
import { Certification, ExamAttempt } from './certification.entity.js';
import { COMPLETE, MY_CERTS, DAY, CORRECT, examPath, coursePath, t, w, as, repOfB, openPath, techPath, savePath, firstError, newUser, enroll, submit, useCertificationApi } from './certification.fixture.js';
import type { Partner } from '../partners/partner.entity.js';

/** Certifications over time: the retake limit, expiry, concurrency, and who sees whose. */
useCertificationApi();

describe('retake limit', () => {
  it(`lets ${EXAM_ATTEMPTS_PER_DAY} submissions of an exam through in a day, right or wrong; the next one is RATE_LIMITED`, async () => {
    expect(EXAM_ATTEMPTS_PER_DAY).toBe(5);
    const { user, client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const answers = [[0, 0, 0, 0, 0], [2, 0, 0, 0, 0], CORRECT, [0, 1, 0, 0, 0], CORRECT];
    for (const a of answers) {
      const res = await submit(client, cert.id, a);
      expect(res.errors).toBeUndefined();
    }
    const sixth = await submit(client, cert.id, CORRECT);
    expect(firstError(sixth).extensions.code).toBe('RATE_LIMITED');
    expect(sixth.data?.submitExam ?? null).toBeNull();
    expect(await t.em().count(ExamAttempt, { userId: user.id })).toBe(5);
    // Still limited on the next try.
    expect(firstError(await submit(client, cert.id, [0, 0, 0, 0, 0])).extensions.code).toBe('RATE_LIMITED');

    // Another user on the same exam is not limited.
    const other = await newUser();
    const otherCert = await enroll(other.client, openPath.id);
    expect((await submit(other.client, otherCert.id, CORRECT)).errors).toBeUndefined();
  });

  it('a limited user can still take another exam module', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    for (let i = 0; i < 5; i++) expect((await submit(client, cert.id, [0, 0, 0, 0, 0])).errors).toBeUndefined();
    expect(firstError(await submit(client, cert.id, CORRECT)).extensions.code).toBe('RATE_LIMITED');
    const second = await savePath(examPath({ key: 'second-exam' }));
    const secondCert = await enroll(client, second.id);
    expect((await submit(client, secondCert.id, CORRECT)).data!.submitExam.passed).toBe(true);
  });

  it('six simultaneous submissions: exactly five are graded', async () => {
    const { user, client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const results = await Promise.all(Array.from({ length: 6 }, () => submit(client, cert.id, [0, 0, 0, 0, 0])));
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'RATE_LIMITED')).toHaveLength(1);
    expect(await t.em().count(ExamAttempt, { userId: user.id })).toBe(5);
  });
});

// ------------------------------------------------------------------ expiry and a new round

describe('expiry', () => {
  it('an expired certification reads EXPIRED; enrolling again starts a new round; completing again certifies again', async () => {
    const { client } = await newUser();
    const path = await savePath(coursePath(['Part one', 'Part two'], { key: 'renewable', validityDays: 30 }));
    const cert = await enroll(client, path.id);
    await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'part-one' });
    const first = (await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'part-two' })).completeModule;
    expect(first.status).toBe('CERTIFIED');
    expect(new Date(first.expiresAt).getTime() - new Date(first.certifiedAt).getTime()).toBe(30 * DAY);

    await t.em().nativeUpdate(Certification, { id: cert.id }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = (await client.ok(MY_CERTS)).myCertifications.find((c: any) => c.id === cert.id);
    expect(expired.status).toBe('EXPIRED');

    const renewed = await enroll(client, path.id);
    expect(renewed).toMatchObject({ status: 'IN_PROGRESS', completedModuleIds: [], certifiedAt: null, expiresAt: null });
    expect(await t.em().count(Certification, { path: path.id })).toBe(1);
    // Enrolling again while in progress keeps the round.
    expect(await enroll(client, path.id)).toMatchObject({ id: renewed.id, status: 'IN_PROGRESS', completedModuleIds: [] });

    const half = (await client.ok(COMPLETE, { certificationId: renewed.id, moduleId: 'part-one' })).completeModule;
    expect(half).toMatchObject({ status: 'IN_PROGRESS', completedModuleIds: ['part-one'] });
    const again = (await client.ok(COMPLETE, { certificationId: renewed.id, moduleId: 'part-two' })).completeModule;
    expect(again.status).toBe('CERTIFIED');
    expect(new Date(again.certifiedAt).getTime()).toBeGreaterThan(new Date(first.certifiedAt).getTime());
    expect(new Date(again.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(await t.em().count(AuditEntry, { action: 'certification.certified', entityId: renewed.id })).toBe(2);
  });

  it('enrolling in a CERTIFIED (unexpired) path does not reset it', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, techPath.id);
    const done = (await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'tech-lesson' })).completeModule;
    expect(done.status).toBe('CERTIFIED');
    expect(await enroll(client, techPath.id)).toMatchObject({ id: cert.id, status: 'CERTIFIED', certifiedAt: done.certifiedAt, completedModuleIds: ['tech-lesson'] });
  });
});

// ------------------------------------------------------------------ concurrency

describe('concurrency', () => {
  it('completing the last two modules at once certifies exactly once', async () => {
    const { client } = await newUser();
    for (let round = 0; round < 3; round++) {
      const path = await savePath(coursePath(['One', 'Two', 'Three']));
      const cert = await enroll(client, path.id);
      await client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'one' });
      const results = await Promise.all([
        client.gql(COMPLETE, { certificationId: cert.id, moduleId: 'two' }),
        client.gql(COMPLETE, { certificationId: cert.id, moduleId: 'three' }),
      ]);
      for (const r of results) expect(r.errors).toBeUndefined();
      const mine = (await client.ok(MY_CERTS)).myCertifications.find((c: any) => c.id === cert.id);
      expect(mine.status).toBe('CERTIFIED');
      expect([...mine.completedModuleIds].sort()).toEqual(['one', 'three', 'two']);
      expect(await t.em().count(AuditEntry, { action: 'certification.certified', entityId: cert.id })).toBe(1);
    }
  });

  it('passing the exam and completing the course at once certifies exactly once', async () => {
    const { client } = await newUser();
    const cert = await enroll(client, openPath.id);
    const [exam, course] = await Promise.all([submit(client, cert.id, CORRECT), client.gql(COMPLETE, { certificationId: cert.id, moduleId: 'introduction' })]);
    expect(exam.errors).toBeUndefined();
    expect(course.errors).toBeUndefined();
    expect((await client.ok(MY_CERTS)).myCertifications.find((c: any) => c.id === cert.id).status).toBe('CERTIFIED');
    expect(await t.em().count(AuditEntry, { action: 'certification.certified', entityId: cert.id })).toBe(1);
  });
});

// ------------------------------------------------------------------ User.certifications and Partner.users

describe('User.certifications and Partner.users', () => {
  const TEAM = `{ myPartner { users { id email role certifications { id status path { key } } } } }`;
  const PARTNER_TEAM = `query($id: ID!) { partner(id: $id) { users { id email certifications { id status } } } }`;
  let team: Partner;
  let admin: { user: User; client: Client };
  let rep: { user: User; client: Client };
  let repCertId: string;

  beforeAll(async () => {
    team = await makePartner(t.em(), { name: 'Team Partner', trackKey: 'technology', tierKey: 'registered', managerId: w.partnerManager.id });
    admin = { user: await makeUser(t.em(), { role: 'PARTNER_ADMIN', partner: team, email: 'admin@team.test', name: 'Ada Admin' }), client: null! };
    rep = { user: await makeUser(t.em(), { role: 'PARTNER_REP', partner: team, email: 'rep@team.test', name: 'Rex Rep' }), client: null! };
    admin.client = await t.as(admin.user);
    rep.client = await t.as(rep.user);
    const cert = await enroll(rep.client, techPath.id);
    await rep.client.ok(COMPLETE, { certificationId: cert.id, moduleId: 'tech-lesson' });
    repCertId = cert.id;
  });

  it('a user sees their own certifications (me.certifications = myCertifications)', async () => {
    const { me, myCertifications } = await rep.client.ok(`{ me { id certifications { id status } } myCertifications { id status } }`);
    expect(me.certifications).toEqual([{ id: repCertId, status: 'CERTIFIED' }]);
    expect(myCertifications).toEqual(me.certifications);
  });

  it("Partner.users lists the own partner's team, with their certifications, to its admin and rep", async () => {
    for (const client of [admin.client, rep.client]) {
      const { users } = (await client.ok(TEAM)).myPartner;
      expect(users.map((u: any) => u.email)).toEqual(['admin@team.test', 'rep@team.test']);
      const repRow = users.find((u: any) => u.email === 'rep@team.test');
      expect(repRow.certifications).toEqual([{ id: repCertId, status: 'CERTIFIED', path: { key: 'tech-only' } }]);
      expect(users.find((u: any) => u.email === 'admin@team.test').certifications).toEqual([]);
    }
  });

  it.each(['VENDOR_ADMIN', 'PARTNER_MANAGER'] as const)("%s sees any partner's team and their certifications", async (role) => {
    const { users } = (await as[role].ok(PARTNER_TEAM, { id: team.id })).partner;
    expect(users.map((u: any) => u.email)).toEqual(['admin@team.test', 'rep@team.test']);
    expect(users[1].certifications).toEqual([{ id: repCertId, status: 'CERTIFIED' }]);
    const b = (await as[role].ok(PARTNER_TEAM, { id: w.partnerB.id })).partner.users.map((u: any) => u.email);
    expect(b).toEqual(expect.arrayContaining(['admin@beta.test', 'rep@beta.test']));
    expect(b).not.toContain('rep@team.test');
  });

  it("another partner's team is NOT_FOUND to partner users", async () => {
    expect(await as.PARTNER_ADMIN.code(PARTNER_TEAM, { id: team.id })).toBe('NOT_FOUND');
    expect(await repOfB.code(PARTNER_TEAM, { id: team.id })).toBe('NOT_FOUND');
    const mine = (await as.PARTNER_ADMIN.ok(`{ myPartner { users { email } } }`)).myPartner.users.map((u: any) => u.email);
    expect(mine).not.toContain('rep@team.test');
  });

  it("a partner user asking for the certifications of a user outside its partner gets NOT_FOUND", async () => {
    // The partner's manager is vendor staff: reachable, but not a user of the partner.
    const res = await rep.client.gql(`{ myPartner { manager { id certifications { id } } } }`);
    expect(firstError(res).extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res.data ?? null)).not.toContain('certifications":[');
  });

  it("the service refuses a partner user the certifications of another partner's user (NOT_FOUND)", async () => {
    const em = t.em();
    const caller = await em.findOneOrFail(User, { id: w.repOfB.id });
    const target = await em.findOneOrFail(User, { id: rep.user.id });
    const ctx = createScope({ em, actor: caller, app: t.api.services });
    await expect(certificationsOfUser(ctx, target)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Same partner and vendor staff may.
    const colleague = await em.findOneOrFail(User, { id: admin.user.id });
    const sameCtx = createScope({ em, actor: colleague, app: t.api.services });
    expect((await certificationsOfUser(sameCtx, target)).map((c) => c.id)).toEqual([repCertId]);
    const vendor = await em.findOneOrFail(User, { id: w.partnerManager.id });
    const vendorCtx = createScope({ em, actor: vendor, app: t.api.services });
    expect((await certificationsOfUser(vendorCtx, target)).map((c) => c.id)).toEqual([repCertId]);
  });
});
