import { Arg, Authorized, Ctx as GqlCtx, Query, Resolver } from 'type-graphql';
import { scopeOf, type Ctx } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { computeScoreboard } from './scoreboard.service.js';
import { Scoreboard } from './scoreboard.types.js';

@Resolver()
export class ScoreboardResolver {
  @Authorized('scoreboard:read')
  @Query(() => Scoreboard, { description: 'Vendor staff only.' })
  scoreboard(@Arg('from', () => DateTimeScalar) from: Date, @Arg('to', () => DateTimeScalar) to: Date, @GqlCtx() ctx: Ctx): Promise<Scoreboard> {
    return computeScoreboard(scopeOf(ctx), from, to);
  }
}
