import { createHash, randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { invitableRoles, isPartnerRole, isValidEmail, normaliseEmail, type Role } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { partnerScope, requireUser, type Scope } from '../scope.js';
import { audit } from '../audit/audit.service.js';
import { AuthService, type StartedSession } from '../auth/auth.service.js';
import { hashPassword } from '../auth/passwords.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from '../users/user.entity.js';
import { Invitation } from './invitation.entity.js';
import type { InvitationGql, InvitationPreview } from './invitation.types.js';

export const INVITATION_TTL_DAYS = 7;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const INVALID_INVITATION = 'This invitation link is not valid, was already used, or has expired.';

export function checkName(name: string, field = 'name'): string {
  const trimmed = name.trim();
  if (!trimmed) throw AppError.field(field, 'Enter a name.');
  if (trimmed.length > 120) throw AppError.field(field, 'Use at most 120 characters.');
  return trimmed;
}

export class InvitationService {
  constructor(private readonly scope: Scope) {}

  async invite(rawEmail: string, role: Role, partnerId: string | null | undefined): Promise<InvitationGql> {
    const inviter = requireUser(this.scope);
    const email = normaliseEmail(rawEmail);
    if (!isValidEmail(email)) throw AppError.field('email', 'Enter a valid email address.');
    if (!invitableRoles(inviter.role).includes(role))
      throw AppError.forbidden(`A ${inviter.role} may not invite a ${role}.`);

    const ownPartner = partnerScope(this.scope);
    let partner: Partner | null = null;
    if (isPartnerRole(role)) {
      const id = partnerId ?? ownPartner;
      if (!id) throw AppError.field('partnerId', 'Choose the partner this user belongs to.');
      if (ownPartner && id !== ownPartner) throw AppError.notFound('Partner');
      partner = await this.scope.em.findOne(Partner, { id });
      if (!partner) throw AppError.notFound('Partner');
      if (partner.status === 'OFFBOARDED') throw AppError.invalidState('This partner was offboarded; it cannot get new users.');
    } else if (partnerId) {
      throw AppError.field('partnerId', 'Vendor staff do not belong to a partner.');
    }
    if (await this.scope.em.count(User, { email })) throw AppError.field('email', 'Someone with this email already has an account.');

    const token = randomBytes(32).toString('base64url');
    const invitation = await this.scope.em.fork().transactional(async (em) => {
      const row = em.create(Invitation, {
        email,
        role,
        partner: partner ? em.getReference(Partner, partner.id) : null,
        tokenHash: hashToken(token),
        invitedBy: em.getReference(User, inviter.id),
        createdAt: this.scope.clock(),
        expiresAt: new Date(this.scope.clock().getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
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

  private async findUsable(token: string): Promise<Invitation | null> {
    if (!token || token.length > 200) return null;
    const invitation = await this.scope.em.findOne(Invitation, { tokenHash: hashToken(token) }, { populate: ['partner'] });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= this.scope.clock().getTime()) return null;
    return invitation;
  }

  async preview(token: string): Promise<InvitationPreview | null> {
    const invitation = await this.findUsable(token);
    if (!invitation) return null;
    const partner = invitation.partner?.getEntity() ?? null;
    // An invitation into a partner offboarded since can no longer be used.
    if (partner?.status === 'OFFBOARDED') return null;
    return { email: invitation.email, role: invitation.role, partnerName: partner?.name ?? null, expiresAt: invitation.expiresAt };
  }

  /** `sessionId`: the caller's current session, replaced by the new one. */
  async accept(token: string, rawName: string, password: string, sessionId: string | null): Promise<StartedSession> {
    const invitation = await this.findUsable(token);
    if (!invitation) throw AppError.field('token', INVALID_INVITATION);
    const name = checkName(rawName);
    const passwordHash = await hashPassword(password);
    const partner = invitation.partner?.getEntity() ?? null;
    if (partner?.status === 'OFFBOARDED') throw AppError.invalidState('This partner was offboarded; the invitation is void.');

    let user: User;
    try {
      user = await this.scope.em.fork().transactional(async (em) => {
        // One-time: of two concurrent accepts, only one marks it used.
        const used = await em.nativeUpdate(Invitation, { id: invitation.id, acceptedAt: null }, { acceptedAt: this.scope.clock() });
        if (used !== 1) throw AppError.field('token', INVALID_INVITATION);
        const created = em.create(User, {
          email: invitation.email,
          name,
          role: invitation.role,
          partner: partner ? em.getReference(Partner, partner.id) : null,
          passwordHash,
          createdAt: this.scope.clock(),
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
    const fresh = await this.scope.em.findOneOrFail(User, { id: user.id }, { populate: ['partner'] });
    return new AuthService(this.scope, sessionId).startSession(fresh);
  }
}
