import type { Role } from '@tierwise/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Partner } from '../partners/partner.entity.js';

@ObjectType('Invitation')
export class InvitationGql {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => Partner, { nullable: true })
  partner!: Partner | null;

  @Field(() => String, { description: 'One-time secret for acceptInvitation; shown to the inviter once.' })
  token!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;
}

@ObjectType({ description: 'What an invitation link is for, shown before it is accepted.' })
export class InvitationPreview {
  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true })
  partnerName!: string | null;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;
}
