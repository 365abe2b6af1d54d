import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export type PartnerEventKind =
  | 'PROFILE_COMPLETED'
  | 'FIRST_CERTIFICATION'
  | 'FIRST_DEAL_REGISTERED'
  | 'FIRST_DEAL_APPROVED'
  | 'FIRST_DEAL_WON';

/** The first time a partner reached a milestone (one row per partner and kind). Onboarding steps complete from these. */
@Entity({ tableName: 'partner_events' })
export class PartnerEvent {
  @PrimaryKey({ type: 'string', length: 36 })
  partnerId!: string;

  @PrimaryKey({ type: 'string', length: 24 })
  kind!: PartnerEventKind;

  @Property({ type: 'datetime' })
  firstAt!: Date;
}
