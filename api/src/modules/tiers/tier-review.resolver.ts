import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { Program, toTierOrNull } from '../program/program.types.js';
import { applyReviewNow } from './apply-review.js';
import { overrideTier } from './override-tier.js';
import type { ReviewChange } from './plan-review.js';
import { appliedReview, listReviews, myNotifications, nextReviewOf, previewReview, tierOverrideOf, type AppliedReview } from './review-history.js';
import { NotificationGql, TierChangeGql, TierOverride, TierReviewGql } from './tier-review.types.js';

const toChange = (c: ReviewChange): TierChangeGql => ({ partner: c.partner, from: toTierOrNull(c.track, c.fromKey), to: toTierOrNull(c.track, c.toKey), move: c.move, pinned: c.pinned });

const toReview = ({ review, changes, appliedBy }: AppliedReview): TierReviewGql => ({
  id: review.id,
  programVersion: review.programVersion,
  appliedAt: review.appliedAt,
  changes: changes.map(toChange),
  appliedBy,
});

@Resolver()
export class TierReviewResolver {
  @Authorized('tier-review:preview')
  @Query(() => [TierChangeGql], { description: 'Vendor staff only: what applyTierReview would do now.' })
  async previewTierReview(@GqlCtx() ctx: Ctx): Promise<TierChangeGql[]> {
    return (await previewReview(scopeOf(ctx))).map(toChange);
  }

  @Authorized('tier-review:apply')
  @Mutation(() => TierReviewGql, { description: 'Vendor admin: apply the tier review now; records the program version used.' })
  async applyTierReview(@GqlCtx() ctx: Ctx): Promise<TierReviewGql> {
    const scope = scopeOf(ctx);
    return toReview(await appliedReview(scope, await applyReviewNow(scope)));
  }

  @Authorized('tier-review:preview')
  @Query(() => [TierReviewGql], { description: 'Vendor staff: applied reviews, newest first.' })
  async tierReviews(@Arg('last', () => Int, { nullable: true, defaultValue: 10 }) last: number, @GqlCtx() ctx: Ctx): Promise<TierReviewGql[]> {
    return (await listReviews(scopeOf(ctx), last)).map(toReview);
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
    return overrideTier(scopeOf(ctx), { partnerId, tierKey, reason, pinnedUntil });
  }

  @Authorized('partner:read-own')
  @Query(() => [NotificationGql], { description: "Partner users: their partner's latest messages (tier changes and the like)." })
  myNotifications(@Arg('last', () => Int, { nullable: true, defaultValue: 10 }) last: number, @GqlCtx() ctx: Ctx): Promise<NotificationGql[]> {
    return myNotifications(scopeOf(ctx), last);
  }
}

@Resolver(() => Partner)
export class PartnerTierResolver {
  @FieldResolver(() => TierOverride, { nullable: true, description: 'Set when the tier was set by hand outside a review.' })
  tierOverride(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<TierOverride | null> {
    return tierOverrideOf(scopeOf(ctx), partner);
  }
}

@Resolver(() => Program)
export class ProgramReviewResolver {
  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the next scheduled tier review runs (null: reviews are off).' })
  nextReviewAt(@Root() program: Program, @GqlCtx() ctx: Ctx): Promise<Date | null> {
    return nextReviewOf(scopeOf(ctx), program.version);
  }
}
