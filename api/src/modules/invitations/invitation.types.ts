import type { Role } from '@tierwise/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';

/** What an invitation and its preview both show (no field returns the base, so it is not a type of the schema). */
@ObjectType()
abstract class InvitationFields {
  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;
}

@ObjectType('Invitation')
export class InvitationGql extends InvitationFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Partner, { nullable: true })
  partner!: Partner | null;

  @Field(() => String, { description: 'One-time secret for acceptInvitation; shown to the inviter once.' })
  token!: string;
}

@ObjectType({ description: 'What an invitation link is for, shown before it is accepted.' })
export class InvitationPreview extends InvitationFields {
  @Field(() => String, { nullable: true })
  partnerName!: string | null;
}
