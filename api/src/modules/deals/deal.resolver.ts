import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LongPageArgs, PageArgs } from '../../graphql/connection.js';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { DateTimeScalar, SafeIntScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { toTier } from '../program/program.types.js';
import { User } from '../users/user.entity.js';
import { closeDeal } from './close-deal.js';
import { approveDeal, rejectDeal } from './decide-deal.js';
import { Deal } from './deal.entity.js';
import { conflictsOf, earningsOf, getDeal, listDeals } from './deal-queries.js';
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
import { importDirectAccounts, listDirectAccounts } from './direct-accounts.js';
import { registerDeal } from './register-deal.js';

@Resolver(() => Deal)
export class DealResolver {
  @Authorized()
  @Query(() => Deal, { nullable: true })
  deal(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<Deal> {
    return getDeal(scopeOf(ctx), id);
  }

  @Authorized()
  @Query(() => DealConnection, { description: "Partner users see their partner's deals; vendor staff see all." })
  deals(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => DealFilter, { nullable: true }) filter: DealFilter | null,
    @Arg('orderBy', () => DealOrderEnum, { nullable: true, defaultValue: 'NEWEST' }) orderBy: DealOrder,
    @GqlCtx() ctx: Ctx,
  ): Promise<DealConnection> {
    return listDeals(scopeOf(ctx), { first, after, filter, orderBy: orderBy ?? 'NEWEST' });
  }

  @Authorized()
  @Query(() => [Earning], { description: "Partner users: their partner's earnings. Vendor staff must pass partnerId." })
  async earnings(@Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null, @GqlCtx() ctx: Ctx): Promise<Earning[]> {
    const earnings = await earningsOf(scopeOf(ctx), partnerId);
    return earnings.map((e) => ({ deal: e.deal, model: e.model, tier: toTier(e.track, e.tier), amount: e.amount }));
  }

  @Authorized('deal:register')
  @Mutation(() => Deal, { description: 'Partner users.' })
  registerDeal(@Arg('input', () => RegisterDealInput) input: RegisterDealInput, @GqlCtx() ctx: Ctx): Promise<Deal> {
    return registerDeal(scopeOf(ctx), input);
  }

  @Authorized('deal:review')
  @Mutation(() => Deal, { description: 'Vendor staff.' })
  approveDeal(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<Deal> {
    return approveDeal(scopeOf(ctx), id);
  }

  @Authorized('deal:review')
  @Mutation(() => Deal)
  rejectDeal(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @GqlCtx() ctx: Ctx): Promise<Deal> {
    return rejectDeal(scopeOf(ctx), id, reason);
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
    return closeDeal(scopeOf(ctx), id, { won, amount, closedAt });
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
    return importDirectAccounts(scopeOf(ctx), csv, dryRun ?? false);
  }

  @Authorized('direct-account:import')
  @Query(() => DirectAccountConnection, { description: 'Vendor staff: the direct accounts, by domain.' })
  directAccounts(
    @Args(() => LongPageArgs) { first, after }: PageArgs,
    @GqlCtx() ctx: Ctx,
  ): Promise<DirectAccountConnection> {
    return listDirectAccounts(scopeOf(ctx), first, after);
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
  conflicts(@Root() deal: Deal, @GqlCtx() ctx: Ctx): Promise<DealConflictGql[]> {
    return conflictsOf(scopeOf(ctx), deal);
  }
}
