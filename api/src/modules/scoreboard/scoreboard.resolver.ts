import { Arg, Authorized, Query, Resolver } from 'type-graphql';
import { notYetAvailable } from '../../errors/not-yet-available.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Scoreboard } from './scoreboard.types.js';

/** Contract operation of the tier engine issue; the scoreboard lands with its metrics. */
@Resolver()
export class ScoreboardResolver {
  @Authorized('scoreboard:read')
  @Query(() => Scoreboard, { description: 'Vendor staff only.' })
  scoreboard(@Arg('from', () => DateTimeScalar) _from: Date, @Arg('to', () => DateTimeScalar) _to: Date): Scoreboard {
    return notYetAvailable('The scoreboard');
  }
}
