import { Ctx as GqlCtx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Partner, { nullable: true, description: 'Null for vendor staff.' })
  partner(@Root() user: User, @GqlCtx() ctx: Ctx): Promise<Partner | null> | null {
    return user.partner ? ctx.loaders.partner.load(user.partner.id) : null;
  }
}
