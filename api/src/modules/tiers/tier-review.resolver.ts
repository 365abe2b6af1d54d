import { Arg, Authorized, ID, Mutation, Query, Resolver } from 'type-graphql';
import { notYetAvailable } from '../../errors/not-yet-available.js';
import { Partner } from '../partners/partner.entity.js';
import { TierChange, TierReview } from './tier-review.types.js';

const FEATURE = 'Tier reviews';

/** Contract operations of the tier engine issue; the feature lands with it. */
@Resolver()
export class TierReviewResolver {
  @Authorized('tier-review:preview')
  @Query(() => [TierChange], { description: 'Vendor staff only: what applyTierReview would do now.' })
  previewTierReview(): TierChange[] {
    return notYetAvailable(FEATURE);
  }

  @Authorized('tier-review:apply')
  @Mutation(() => TierReview, { description: 'Vendor admin: apply the tier review now; records the program version used.' })
  applyTierReview(): TierReview {
    return notYetAvailable(FEATURE);
  }

  @Authorized('partner:override-tier')
  @Mutation(() => Partner, { description: 'Vendor staff: set the tier outside a review; reason is required and audited.' })
  overrideTier(
    @Arg('partnerId', () => ID) _partnerId: string,
    @Arg('tierKey', () => String) _tierKey: string,
    @Arg('reason', () => String) _reason: string,
  ): Partner {
    return notYetAvailable('Tier overrides');
  }
}
