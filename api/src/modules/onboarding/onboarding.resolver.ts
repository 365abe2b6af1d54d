import { Arg, Authorized, Mutation, Resolver } from 'type-graphql';
import { notYetAvailable } from '../../errors/not-yet-available.js';
import { OnboardingItem } from '../partners/partner.types.js';

/** Contract operation of the Enablement issue; the checklist lands with it. */
@Resolver()
export class OnboardingResolver {
  @Authorized('onboarding:complete')
  @Mutation(() => OnboardingItem, { description: 'Partner users: tick off a MANUAL onboarding step.' })
  completeOnboardingStep(@Arg('stepKey', () => String) _stepKey: string): OnboardingItem {
    return notYetAvailable('The onboarding checklist');
  }
}
