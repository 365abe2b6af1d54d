import { mdfAvailable, type MdfStatus } from '@tierwise/shared';
import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { MdfRequestStatusEnum } from '../../graphql/enums.js';
import { SafeIntScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';
import { Upload } from '../uploads/upload.entity.js';
import { MdfFund, MdfRequest } from './mdf.entity.js';
import { adjustMdfAllocation } from './adjust-allocation.js';
import { claimMdf } from './claim-mdf.js';
import { approveMdf, rejectMdf } from './decide-mdf.js';
import { fundOf } from './fund.js';
import { claimAttachments, listMdfRequests, mdfRequest } from './mdf-queries.js';
import { requestMdf } from './request-mdf.js';
import { payMdfClaim, rejectMdfClaim } from './settle-claim.js';
import { MdfClaimInput, MdfFundGql, MdfRequestConnection, MdfRequestInput } from './mdf.types.js';

const toFund = (partner: Partner, f: MdfFund): MdfFundGql => ({
  partner,
  quarter: f.quarter,
  allocated: f.allocated,
  committed: f.committed,
  paid: f.paid,
  available: mdfAvailable(f),
});

@Resolver(() => MdfRequest)
export class MdfResolver {
  @Authorized()
  @Query(() => MdfFundGql, { description: "Partner users: their partner's fund; vendor staff must pass partnerId." })
  async mdfFund(
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @Arg('quarter', () => String, { nullable: true }) quarter: string | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<MdfFundGql> {
    const { partner, fund } = await fundOf(scopeOf(ctx), partnerId, quarter);
    return toFund(partner, fund);
  }

  @Authorized()
  @Query(() => MdfRequestConnection, { description: "Partner users: their partner's requests. Vendor staff: all (or one partner's)." })
  mdfRequests(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('status', () => [MdfRequestStatusEnum], { nullable: true }) status: MdfStatus[] | null,
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<MdfRequestConnection> {
    return listMdfRequests(scopeOf(ctx), { first, after, status, partnerId });
  }

  @Authorized()
  @Query(() => MdfRequest, { nullable: true, description: 'One request (another partner\'s is NOT_FOUND).' })
  mdfRequest(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<MdfRequest> {
    return mdfRequest(scopeOf(ctx), id);
  }

  @Authorized('mdf:request')
  @Mutation(() => MdfRequest, { description: 'Partner users.' })
  requestMdf(@Arg('input', () => MdfRequestInput) input: MdfRequestInput, @GqlCtx() ctx: Ctx): Promise<MdfRequest> {
    return requestMdf(scopeOf(ctx), input);
  }

  @Authorized('mdf:review')
  @Mutation(() => MdfRequest, { description: 'Vendor staff: approve all or part (amount defaults to the requested amount).' })
  approveMdf(@Arg('id', () => ID) id: string, @Arg('amount', () => SafeIntScalar, { nullable: true }) amount: number | null, @GqlCtx() ctx: Ctx): Promise<MdfRequest> {
    return approveMdf(scopeOf(ctx), id, amount);
  }

  @Authorized('mdf:review')
  @Mutation(() => MdfRequest)
  rejectMdf(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @GqlCtx() ctx: Ctx): Promise<MdfRequest> {
    return rejectMdf(scopeOf(ctx), id, reason);
  }

  @Authorized('mdf:request')
  @Mutation(() => MdfRequest, { description: 'Partner users: claim reimbursement for an APPROVED request.' })
  claimMdf(@Arg('id', () => ID) id: string, @Arg('input', () => MdfClaimInput) input: MdfClaimInput, @GqlCtx() ctx: Ctx): Promise<MdfRequest> {
    return claimMdf(scopeOf(ctx), id, input);
  }

  @Authorized('mdf:review')
  @Mutation(() => MdfRequest, { description: 'Vendor staff: pay the claim (amount defaults to min(claimed, approved)).' })
  approveMdfClaim(@Arg('id', () => ID) id: string, @Arg('amount', () => SafeIntScalar, { nullable: true }) amount: number | null, @GqlCtx() ctx: Ctx): Promise<MdfRequest> {
    return payMdfClaim(scopeOf(ctx), id, amount);
  }

  @Authorized('mdf:review')
  @Mutation(() => MdfRequest)
  rejectMdfClaim(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @GqlCtx() ctx: Ctx): Promise<MdfRequest> {
    return rejectMdfClaim(scopeOf(ctx), id, reason);
  }

  @Authorized('mdf:review')
  @Mutation(() => MdfFundGql, { description: "Vendor staff: change a quarter's allocation (never below committed + paid); audited with the reason." })
  async adjustMdfAllocation(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('quarter', () => String) quarter: string,
    @Arg('allocated', () => SafeIntScalar) allocated: number,
    @Arg('reason', () => String) reason: string,
    @GqlCtx() ctx: Ctx,
  ): Promise<MdfFundGql> {
    const { partner, fund } = await adjustMdfAllocation(scopeOf(ctx), { partnerId, quarter, allocated, reason });
    return toFund(partner, fund);
  }

  @FieldResolver(() => Partner)
  async partner(@Root() request: MdfRequest, @GqlCtx() ctx: Ctx): Promise<Partner> {
    return (await ctx.loaders.partner.load(request.partnerId))!;
  }

  @FieldResolver(() => [Upload], { description: 'Proof of performance attached to the claim; the file is at /uploads/:id.' })
  attachments(@Root() request: MdfRequest, @GqlCtx() ctx: Ctx): Promise<Upload[]> {
    return claimAttachments(scopeOf(ctx), request);
  }
}
