import { findTier, findTrack } from '@tierwise/shared';
import { AppError } from '../../errors/app-error.js';
import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { partnerScope } from '../scope.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { Program, toTier } from '../program/program.types.js';
import { Notification, TierChange, TierReview } from './tier-review.entity.js';
import { nextReviewAt, TierReviewService, type PlannedChange } from './tier-review.service.js';
import { NotificationGql, TierChangeGql, TierOverride, TierReviewGql } from './tier-review.types.js';

const toChange = (c: PlannedChange): TierChangeGql => {
  const from = c.fromKey ? findTier(c.track, c.fromKey)?.tier : undefined;
  const to = findTier(c.track, c.toKey)?.tier;
  return { partner: c.partner, from: from ? toTier(c.track, from) : null, to: to ? toTier(c.track, to) : null, move: c.move, pinned: c.pinned };
};

/** How many of the newest items to list: 1 to 50 (anything else is a bad input, not a silent clamp). */
function pageSize(last: number | null | undefined): number {
  const size = last ?? 10;
  if (!Number.isInteger(size) || size < 1 || size > 50) throw AppError.field('last', 'Ask for 1 to 50 items.');
  return size;
}

@Resolver()
export class TierReviewResolver {
  @Authorized('tier-review:preview')
  @Query(() => [TierChangeGql], { description: 'Vendor staff only: what applyTierReview would do now.' })
  async previewTierReview(@GqlCtx() ctx: Ctx): Promise<TierChangeGql[]> {
    return (await new TierReviewService(scopeOf(ctx)).preview()).map(toChange);
  }

  @Authorized('tier-review:apply')
  @Mutation(() => TierReviewGql, { description: 'Vendor admin: apply the tier review now; records the program version used.' })
  async applyTierReview(@GqlCtx() ctx: Ctx): Promise<TierReviewGql> {
    return this.load(ctx, await new TierReviewService(scopeOf(ctx)).apply());
  }

  @Authorized('tier-review:preview')
  @Query(() => [TierReviewGql], { description: 'Vendor staff: applied reviews, newest first.' })
  async tierReviews(@Arg('last', () => Int, { nullable: true, defaultValue: 10 }) last: number, @GqlCtx() ctx: Ctx): Promise<TierReviewGql[]> {
    const rows = await ctx.em.find(TierReview, {}, { orderBy: { appliedAt: 'desc', id: 'desc' }, limit: pageSize(last) });
    return Promise.all(rows.map((r) => this.load(ctx, r)));
  }

  private async load(ctx: Ctx, review: TierReview): Promise<TierReviewGql> {
    const [rows, program] = await Promise.all([
      ctx.em.find(TierChange, { reviewId: review.id }),
      ctx.loaders.programVersion.load(review.programVersion),
    ]);
    const partners = await ctx.loaders.partner.loadMany(rows.map((r) => r.partnerId));
    const changes = rows.flatMap((row, i) => {
      const partner = partners[i];
      const track = program && findTrack(program.document, row.trackKey);
      if (!(partner instanceof Partner) || !track) return [];
      const tier = (key: string | null | undefined) => {
        const held = key ? findTier(track, key) : undefined;
        return held ? toTier(track, held.tier) : null;
      };
      return [{ partner, from: tier(row.fromTierKey), to: tier(row.toTierKey), move: row.move, pinned: row.pinned }];
    });
    return {
      id: review.id,
      programVersion: review.programVersion,
      appliedAt: review.appliedAt,
      changes,
      appliedBy: review.appliedById ? await ctx.loaders.user.load(review.appliedById) : null,
    };
  }

  @Authorized('partner:override-tier')
  @Mutation(() => Partner, { description: 'Vendor staff: set the tier outside a review; reason is required and audited.' })
  overrideTier(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('tierKey', () => String) tierKey: string,
    @Arg('reason', () => String) reason: string,
    @Arg('pinnedUntil', () => DateTimeScalar, { nullable: true, description: 'Hold this tier at reviews until then; without it the next review applies the rule.' })
    pinnedUntil: Date | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<Partner> {
    return new TierReviewService(scopeOf(ctx)).override(partnerId, tierKey, reason, pinnedUntil);
  }

  @Authorized('partner:read-own')
  @Query(() => [NotificationGql], { description: "Partner users: their partner's latest messages (tier changes and the like)." })
  async myNotifications(@Arg('last', () => Int, { nullable: true, defaultValue: 10 }) last: number, @GqlCtx() ctx: Ctx): Promise<NotificationGql[]> {
    const partnerId = partnerScope(scopeOf(ctx))!;
    return ctx.em.find(Notification, { partnerId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: pageSize(last) });
  }
}

@Resolver(() => Partner)
export class PartnerTierResolver {
  @FieldResolver(() => TierOverride, { nullable: true, description: 'Set when the tier was set by hand outside a review.' })
  async tierOverride(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<TierOverride | null> {
    if (!partner.overriddenAt || !partner.overrideReason) return null;
    return {
      reason: partner.overrideReason,
      at: partner.overriddenAt,
      by: partner.overriddenById ? await ctx.loaders.user.load(partner.overriddenById) : null,
      pinnedUntil: partner.overridePinnedUntil ?? null,
    };
  }
}

@Resolver(() => Program)
export class ProgramReviewResolver {
  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the next scheduled tier review runs (null: reviews are off).' })
  async nextReviewAt(@Root() program: Program, @GqlCtx() ctx: Ctx): Promise<Date | null> {
    const row = await ctx.loaders.programVersion.load(program.version);
    return row && row.status === 'PUBLISHED' ? nextReviewAt(ctx.em, row) : null;
  }
}
