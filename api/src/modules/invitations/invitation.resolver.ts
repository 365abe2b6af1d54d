import type { Role } from '@tierwise/shared';
import { Arg, Authorized, Ctx as GqlCtx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { sendSession } from '../auth/auth.resolver.js';
import { AuthPayload } from '../auth/auth.types.js';
import { InvitationGql, InvitationPreview } from './invitation.types.js';
import { acceptInvitation, invite, previewInvitation } from './invitation.service.js';

@Resolver()
export class InvitationResolver {
  @Authorized('user:invite')
  @Mutation(() => InvitationGql, {
    description: 'Vendor admins invite anyone; partner admins invite users of their own partner.',
  })
  invite(
    @Arg('email', () => String) email: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<InvitationGql> {
    return invite(scopeOf(ctx), { email, role, partnerId });
  }

  @Mutation(() => AuthPayload)
  acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('name', () => String) name: string,
    @Arg('password', () => String) password: string,
    @GqlCtx() ctx: Ctx,
  ): Promise<AuthPayload> {
    return acceptInvitation(scopeOf(ctx), token, name, password, ctx.sessionId).then((s) => sendSession(ctx, s));
  }

  @Query(() => InvitationPreview, { nullable: true, description: 'Whom an invitation is for; null when the token is not usable.' })
  invitationPreview(@Arg('token', () => String) token: string, @GqlCtx() ctx: Ctx): Promise<InvitationPreview | null> {
    return previewInvitation(scopeOf(ctx), token);
  }
}
