import { Arg, Authorized, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { notYetAvailable } from '../../errors/not-yet-available.js';
import { MdfRequestStatusEnum } from '../../graphql/enums.js';
import { SafeIntScalar } from '../../graphql/scalars.js';
import { MdfClaimInput, MdfFund, MdfRequest, MdfRequestConnection, MdfRequestInput, type MdfRequestStatus } from './mdf.types.js';

const FEATURE = 'Market development funds';

/** Contract operations of the MDF issue; the feature lands with it. */
@Resolver()
export class MdfResolver {
  @Authorized()
  @Query(() => MdfFund)
  mdfFund(
    @Arg('partnerId', () => ID, { nullable: true }) _partnerId: string | null,
    @Arg('quarter', () => String, { nullable: true }) _quarter: string | null,
  ): MdfFund {
    return notYetAvailable(FEATURE);
  }

  @Authorized()
  @Query(() => MdfRequestConnection)
  mdfRequests(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) _first: number,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Arg('status', () => [MdfRequestStatusEnum], { nullable: true }) _status: MdfRequestStatus[] | null,
  ): MdfRequestConnection {
    return notYetAvailable(FEATURE);
  }

  @Authorized('mdf:request')
  @Mutation(() => MdfRequest)
  requestMdf(@Arg('input', () => MdfRequestInput) _input: MdfRequestInput): MdfRequest {
    return notYetAvailable(FEATURE);
  }

  @Authorized('mdf:review')
  @Mutation(() => MdfRequest)
  approveMdf(@Arg('id', () => ID) _id: string, @Arg('amount', () => SafeIntScalar, { nullable: true }) _amount: number | null): MdfRequest {
    return notYetAvailable(FEATURE);
  }

  @Authorized('mdf:review')
  @Mutation(() => MdfRequest)
  rejectMdf(@Arg('id', () => ID) _id: string, @Arg('reason', () => String) _reason: string): MdfRequest {
    return notYetAvailable(FEATURE);
  }

  @Authorized('mdf:request')
  @Mutation(() => MdfRequest)
  claimMdf(@Arg('id', () => ID) _id: string, @Arg('input', () => MdfClaimInput) _input: MdfClaimInput): MdfRequest {
    return notYetAvailable(FEATURE);
  }

  @Authorized('mdf:review')
  @Mutation(() => MdfRequest)
  approveMdfClaim(@Arg('id', () => ID) _id: string, @Arg('amount', () => SafeIntScalar, { nullable: true }) _amount: number | null): MdfRequest {
    return notYetAvailable(FEATURE);
  }

  @Authorized('mdf:review')
  @Mutation(() => MdfRequest)
  rejectMdfClaim(@Arg('id', () => ID) _id: string, @Arg('reason', () => String) _reason: string): MdfRequest {
    return notYetAvailable(FEATURE);
  }
}
