import { benefitsGained, findTier, findTrack, isVendorRole, type ProgramDoc, type TrackDoc } from '@tierwise/shared';
import { checkPageSize, decodeCursor, encodeCursor } from '../../graphql/connection.js';
import { AppError } from '../../errors/app-error.js';
import { partnerScope, requireUser, type Ctx } from '../../graphql/context.js';
import { audit } from '../audit/audit.service.js';
import { endSessionsOf } from '../auth/auth.service.js';
import { expireOpenDealsOf } from '../deals/deal.service.js';
import { checkName } from '../invitations/invitation.service.js';
import { requirePublished } from '../program/program.service.js';
import { toStep, toTier } from '../program/program.types.js';
import { criterionMet, measurePartner } from '../tiers/metrics.js';
import { User } from '../users/user.entity.js';
import { Partner } from './partner.entity.js';
import type { CreatePartnerInput, OnboardingItem, PartnerConnection, TierProgress } from './partner.types.js';

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
  constructor(private readonly ctx: Ctx) {}

  /** A partner the caller may see: vendor staff any, partner users only their own (else NOT_FOUND). */
  async get(id: string): Promise<Partner> {
    const scope = partnerScope(this.ctx);
    if (scope && scope !== id) throw AppError.notFound('Partner');
    const partner = await this.ctx.loaders.partner.load(id);
    if (!partner) throw AppError.notFound('Partner');
    return partner;
  }

  async mine(): Promise<Partner | null> {
    const scope = partnerScope(this.ctx);
    return scope ? this.get(scope) : null;
  }

  async list(first: number, after: string | null | undefined): Promise<PartnerConnection> {
    checkPageSize(first);
    const em = this.ctx.em;
    const where = after
      ? (() => {
          const [name, id] = decodeCursor(after, ['string', 'string']);
          return { $or: [{ name: { $gt: name } }, { name, id: { $gt: id } }] };
        })()
      : {};
    const [rows, totalCount] = await Promise.all([
      em.find(Partner, where, { orderBy: { name: 'asc', id: 'asc' }, limit: first + 1 }),
      em.count(Partner, {}),
    ]);
    const page = rows.slice(0, first);
    for (const p of page) this.ctx.loaders.partner.prime(p.id, p);
    const edges = page.map((node) => ({ node, cursor: encodeCursor([node.name, node.id]) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  async create(input: CreatePartnerInput): Promise<Partner> {
    const actor = requireUser(this.ctx);
    const name = checkName(input.name, 'input.name');
    const domain = input.domain?.trim() ? normaliseDomain(input.domain) : null;
    if (domain !== null && !DOMAIN_PATTERN.test(domain)) throw AppError.field('input.domain', 'Enter a domain like example.com.');
    const program = await requirePublished(this.ctx);
    const track = findTrack(program.document, input.trackKey);
    if (!track) throw AppError.field('input.trackKey', `There is no track "${input.trackKey}" in the published program.`);
    let managerId: string | null = null;
    if (input.managerId) {
      const manager = await this.ctx.em.findOne(User, { id: input.managerId });
      if (!manager || !isVendorRole(manager.role) || manager.disabledAt)
        throw AppError.field('input.managerId', 'Choose a partner manager from the vendor staff.');
      managerId = manager.id;
    }
    const partner = await this.ctx.em.fork().transactional(async (em) => {
      const row = em.create(Partner, {
        name,
        domain,
        status: 'ONBOARDING',
        trackKey: track.key,
        tierKey: track.tiers[0].key,
        manager: managerId ? em.getReference(User, managerId) : null,
        createdAt: new Date(),
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
    return this.ctx.em.findOneOrFail(Partner, { id: partner.id });
  }

  async offboard(id: string, reason: string): Promise<Partner> {
    const actor = requireUser(this.ctx);
    const why = reason.trim();
    if (!why) throw AppError.field('reason', 'Say why the partner is offboarded.');
    if (why.length > 2000) throw AppError.field('reason', 'Use at most 2000 characters.');
    await this.get(id);
    await this.ctx.em.fork().transactional(async (em) => {
      const now = new Date();
      const changed = await em.nativeUpdate(Partner, { id, status: { $ne: 'OFFBOARDED' } }, { status: 'OFFBOARDED', offboardedAt: now });
      if (changed !== 1) throw AppError.invalidState('This partner is already offboarded.');
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
    this.ctx.em.clear();
    return this.ctx.em.findOneOrFail(Partner, { id });
  }

  // ------------------------------------------------------------ derived fields

  async programAndTrack(partner: Partner): Promise<{ program: ProgramDoc; track: TrackDoc }> {
    const program = await requirePublished(this.ctx);
    const track = findTrack(program.document, partner.trackKey);
    // Publishing refuses to drop a track that has partners, so this is a broken invariant.
    if (!track) throw new Error(`Partner ${partner.id} is in track ${partner.trackKey}, absent from program v${program.version}`);
    return { program: program.document, track };
  }

  async progress(partner: Partner): Promise<TierProgress> {
    const { track } = await this.programAndTrack(partner);
    const held = findTier(track, partner.tierKey);
    const current = held?.tier;
    const next = track.tiers[(held?.rank ?? -1) + 1];
    const values = await measurePartner(this.ctx.em, partner.id, track);
    return {
      currentTier: current ? toTier(track, current) : null,
      nextTier: next ? toTier(track, next) : null,
      toNextTier: (next?.criteria ?? []).map((c) => ({
        metric: c.metric,
        current: values[c.metric],
        required: c.threshold,
        met: criterionMet(c, values),
      })),
      benefitsGained: next ? benefitsGained(current, next) : [],
      atRisk: current ? !current.criteria.every((c) => criterionMet(c, values)) : false,
    };
  }

  /** The track's steps; completions are recorded from the Enablement issue on. */
  async onboarding(partner: Partner): Promise<OnboardingItem[]> {
    const { track } = await this.programAndTrack(partner);
    return track.onboardingSteps.map((s) => ({ step: toStep(track, s), completedAt: null }));
  }
}
