import { Arg, Authorized, Ctx as GqlCtx, Mutation, Resolver } from 'type-graphql';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { OnboardingItem } from '../partners/partner.types.js';
import { toStep } from '../program/program.types.js';
import { completeOnboardingStep } from './complete-onboarding-step.js';

@Resolver()
export class OnboardingResolver {
  @Authorized('onboarding:complete')
  @Mutation(() => OnboardingItem, { description: 'Partner users: tick off a MANUAL onboarding step.' })
  async completeOnboardingStep(@Arg('stepKey', () => String) stepKey: string, @GqlCtx() ctx: Ctx): Promise<OnboardingItem> {
    const { track, state } = await completeOnboardingStep(scopeOf(ctx), stepKey);
    return { step: toStep(track, state.step), completedAt: state.completedAt };
  }
}
