import { createHash, randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { acceptInvitationInput, invitableRoles, invitePartnerProblem, inviteInput, isPartnerRole, type InviteInput, type Role } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { validInput } from '../../errors/valid-input.js';
import { partnerScope, requireUser, type Scope } from '../scope.js';
import { audit } from '../audit/audit.service.js';
import { AuthService, type StartedSession } from '../auth/auth.service.js';
import { hashPassword } from '../auth/passwords.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import { Invitation } from './invitation.entity.js';

export const INVITATION_TTL_DAYS = 7;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const INVALID_INVITATION = 'This invitation link is not valid, was already used, or has expired.';

/** A new invitation, with its one-time token (shown to the inviter once). */
export interface IssuedInvitation {
  id: string;
  email: string;
  role: Role;
  partner: Partner | null;
  token: string;
  expiresAt: Date;
}

/** What an invitation link is for, shown before it is accepted. */
export interface InvitationSummary {
  email: string;
  role: Role;
  partnerName: string | null;
  expiresAt: Date;
}

export async function invite(scope: Scope, args: InviteInput): Promise<IssuedInvitation> {
  const inviter = requireUser(scope);
  const { email, role, partnerId } = validInput(inviteInput, args, '');
  if (!invitableRoles(inviter.role).includes(role))
    throw AppError.forbidden(`A ${inviter.role} may not invite a ${role}.`);

  const ownPartner = partnerScope(scope);
  const wanted = partnerId || (isPartnerRole(role) ? ownPartner : null);
  const problem = invitePartnerProblem(role, wanted);
  if (problem) throw AppError.field(problem.path, problem.message);
  let partner: Partner | null = null;
  if (wanted) {
    if (ownPartner && wanted !== ownPartner) throw AppError.notFound('Partner');
    partner = await scope.em.findOne(Partner, { id: wanted });
    if (!partner) throw AppError.notFound('Partner');
    if (partner.status === 'OFFBOARDED') throw AppError.invalidState('This partner was offboarded; it cannot get new users.');
  }
  if (await scope.em.count(User, { email })) throw AppError.field('email', 'Someone with this email already has an account.');

  const token = randomBytes(32).toString('base64url');
  const invitation = await scope.em.fork().transactional(async (em) => {
    const row = em.create(Invitation, {
      email,
      role,
      partner: partner ? em.getReference(Partner, partner.id) : null,
      tokenHash: hashToken(token),
      invitedBy: em.getReference(User, inviter.id),
      createdAt: scope.clock(),
      expiresAt: new Date(scope.clock().getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
    });
    audit(em, {
      actorId: inviter.id,
      action: 'user.invited',
      entityType: 'Invitation',
      entityId: row.id,
      after: { email, role, partnerId: partner?.id ?? null },
    });
    return row;
  });
  return { id: invitation.id, email, role, partner, token, expiresAt: invitation.expiresAt };
}

async function findUsable(scope: Scope, token: string): Promise<Invitation | null> {
  if (!token || token.length > 200) return null;
  const invitation = await scope.em.findOne(Invitation, { tokenHash: hashToken(token) }, { populate: ['partner'] });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= scope.clock().getTime()) return null;
  return invitation;
}

export async function previewInvitation(scope: Scope, token: string): Promise<InvitationSummary | null> {
  const invitation = await findUsable(scope, token);
  if (!invitation) return null;
  const partner = invitation.partner?.getEntity() ?? null;
  // An invitation into a partner offboarded since can no longer be used.
  if (partner?.status === 'OFFBOARDED') return null;
  return { email: invitation.email, role: invitation.role, partnerName: partner?.name ?? null, expiresAt: invitation.expiresAt };
}

/** Accept an invitation: the account is made and signed in. `sessionId`: the caller's current session, replaced by the new one. */
export async function acceptInvitation(scope: Scope, token: string, rawName: string, password: string, sessionId: string | null): Promise<StartedSession> {
  const invitation = await findUsable(scope, token);
  if (!invitation) throw AppError.field('token', INVALID_INVITATION);
  const { name } = validInput(acceptInvitationInput, { name: rawName, password }, '');
  const passwordHash = await hashPassword(password);
  const partner = invitation.partner?.getEntity() ?? null;
  if (partner?.status === 'OFFBOARDED') throw AppError.invalidState('This partner was offboarded; the invitation is void.');

  let user: User;
  try {
    user = await scope.em.fork().transactional(async (em) => {
      // One-time: of two concurrent accepts, only one marks it used.
      const used = await em.nativeUpdate(Invitation, { id: invitation.id, acceptedAt: null }, { acceptedAt: scope.clock() });
      if (used !== 1) throw AppError.field('token', INVALID_INVITATION);
      const created = em.create(User, {
        email: invitation.email,
        name,
        role: invitation.role,
        partner: partner ? em.getReference(Partner, partner.id) : null,
        passwordHash,
        createdAt: scope.clock(),
      });
      audit(em, {
        actorId: created.id,
        action: 'user.joined',
        entityType: 'User',
        entityId: created.id,
        after: { email: created.email, role: created.role, partnerId: partner?.id ?? null, invitationId: invitation.id },
      });
      return created;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException)
      throw AppError.field('token', 'Someone with this email already has an account: sign in instead.');
    throw e;
  }
  const fresh = await scope.em.findOneOrFail(User, { id: user.id }, { populate: ['partner'] });
  return new AuthService(scope, sessionId).startSession(fresh);
}
