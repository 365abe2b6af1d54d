import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { Tier, Track, toTier, toTrack } from '../program/program.types.js';
import { User } from '../users/user.entity.js';
import { findTier } from '@tierwise/shared';
import { Partner } from './partner.entity.js';
import { CreatePartnerInput, OnboardingItem, PartnerConnection, PartnerProfileInput, TierProgress } from './partner.types.js';
import { PartnerService } from './partner.service.js';

@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized()
  @Query(() => Partner, { nullable: true, description: 'Partner users: their own partner. Vendor staff: null.' })
  myPartner(@GqlCtx() ctx: Ctx): Promise<Partner | null> {
    return new PartnerService(scopeOf(ctx)).mine();
  }

  @Authorized()
  @Query(() => Partner, { nullable: true })
  partner(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<Partner> {
    return new PartnerService(scopeOf(ctx)).get(id);
  }

  @Authorized('partner:read-all')
  @Query(() => PartnerConnection, { description: 'Vendor staff only.' })
  partners(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<PartnerConnection> {
    return new PartnerService(scopeOf(ctx)).list(first, after);
  }

  @Authorized('partner:create')
  @Mutation(() => Partner, { description: 'Vendor staff.' })
  createPartner(@Arg('input', () => CreatePartnerInput) input: CreatePartnerInput, @GqlCtx() ctx: Ctx): Promise<Partner> {
    return new PartnerService(scopeOf(ctx)).create(input);
  }

  @Authorized('partner:offboard')
  @Mutation(() => Partner, { description: "Vendor admin: offboard; the partner's users can no longer sign in." })
  offboardPartner(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('reason', () => String) reason: string,
    @GqlCtx() ctx: Ctx,
  ): Promise<Partner> {
    return new PartnerService(scopeOf(ctx)).offboard(partnerId, reason);
  }

  @Authorized('partner:edit-profile')
  @Mutation(() => Partner, { description: 'Partner admins: their own profile (partnerId optional). Vendor staff: any partner.' })
  updatePartnerProfile(
    @Arg('input', () => PartnerProfileInput) input: PartnerProfileInput,
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<Partner> {
    return new PartnerService(scopeOf(ctx)).updateProfile(partnerId, input);
  }

  @FieldResolver(() => [User], { description: "The partner's users (its team)." })
  users(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<User[]> {
    return new PartnerService(scopeOf(ctx)).users(partner);
  }

  @FieldResolver(() => Track)
  async track(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<Track> {
    const { track } = await new PartnerService(scopeOf(ctx)).programAndTrack(partner);
    return toTrack(track);
  }

  @FieldResolver(() => Tier, { description: 'The entry tier of its track at creation; changed by tier reviews and overrides.' })
  async tier(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<Tier> {
    const { track } = await new PartnerService(scopeOf(ctx)).programAndTrack(partner);
    const held = findTier(track, partner.tierKey);
    if (!held) throw new Error(`Partner ${partner.id} holds tier ${partner.tierKey}, absent from track ${track.key}`);
    return toTier(track, held.tier);
  }

  @FieldResolver(() => User, { nullable: true })
  async manager(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<User | null> {
    return partner.manager ? ctx.loaders.user.load(partner.manager.id) : null;
  }

  @FieldResolver(() => TierProgress)
  progress(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<TierProgress> {
    return new PartnerService(scopeOf(ctx)).progress(partner);
  }

  @FieldResolver(() => [OnboardingItem])
  onboarding(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<OnboardingItem[]> {
    return new PartnerService(scopeOf(ctx)).onboarding(partner);
  }
}
