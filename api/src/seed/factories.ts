import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { normaliseCompanyName, normaliseEmail, type Attribution, type DealStatus, type IncentiveModel, type ProgramDoc, type Role } from '@tierwise/shared';
import type { PartnerStatus } from '@tierwise/shared';
import { audit } from '../modules/audit/audit.service.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { Certification, CertificationPath, ModuleCompletion, type StoredModule } from '../modules/certifications/certification.entity.js';
import { Deal } from '../modules/deals/deal.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { ProgramVersion } from '../modules/program/program-version.entity.js';
import { nextVersionNumber } from '../modules/program/program.service.js';
import { User } from '../modules/users/user.entity.js';

/** Factories shared by the demo seed and the tests; they write directly, as the system. */

const DAY_MS = 24 * 3600 * 1000;

export async function makeProgram(em: EntityManager, document: ProgramDoc, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') {
  const row = em.create(ProgramVersion, {
    version: await nextVersionNumber(em),
    status,
    document,
    revision: 1,
    updatedAt: new Date(),
    publishedAt: status === 'PUBLISHED' ? new Date() : null,
  });
  if (status === 'PUBLISHED')
    audit(em, { actorId: null, action: 'program.published', entityType: 'Program', entityId: `v${row.version}`, after: { version: row.version } });
  await em.flush();
  return row;
}

export async function makePartner(
  em: EntityManager,
  attrs: { name?: string; domain?: string | null; trackKey: string; tierKey: string; status?: PartnerStatus; managerId?: string | null },
) {
  const partner = em.create(Partner, {
    name: attrs.name ?? `Partner ${randomUUID().slice(0, 8)}`,
    domain: attrs.domain ?? null,
    status: attrs.status ?? 'ONBOARDING',
    trackKey: attrs.trackKey,
    tierKey: attrs.tierKey,
    regions: [],
    manager: attrs.managerId ? em.getReference(User, attrs.managerId) : null,
    createdAt: new Date(),
  });
  await em.flush();
  return partner;
}

export async function makeUser(
  em: EntityManager,
  attrs: { role: Role; email?: string; name?: string; password?: string; partner?: Partner | null },
) {
  const user = em.create(User, {
    email: normaliseEmail(attrs.email ?? `${attrs.role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`),
    name: attrs.name ?? attrs.role.replace('_', ' ').toLowerCase(),
    role: attrs.role,
    partner: attrs.partner ? em.getReference(Partner, attrs.partner.id) : null,
    passwordHash: await hashPassword(attrs.password ?? 'correct-horse-battery'),
    createdAt: new Date(),
  });
  await em.flush();
  return user;
}

export async function makeCertificationPath(
  em: EntityManager,
  attrs: { key: string; name: string; trackKey?: string | null; validityDays?: number; passingScore?: number; modules: StoredModule[] },
) {
  const path = em.create(CertificationPath, {
    key: attrs.key,
    name: attrs.name,
    trackKey: attrs.trackKey ?? null,
    validityDays: attrs.validityDays ?? 365,
    passingScore: attrs.passingScore ?? 80,
    modules: attrs.modules,
    updatedAt: new Date(),
  });
  await em.flush();
  return path;
}

/** A certification, certified `daysAgo` days ago unless `certified` is false. */
export async function makeCertification(em: EntityManager, user: User, path: CertificationPath, { certified = true, daysAgo = 30 } = {}) {
  const certifiedAt = certified ? new Date(Date.now() - daysAgo * DAY_MS) : null;
  const cert = em.create(Certification, {
    user: em.getReference(User, user.id),
    path: em.getReference(CertificationPath, path.id),
    createdAt: new Date(Date.now() - (daysAgo + 7) * DAY_MS),
    certifiedAt,
    expiresAt: certifiedAt ? new Date(certifiedAt.getTime() + path.validityDays * DAY_MS) : null,
    round: 1,
  });
  for (const module of certified ? path.modules : path.modules.slice(0, 1))
    em.create(ModuleCompletion, { certificationId: cert.id, round: 1, moduleId: module.id, completedAt: certifiedAt ?? new Date() });
  await em.flush();
  return cert;
}

/** A registration in any status, dated `daysAgo` days back (decisions and closes follow it). */
export async function makeDeal(
  em: EntityManager,
  attrs: {
    partner: Partner;
    submittedBy: User;
    customerName: string;
    customerDomain: string;
    amount: number;
    attribution?: Attribution;
    status?: DealStatus;
    daysAgo?: number;
    wonAmount?: number;
    earning?: { model: IncentiveModel; trackKey: string; tierKey: string; programVersion: number; amount: number };
    protectionDays?: number;
  },
) {
  const createdAt = new Date(Date.now() - (attrs.daysAgo ?? 0) * DAY_MS);
  const status = attrs.status ?? 'SUBMITTED';
  const decided = status !== 'SUBMITTED' ? new Date(createdAt.getTime() + DAY_MS) : null;
  const closed = status === 'WON' || status === 'LOST' ? new Date(createdAt.getTime() + 5 * DAY_MS) : null;
  const deal = em.create(Deal, {
    partner: em.getReference(Partner, attrs.partner.id),
    submittedBy: em.getReference(User, attrs.submittedBy.id),
    customerName: attrs.customerName,
    customerNameNormalised: normaliseCompanyName(attrs.customerName),
    customerDomain: attrs.customerDomain,
    amount: attrs.amount,
    expectedCloseDate: new Date(createdAt.getTime() + 60 * DAY_MS),
    attribution: attrs.attribution ?? 'SOURCED',
    status,
    createdAt,
    reviewDueAt: new Date(createdAt.getTime() + 48 * 3600 * 1000),
    decidedAt: decided,
    protectionEndsAt: decided && status !== 'REJECTED' ? new Date(decided.getTime() + (attrs.protectionDays ?? 90) * DAY_MS) : null,
    closedAt: closed,
    wonAmount: status === 'WON' ? (attrs.wonAmount ?? attrs.amount) : null,
    earningModel: attrs.earning?.model ?? null,
    earningTrackKey: attrs.earning?.trackKey ?? null,
    earningTierKey: attrs.earning?.tierKey ?? null,
    earningProgramVersion: attrs.earning?.programVersion ?? null,
    earningAmount: attrs.earning?.amount ?? null,
  });
  await em.flush();
  return deal;
}
