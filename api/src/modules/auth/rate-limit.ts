import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../../errors/app-error.js';

export interface LoginLimiters {
  byEmail: RateLimiterAbstract;
  byIp: RateLimiterAbstract;
}

export const LOGIN_LIMITS = {
  perEmail: { points: 10, duration: 15 * 60 },
  perIp: { points: 50, duration: 15 * 60 },
};

/**
 * Login attempt counters. On PostgreSQL they live in the database, so every
 * API process counts the same attempts; embedded SQLite runs one process, so
 * memory is exact there.
 */
export async function createLoginLimiters(orm: MikroORM, postgres: boolean): Promise<LoginLimiters> {
  if (!postgres) {
    return {
      byEmail: new RateLimiterMemory({ keyPrefix: 'login_email', ...LOGIN_LIMITS.perEmail }),
      byIp: new RateLimiterMemory({ keyPrefix: 'login_ip', ...LOGIN_LIMITS.perIp }),
    };
  }
  const knex = (orm.em as EntityManager).getKnex();
  const make = (keyPrefix: string, limits: { points: number; duration: number }) =>
    new Promise<RateLimiterPostgres>((resolve, reject) => {
      const limiter: RateLimiterPostgres = new RateLimiterPostgres(
        { storeClient: knex, storeType: 'knex', tableName: 'rate_limits', keyPrefix, clearExpiredByTimeout: false, ...limits },
        (err?: Error) => (err ? reject(err) : resolve(limiter)),
      );
    });
  return { byEmail: await make('login_email', LOGIN_LIMITS.perEmail), byIp: await make('login_ip', LOGIN_LIMITS.perIp) };
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
