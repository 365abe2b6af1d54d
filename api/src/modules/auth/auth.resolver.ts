import { Arg, Ctx as GqlCtx, Mutation, Query, Resolver } from 'type-graphql';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { User } from '../users/user.entity.js';
import { AuthPayload } from './auth.types.js';
import { AuthService, type StartedSession } from './auth.service.js';

/** Send the session cookie with the response; the payload carries the token for Bearer clients. */
export function sendSession(ctx: Ctx, { cookie, ...payload }: StartedSession): AuthPayload {
  ctx.res.append('Set-Cookie', cookie);
  return payload;
}

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
    return new AuthService(scopeOf(ctx), ctx.sessionId).login(email, password, ctx.ip).then((s) => sendSession(ctx, s));
  }

  @Mutation(() => Boolean)
  logout(@GqlCtx() ctx: Ctx): Promise<boolean> {
    return new AuthService(scopeOf(ctx), ctx.sessionId).logout().then(({ cookie }) => {
      ctx.res.append('Set-Cookie', cookie);
      return true;
    });
  }
}
