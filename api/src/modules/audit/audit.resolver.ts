import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { connectionTypes, LongPageArgs, type Connection, type PageArgs } from '../../graphql/connection.js';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { auditLog } from './audit.service.js';
import { User } from '../users/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

export const { Edge: AuditEntryEdge, Connection: AuditEntryConnection } = connectionTypes(AuditEntry, 'AuditEntry');
export type AuditEntryConnection = Connection<AuditEntry>;

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('audit:read')
  @Query(() => AuditEntryConnection, { description: 'Vendor staff only; newest first.' })
  async auditLog(
    @Args(() => LongPageArgs) { first, after }: PageArgs,
    @Arg('entityId', () => ID, { nullable: true }) entityId: string | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<AuditEntryConnection> {
    return auditLog(scopeOf(ctx), first, after, entityId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null for the system (scheduled jobs).' })
  actor(@Root() entry: AuditEntry, @GqlCtx() ctx: Ctx): Promise<User | null> | null {
    return entry.actorId ? ctx.loaders.user.load(entry.actorId) : null;
  }
}
