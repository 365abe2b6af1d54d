import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { Tier, Track, toStep, toTier, toTrack } from '../program/program.types.js';
import { User } from '../users/user.entity.js';
import { createPartner } from './create-partner.js';
import { offboardPartner } from './offboard-partner.js';
import { Partner } from './partner.entity.js';
import { getPartner, heldTier, listPartners, myPartner, partnerOnboarding, partnerProgress, partnerUsers, programAndTrack } from './partner-reads.js';
import { CreatePartnerInput, OnboardingItem, PartnerConnection, PartnerProfileInput, TierProgress } from './partner.types.js';
import { updatePartnerProfile } from './update-partner-profile.js';

@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized()
  @Query(() => Partner, { nullable: true, description: 'Partner users: their own partner. Vendor staff: null.' })
  myPartner(@GqlCtx() ctx: Ctx): Promise<Partner | null> {
    return myPartner(scopeOf(ctx));
  }

  @Authorized()
  @Query(() => Partner, { nullable: true })
  partner(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<Partner> {
    return getPartner(scopeOf(ctx), id);
  }

  @Authorized('partner:read-all')
  @Query(() => PartnerConnection, { description: 'Vendor staff only.' })
  partners(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @GqlCtx() ctx: Ctx,
  ): Promise<PartnerConnection> {
    return listPartners(scopeOf(ctx), first, after);
  }

  @Authorized('partner:create')
  @Mutation(() => Partner, { description: 'Vendor staff.' })
  createPartner(@Arg('input', () => CreatePartnerInput) input: CreatePartnerInput, @GqlCtx() ctx: Ctx): Promise<Partner> {
    return createPartner(scopeOf(ctx), input);
  }

  @Authorized('partner:offboard')
  @Mutation(() => Partner, { description: "Vendor admin: offboard; the partner's users can no longer sign in." })
  offboardPartner(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('reason', () => String) reason: string,
    @GqlCtx() ctx: Ctx,
  ): Promise<Partner> {
    return offboardPartner(scopeOf(ctx), partnerId, reason);
  }

  @Authorized('partner:edit-profile')
  @Mutation(() => Partner, { description: 'Partner admins: their own profile (partnerId optional). Vendor staff: any partner.' })
  updatePartnerProfile(
    @Arg('input', () => PartnerProfileInput) input: PartnerProfileInput,
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<Partner> {
    return updatePartnerProfile(scopeOf(ctx), partnerId, input);
  }

  @FieldResolver(() => [User], { description: "The partner's users (its team)." })
  users(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<User[]> {
    return partnerUsers(scopeOf(ctx), partner);
  }

  @FieldResolver(() => Track)
  async track(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<Track> {
    const { track } = await programAndTrack(scopeOf(ctx), partner);
    return toTrack(track);
  }

  @FieldResolver(() => Tier, { description: 'The entry tier of its track at creation; changed by tier reviews and overrides.' })
  async tier(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<Tier> {
    const { track, tier } = await heldTier(scopeOf(ctx), partner);
    return toTier(track, tier);
  }

  @FieldResolver(() => User, { nullable: true })
  async manager(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<User | null> {
    return partner.manager ? ctx.loaders.user.load(partner.manager.id) : null;
  }

  @FieldResolver(() => TierProgress)
  async progress(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<TierProgress> {
    const { track, currentTier, nextTier, benefitsGained, ...rest } = await partnerProgress(scopeOf(ctx), partner);
    return {
      ...rest,
      currentTier: currentTier ? toTier(track, currentTier) : null,
      nextTier: nextTier ? toTier(track, nextTier) : null,
      benefitsGained: benefitsGained.map((b) => ({ kind: b.kind, value: b.value })),
    };
  }

  @FieldResolver(() => [OnboardingItem])
  async onboarding(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<OnboardingItem[]> {
    return (await partnerOnboarding(scopeOf(ctx), partner)).map((s) => ({ step: toStep(s.track, s.step), completedAt: s.completedAt }));
  }
}
