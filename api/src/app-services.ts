import type { Env } from './config/env.js';
import type { Orm } from './db/orm.js';
import type { SessionStore } from './modules/auth/sessions.js';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LoginLimiters } from './modules/auth/rate-limit.js';

/** Process-wide services (no user data is cached in them). */
export interface AppServices {
  env: Env;
  orm: Orm;
  sessions: SessionStore;
  loginLimiters: LoginLimiters;
  examLimiter: RateLimiterAbstract;
}
