import { Arg, Authorized, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { notYetAvailable } from '../../errors/not-yet-available.js';
import { SafeIntScalar } from '../../graphql/scalars.js';
import { DealConnection, DealFilter, DealRegistration, Earning, RegisterDealInput } from './deal.types.js';

const FEATURE = 'Deal registration';

/** Contract operations of the Deal registration issue; the feature lands with it. */
@Resolver(() => DealRegistration)
export class DealResolver {
  @Authorized()
  @Query(() => DealRegistration, { nullable: true })
  deal(@Arg('id', () => ID) _id: string): DealRegistration {
    return notYetAvailable(FEATURE);
  }

  @Authorized()
  @Query(() => DealConnection)
  deals(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) _first: number,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Arg('filter', () => DealFilter, { nullable: true }) _filter: DealFilter | null,
  ): DealConnection {
    return notYetAvailable(FEATURE);
  }

  @Authorized()
  @Query(() => [Earning])
  earnings(@Arg('partnerId', () => ID, { nullable: true }) _partnerId: string | null): Earning[] {
    return notYetAvailable(FEATURE);
  }

  @Authorized('deal:register')
  @Mutation(() => DealRegistration)
  registerDeal(@Arg('input', () => RegisterDealInput) _input: RegisterDealInput): DealRegistration {
    return notYetAvailable(FEATURE);
  }

  @Authorized('deal:review')
  @Mutation(() => DealRegistration)
  approveDeal(@Arg('id', () => ID) _id: string): DealRegistration {
    return notYetAvailable(FEATURE);
  }

  @Authorized('deal:review')
  @Mutation(() => DealRegistration)
  rejectDeal(@Arg('id', () => ID) _id: string, @Arg('reason', () => String) _reason: string): DealRegistration {
    return notYetAvailable(FEATURE);
  }

  @Authorized('deal:close')
  @Mutation(() => DealRegistration)
  closeDeal(
    @Arg('id', () => ID) _id: string,
    @Arg('won', () => Boolean) _won: boolean,
    @Arg('amount', () => SafeIntScalar, { nullable: true }) _amount: number | null,
  ): DealRegistration {
    return notYetAvailable(FEATURE);
  }
}
