import { isPostgres, withPinnedConnection, type Orm } from '../db/orm.js';
import { logger } from '../logger.js';
import { deleteExpiredSessions } from '../modules/auth/sessions.js';
import { expireProtectedDeals } from '../modules/deals/expire-deals.js';
import { releaseUnclaimedApprovals } from '../modules/mdf/release-expired-claims.js';
import { runDueReview } from '../modules/tiers/tier-review.service.js';

export interface Job {
  name: string;
  everyMs: number;
  /** Must be safe to run twice at once: each change is a conditional update, audited only when it applies. */
  run(orm: Orm): Promise<number>;
}

export const JOBS: Job[] = [
  { name: 'expire-protected-deals', everyMs: 60_000, run: (orm) => expireProtectedDeals(orm.em.fork()) },
  { name: 'release-unclaimed-mdf', everyMs: 60 * 60_000, run: (orm) => releaseUnclaimedApprovals(orm.em.fork()) },
  { name: 'scheduled-tier-review', everyMs: 10 * 60_000, run: (orm) => runDueReview(orm.em.fork()) },
  { name: 'delete-expired-sessions', everyMs: 60 * 60_000, run: (orm) => deleteExpiredSessions(orm.em.fork()) },
];

const lockIdOf = (name: string) => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 720_417_100);

/**
 * Run one job now. On PostgreSQL only one process runs a given job at a time
 * (a try-lock; the others skip this round). Correctness does not depend on
 * the lock: the jobs' updates are conditional.
 */
export async function runJob(orm: Orm, job: Job): Promise<number | null> {
  if (!isPostgres(orm.em)) return job.run(orm);
  return withPinnedConnection(orm, async (query) => {
    const { rows } = await query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [lockIdOf(job.name)]);
    if (!rows[0].locked) return null;
    try {
      return await job.run(orm);
    } finally {
      await query('SELECT pg_advisory_unlock($1)', [lockIdOf(job.name)]);
    }
  });
}

/** Start every job on its interval; returns a stop function. */
export function startScheduler(orm: Orm, jobs: Job[] = JOBS): () => void {
  const timers = jobs.map((job) => {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        const changed = await runJob(orm, job);
        if (changed) logger.info(`job ${job.name}`, { changed });
      } catch (e) {
        logger.error(`job ${job.name} failed`, e);
      } finally {
        running = false;
      }
    };
    void tick();
    return setInterval(tick, job.everyMs);
  });
  return () => timers.forEach(clearInterval);
}
