import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { poolQuery, type Orm } from '../../db/orm.js';
import { AppError } from '../../errors/app-error.js';

export interface LoginLimiters {
  byEmail: RateLimiterAbstract;
  byIp: RateLimiterAbstract;
}

export const LOGIN_LIMITS = {
  perEmail: { points: 10, duration: 15 * 60 },
  perIp: { points: 50, duration: 15 * 60 },
};

export const EXAM_ATTEMPTS_PER_DAY = 5;

/**
 * A counter of attempts. On PostgreSQL it lives in the database, so every API
 * process counts the same attempts; embedded SQLite runs one process, so
 * memory is exact there.
 */
async function createLimiter(orm: Orm, postgres: boolean, keyPrefix: string, limits: { points: number; duration: number }): Promise<RateLimiterAbstract> {
  if (!postgres) return new RateLimiterMemory({ keyPrefix, ...limits });
  return new Promise<RateLimiterPostgres>((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      { storeClient: poolQuery(orm), storeType: 'pool', tableName: 'rate_limits', keyPrefix, clearExpiredByTimeout: false, ...limits },
      (err?: Error) => (err ? reject(err) : resolve(limiter)),
    );
  });
}

export async function createLoginLimiters(orm: Orm, postgres: boolean): Promise<LoginLimiters> {
  return {
    byEmail: await createLimiter(orm, postgres, 'login_email', LOGIN_LIMITS.perEmail),
    byIp: await createLimiter(orm, postgres, 'login_ip', LOGIN_LIMITS.perIp),
  };
}

/** Exam submissions per user and exam within a day: retakes are fine, answer brute force is not. */
export function createExamLimiter(orm: Orm, postgres: boolean): Promise<RateLimiterAbstract> {
  return createLimiter(orm, postgres, 'exam', { points: EXAM_ATTEMPTS_PER_DAY, duration: 24 * 3600 });
}

/** Count one attempt against a limiter; RATE_LIMITED once it is used up. */
export async function consumeAttempt(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw AppError.rateLimited(e.msBeforeNext / 1000);
    throw e;
  }
}
