import { Authorized, Ctx as GqlCtx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { Partner } from '../partners/partner.entity.js';
import { User } from './user.entity.js';
import { vendorStaff } from './vendor-staff.js';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Partner, { nullable: true, description: 'Null for vendor staff.' })
  partner(@Root() user: User, @GqlCtx() ctx: Ctx): Promise<Partner | null> | null {
    return user.partner ? ctx.loaders.partner.load(user.partner.id) : null;
  }

  @Authorized('partner:read-all')
  @Query(() => [User], { description: 'Vendor staff: the vendor staff who can sign in (e.g. to choose a partner manager).' })
  vendorStaff(@GqlCtx() ctx: Ctx): Promise<User[]> {
    return vendorStaff(scopeOf(ctx));
  }
}
