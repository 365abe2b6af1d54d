import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A MANUAL onboarding step ticked off by a partner user. */
@Entity({ tableName: 'onboarding_completions' })
export class OnboardingCompletion {
  @PrimaryKey({ type: 'string', length: 36 })
  partnerId!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  stepKey!: string;

  @Property({ type: 'datetime' })
  completedAt: Date = new Date();

  @Property({ type: 'string', length: 36, nullable: true })
  completedById?: string | null;
}
