import 'reflect-metadata';
import { loadEnv } from './config/env.js';
import { logger } from './logger.js';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './seed/demo.js';
import { startApi } from './server.js';

const env = loadEnv();
const api = await startApi(env);
const webPort = process.env.WEB_PORT ?? '3000';
const lines = [
  '',
  `  Tierwise API   ${api.url}/graphql   (health: ${api.url}/healthz)`,
  `  Tierwise web   http://127.0.0.1:${webPort}/login`,
  `  Database       ${env.DATABASE_URL}`,
];
if (env.demoData) {
  lines.push(`  Demo sign-ins (password ${DEMO_PASSWORD}):`);
  for (const s of DEMO_SIGN_INS) lines.push(`    ${s.email.padEnd(24)} ${s.role}`);
}
process.stdout.write(`${lines.join('\n')}\n\n`);
logger.info('API started', { url: api.url, seededDemo: api.seededDemo });

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Give requests in flight a moment, but never hang on shutdown.
    setTimeout(() => process.exit(0), 5000).unref();
    api.close().finally(() => process.exit(0));
  });
}
