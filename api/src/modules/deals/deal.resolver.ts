import { findTier, findTrack } from '@tierwise/shared';
import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { isVendor } from '../scope.js';
import { DateTimeScalar, SafeIntScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { toTier } from '../program/program.types.js';
import { User } from '../users/user.entity.js';
import { Deal } from './deal.entity.js';
import { DealService } from './deal.service.js';
import {
  DealConflictGql,
  DealConnection,
  DealFilter,
  DealOrderEnum,
  DirectAccountConnection,
  DirectAccountImport,
  Earning,
  RegisterDealInput,
  type DealOrder,
} from './deal.types.js';
import { DirectAccountService } from './direct-account.service.js';

@Resolver(() => Deal)
export class DealResolver {
  @Authorized()
  @Query(() => Deal, { nullable: true })
  deal(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<Deal> {
    return new DealService(scopeOf(ctx)).get(id);
  }

  @Authorized()
  @Query(() => DealConnection, { description: "Partner users see their partner's deals; vendor staff see all." })
  deals(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => DealFilter, { nullable: true }) filter: DealFilter | null,
    @Arg('orderBy', () => DealOrderEnum, { nullable: true, defaultValue: 'NEWEST' }) orderBy: DealOrder,
    @GqlCtx() ctx: Ctx,
  ): Promise<DealConnection> {
    return new DealService(scopeOf(ctx)).list(first, after, filter, orderBy ?? 'NEWEST');
  }

  @Authorized()
  @Query(() => [Earning], { description: "Partner users: their partner's earnings. Vendor staff must pass partnerId." })
  async earnings(@Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null, @GqlCtx() ctx: Ctx): Promise<Earning[]> {
    const deals = await new DealService(scopeOf(ctx)).wonDealsOf(partnerId);
    const result: Earning[] = [];
    for (const deal of deals) {
      const program = await ctx.loaders.programVersion.load(deal.earningProgramVersion!);
      const track = program && findTrack(program.document, deal.earningTrackKey!);
      const held = track && findTier(track, deal.earningTierKey!);
      if (!track || !held) throw new Error(`Deal ${deal.id} refers to a tier missing from program v${deal.earningProgramVersion}`);
      result.push({ deal, model: deal.earningModel!, tier: toTier(track, held.tier), amount: deal.earningAmount ?? 0 });
    }
    return result;
  }

  @Authorized('deal:register')
  @Mutation(() => Deal, { description: 'Partner users.' })
  registerDeal(@Arg('input', () => RegisterDealInput) input: RegisterDealInput, @GqlCtx() ctx: Ctx): Promise<Deal> {
    return new DealService(scopeOf(ctx)).register(input);
  }

  @Authorized('deal:review')
  @Mutation(() => Deal, { description: 'Vendor staff.' })
  approveDeal(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<Deal> {
    return new DealService(scopeOf(ctx)).approve(id);
  }

  @Authorized('deal:review')
  @Mutation(() => Deal)
  rejectDeal(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @GqlCtx() ctx: Ctx): Promise<Deal> {
    return new DealService(scopeOf(ctx)).reject(id, reason);
  }

  @Authorized('deal:close')
  @Mutation(() => Deal, { description: 'Vendor staff, or the registering partner: close an APPROVED registration.' })
  closeDeal(
    @Arg('id', () => ID) id: string,
    @Arg('won', () => Boolean) won: boolean,
    @Arg('amount', () => SafeIntScalar, { nullable: true }) amount: number | null,
    @Arg('closedAt', () => DateTimeScalar, {
      nullable: true,
      description: 'When the deal was won or lost (default now): not in the future, not before the registration.',
    })
    closedAt: Date | null | undefined,
    @GqlCtx() ctx: Ctx,
  ): Promise<Deal> {
    return new DealService(scopeOf(ctx)).close(id, won, amount, closedAt);
  }

  @Authorized('direct-account:import')
  @Mutation(() => DirectAccountImport, {
    description: 'Vendor staff: import direct accounts from CSV (columns domain, name, owner). dryRun previews; a file with errors imports nothing.',
  })
  importDirectAccounts(
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false }) dryRun: boolean,
    @GqlCtx() ctx: Ctx,
  ): Promise<DirectAccountImport> {
    return new DirectAccountService(scopeOf(ctx)).import(csv, dryRun ?? false);
  }

  @Authorized('direct-account:import')
  @Query(() => DirectAccountConnection, { description: 'Vendor staff: the direct accounts, by domain.' })
  directAccounts(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<DirectAccountConnection> {
    return new DirectAccountService(scopeOf(ctx)).list(first, after);
  }

  @FieldResolver(() => Partner)
  async partner(@Root() deal: Deal, @GqlCtx() ctx: Ctx): Promise<Partner> {
    return (await ctx.loaders.partner.load(deal.partner.id))!;
  }

  @FieldResolver(() => User)
  async submittedBy(@Root() deal: Deal, @GqlCtx() ctx: Ctx): Promise<User> {
    return (await ctx.loaders.user.load(deal.submittedBy.id))!;
  }

  @FieldResolver(() => [DealConflictGql], {
    description: 'Vendor staff only: other open registrations or direct accounts for the same customer. FORBIDDEN for partner users.',
  })
  async conflicts(@Root() deal: Deal, @GqlCtx() ctx: Ctx): Promise<DealConflictGql[]> {
    if (!isVendor(scopeOf(ctx))) throw AppError.forbidden('Conflicts are shown to vendor staff only.');
    const rows = await ctx.loaders.conflictsOfDeal.load(deal.id);
    const others = await ctx.loaders.deal.loadMany(rows.map((r) => r.otherDealId).filter((id): id is string => !!id));
    const open = new Map(
      others.filter((d): d is Deal => d instanceof Deal && (d.status === 'SUBMITTED' || d.status === 'APPROVED')).map((d) => [d.id, d]),
    );
    return rows
      .filter((r) => !r.otherDealId || open.has(r.otherDealId))
      .map((r) => ({ kind: r.kind, registration: r.otherDealId ? open.get(r.otherDealId)! : null, detail: r.detail ?? null }));
  }
}
