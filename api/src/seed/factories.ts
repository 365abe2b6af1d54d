import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { normaliseEmail, type ProgramDoc, type Role } from '@tierwise/shared';
import type { PartnerStatus } from '../graphql/enums.js';
import { audit } from '../modules/audit/audit.service.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { ProgramVersion } from '../modules/program/program-version.entity.js';
import { nextVersionNumber } from '../modules/program/program.service.js';
import { User } from '../modules/users/user.entity.js';

/** Factories shared by the demo seed and the tests; they write directly, as the system. */

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
