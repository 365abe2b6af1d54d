import { Arg, Ctx as GqlCtx, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { User } from '../users/user.entity.js';
import { AuthPayload } from './auth.types.js';
import { AuthService } from './auth.service.js';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'Null when not signed in.' })
  me(@GqlCtx() ctx: Ctx): User | null {
    return ctx.user;
  }

  @Mutation(() => AuthPayload)
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @GqlCtx() ctx: Ctx,
  ): Promise<AuthPayload> {
    return new AuthService(ctx).login(email, password);
  }

  @Mutation(() => Boolean)
  logout(@GqlCtx() ctx: Ctx): Promise<boolean> {
    return new AuthService(ctx).logout();
  }
}
