import 'reflect-metadata';
import type { Server } from 'node:http';
import type { Options } from '@mikro-orm/sql';
import type { AppServices } from './app-services.js';
import type { Env } from './config/env.js';
import { createOrm, isPostgres, migrate, withStartupLock } from './db/orm.js';
import { createApp } from './http/app.js';
import { startScheduler } from './jobs/scheduler.js';
import { SessionStore } from './modules/auth/sessions.js';
import { createExamLimiter, createLoginLimiters } from './modules/auth/rate-limit.js';
import { bootstrapAdmin } from './seed/bootstrap.js';
import { seedDemoIfEmpty } from './seed/demo.js';

export interface RunningApi {
  url: string;
  services: AppServices;
  close(): Promise<void>;
  seededDemo: boolean;
}

/** Migrate, bootstrap, seed (once across processes), then serve. Used by main and by tests. */
export async function startApi(
  env: Env,
  options: { port?: number; scheduler?: boolean; ormOverrides?: Partial<Options> } = {},
): Promise<RunningApi> {
  const orm = await createOrm(env.DATABASE_URL, options.ormOverrides);
  const seededDemo = await withStartupLock(orm, async () => {
    await migrate(orm);
    const em = orm.em.fork();
    await bootstrapAdmin(em, env.BOOTSTRAP_ADMIN_EMAIL, env.BOOTSTRAP_ADMIN_PASSWORD);
    return env.demoData ? seedDemoIfEmpty(em) : false;
  });
  const services: AppServices = {
    env,
    orm,
    sessions: new SessionStore(orm, env),
    loginLimiters: await createLoginLimiters(orm, isPostgres(orm.em)),
    examLimiter: await createExamLimiter(orm, isPostgres(orm.em)),
  };
  const { express, apollo } = await createApp(services);
  const port = options.port ?? env.API_PORT;
  const server: Server = await new Promise((resolve, reject) => {
    const s = express.listen(port, env.API_HOST, () => resolve(s));
    s.once('error', reject);
  });
  // Tests drive jobs themselves (runJob), so that nothing changes under them.
  const stopScheduler = options.scheduler === false ? () => undefined : startScheduler(orm);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${env.API_HOST}:${actualPort}`,
    services,
    seededDemo,
    async close() {
      stopScheduler();
      // Idle keep-alive connections (the web server's) would hold close() open.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
      await orm.close(true);
    },
  };
}
