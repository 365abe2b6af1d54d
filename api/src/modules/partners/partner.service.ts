import {
  benefitsGained,
  criterionHolds,
  DEFAULT_WINDOW_DAYS,
  findTier,
  findTrack,
  isValidEmail,
  isVendorRole,
  PARTNER_MACHINE,
  type CriterionDoc,
  type FieldError,
  type ProgramDoc,
  type TrackDoc,
} from '@tierwise/shared';
import { transitionRow } from '../../db/transition.js';
import { keysetPage, type Page } from '../../db/keyset.js';
import { AppError } from '../../errors/app-error.js';
import { partnerScope, requireUser, type Scope } from '../scope.js';
import { audit } from '../audit/audit.service.js';
import { endSessionsOf } from '../auth/auth.service.js';
import { expireOpenDealsOf } from '../deals/deal.service.js';
import { checkName } from '../invitations/invitation.service.js';
import { requirePublished } from '../program/program.service.js';
import { toStep, toTier } from '../program/program.types.js';
import { measure, measuredFor } from '../tiers/metrics.js';
import { User } from '../users/user.entity.js';
import { Partner } from './partner.entity.js';
import type { CreatePartnerInput, OnboardingItem, PartnerProfileInput, TierProgress } from './partner.types.js';
import { activateIfOnboarded, onboardingState, profileComplete } from '../onboarding/onboarding.service.js';
import { recordPartnerEvent } from '../partner-events/partner-events.service.js';

const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A company's web domain, lower-cased, without scheme, path or "www.". */
export function normaliseDomain(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

export class PartnerService {
  constructor(private readonly scope: Scope) {}

  /** A partner the caller may see: vendor staff any, partner users only their own (else NOT_FOUND). */
  async get(id: string): Promise<Partner> {
    const confinedTo = partnerScope(this.scope);
    if (confinedTo && confinedTo !== id) throw AppError.notFound('Partner');
    const partner = await this.scope.loaders.partner.load(id);
    if (!partner) throw AppError.notFound('Partner');
    return partner;
  }

  async mine(): Promise<Partner | null> {
    const confinedTo = partnerScope(this.scope);
    return confinedTo ? this.get(confinedTo) : null;
  }

  async list(first: number, after: string | null | undefined): Promise<Page<Partner>> {
    const page = await keysetPage(this.scope.em, Partner, {}, { field: 'name', dir: 'asc', kind: 'string' }, first, after);
    for (const { node } of page.edges) this.scope.loaders.partner.prime(node.id, node);
    return page;
  }

  async create(input: CreatePartnerInput): Promise<Partner> {
    const actor = requireUser(this.scope);
    const name = checkName(input.name, 'input.name');
    const domain = input.domain?.trim() ? normaliseDomain(input.domain) : null;
    if (domain !== null && !DOMAIN_PATTERN.test(domain)) throw AppError.field('input.domain', 'Enter a domain like example.com.');
    const program = await requirePublished(this.scope);
    const track = findTrack(program.document, input.trackKey);
    if (!track) throw AppError.field('input.trackKey', `There is no track "${input.trackKey}" in the published program.`);
    let managerId: string | null = null;
    if (input.managerId) {
      const manager = await this.scope.em.findOne(User, { id: input.managerId });
      if (!manager || !isVendorRole(manager.role) || manager.disabledAt)
        throw AppError.field('input.managerId', 'Choose a partner manager from the vendor staff.');
      managerId = manager.id;
    }
    const partner = await this.scope.em.fork().transactional(async (em) => {
      const row = em.create(Partner, {
        name,
        domain,
        status: 'ONBOARDING',
        trackKey: track.key,
        tierKey: track.tiers[0].key,
        regions: [],
        manager: managerId ? em.getReference(User, managerId) : null,
        createdAt: this.scope.clock(),
      });
      audit(em, {
        actorId: actor.id,
        action: 'partner.created',
        entityType: 'Partner',
        entityId: row.id,
        after: { name, domain, trackKey: row.trackKey, tierKey: row.tierKey, managerId, programVersion: program.version },
      });
      return row;
    });
    return this.scope.em.findOneOrFail(Partner, { id: partner.id });
  }

  async offboard(id: string, reason: string): Promise<Partner> {
    const actor = requireUser(this.scope);
    const why = reason.trim();
    if (!why) throw AppError.field('reason', 'Say why the partner is offboarded.');
    if (why.length > 2000) throw AppError.field('reason', 'Use at most 2000 characters.');
    await this.get(id);
    await this.scope.em.fork().transactional(async (em) => {
      const now = this.scope.clock();
      const { status } = await em.findOneOrFail(Partner, { id }, { fields: ['status'] });
      if (status === 'OFFBOARDED' || !(await transitionRow(em, Partner, PARTNER_MACHINE, { id }, status, 'OFFBOARDED', { offboardedAt: now })))
        throw AppError.invalidState('This partner is already offboarded.');
      const users = await em.find(User, { partner: id }, { fields: ['id'] });
      await em.nativeUpdate(User, { partner: id, disabledAt: null }, { disabledAt: now });
      await endSessionsOf(em, users.map((u) => u.id));
      const expiredDeals = await expireOpenDealsOf(em, id, actor.id);
      audit(em, {
        actorId: actor.id,
        action: 'partner.offboarded',
        entityType: 'Partner',
        entityId: id,
        after: { status: 'OFFBOARDED', usersDisabled: users.length, registrationsExpired: expiredDeals },
        reason: why,
      });
    });
    this.scope.em.clear();
    return this.scope.em.findOneOrFail(Partner, { id });
  }

  // ------------------------------------------------------------ derived fields

  async programAndTrack(partner: Partner): Promise<{ program: ProgramDoc; track: TrackDoc }> {
    const program = await requirePublished(this.scope);
    const track = findTrack(program.document, partner.trackKey);
    // Publishing refuses to drop a track that has partners, so this is a broken invariant.
    if (!track) throw new Error(`Partner ${partner.id} is in track ${partner.trackKey}, absent from program v${program.version}`);
    return { program: program.document, track };
  }

  async progress(partner: Partner): Promise<TierProgress> {
    const { program, track } = await this.programAndTrack(partner);
    const held = findTier(track, partner.tierKey);
    const current = held?.tier;
    const next = track.tiers[(held?.rank ?? -1) + 1];
    const needs = [...(current?.criteria ?? []), ...(next?.criteria ?? [])].map((c) => ({ metric: c.metric, windowDays: c.windowDays ?? DEFAULT_WINDOW_DAYS }));
    const m = await measure(this.scope.em, [partner], program, needs);
    const measured = measuredFor(m, partner.id);
    const progressOf = (c: CriterionDoc) => ({
      metric: c.metric,
      current: measured(c.metric, c.windowDays ?? DEFAULT_WINDOW_DAYS),
      required: c.threshold,
      met: criterionHolds(c, measured),
    });
    return {
      currentTier: current ? toTier(track, current) : null,
      nextTier: next ? toTier(track, next) : null,
      toNextTier: (next?.criteria ?? []).map(progressOf),
      benefitsGained: next ? benefitsGained(current, next) : [],
      atRisk: current ? !current.criteria.every((c) => criterionHolds(c, measured)) : false,
      currentTierCriteria: (current?.criteria ?? []).map(progressOf),
    };
  }

  async onboarding(partner: Partner): Promise<OnboardingItem[]> {
    const { track } = await this.programAndTrack(partner);
    return (await onboardingState(this.scope.em, partner.id, track)).map((s) => ({ step: toStep(track, s.step), completedAt: s.completedAt }));
  }

  /** Partner admins edit their own profile; vendor staff any partner's. A complete profile completes PROFILE_COMPLETED. */
  async updateProfile(partnerId: string | null | undefined, input: PartnerProfileInput): Promise<Partner> {
    const actor = requireUser(this.scope);
    const confinedTo = partnerScope(this.scope);
    const id = partnerId ?? confinedTo;
    if (!id) throw AppError.field('partnerId', 'Choose the partner whose profile to edit.');
    const partner = await this.get(id);
    const errors: FieldError[] = [];
    const text = (value: string | null | undefined, path: string, max: number) => {
      const trimmed = value?.trim() || null;
      if (trimmed && trimmed.length > max) errors.push({ path: `input.${path}`, message: `At most ${max} characters.` });
      return trimmed;
    };
    const description = text(input.description, 'description', 2000);
    const logoUrl = text(input.logoUrl, 'logoUrl', 500);
    if (logoUrl && !/^https:\/\/[^\s]+$/i.test(logoUrl)) errors.push({ path: 'input.logoUrl', message: 'Use an https:// address.' });
    const regions = [...new Set((input.regions ?? []).map((r) => r.trim()).filter(Boolean))];
    if (regions.length > 20 || regions.some((r) => r.length > 60)) errors.push({ path: 'input.regions', message: 'At most 20 regions of 60 characters.' });
    const contactName = text(input.contactName, 'contactName', 120);
    const contactEmail = text(input.contactEmail, 'contactEmail', 254)?.toLowerCase() ?? null;
    if (contactEmail && !isValidEmail(contactEmail)) errors.push({ path: 'input.contactEmail', message: 'Enter a valid email address.' });
    if (errors.length) throw AppError.badInput(errors);

    const profile = { description, logoUrl, regions, contactName, contactEmail };
    await this.scope.em.fork().transactional(async (em) => {
      await em.nativeUpdate(Partner, { id }, profile);
      audit(em, { actorId: actor.id, action: 'partner.profile_updated', entityType: 'Partner', entityId: id, before: { description: partner.description, logoUrl: partner.logoUrl, regions: partner.regions, contactName: partner.contactName, contactEmail: partner.contactEmail }, after: profile });
      if (profileComplete(profile)) await recordPartnerEvent(em as never, id, 'PROFILE_COMPLETED');
    });
    await activateIfOnboarded(this.scope.em, id, actor.id);
    this.scope.loaders.partner.clear(id);
    return this.scope.em.fork().findOneOrFail(Partner, { id });
  }

  async users(partner: Partner): Promise<User[]> {
    return this.scope.em.find(User, { partner: partner.id }, { orderBy: { name: 'asc', id: 'asc' } });
  }
}
