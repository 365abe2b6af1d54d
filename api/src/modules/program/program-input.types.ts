import { Field, InputType, Int } from 'type-graphql';
import { OnboardingStepFields, ProgramSettingsFields, TierFields, TrackFields } from './program-fields.types.js';

/** The draft program as saveProgramDraft takes it (mirrors ProgramDoc; ids and ranks are derived). */

@InputType()
export class TierInput extends TierFields {}

@InputType()
export class OnboardingStepInput extends OnboardingStepFields {}

@InputType()
export class TrackInput extends TrackFields {
  @Field(() => String)
  motion!: string;

  @Field(() => [TierInput], { description: 'Lowest first.' })
  tiers!: TierInput[];

  @Field(() => [OnboardingStepInput])
  onboardingSteps!: OnboardingStepInput[];
}

@InputType()
export class ProgramInput extends ProgramSettingsFields {
  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;

  @Field(() => Int, { nullable: true, description: 'Days after an MDF approval within which the partner must claim (default 90).' })
  mdfClaimWindowDays?: number | null;

  @Field(() => [TrackInput])
  tracks!: TrackInput[];
}
