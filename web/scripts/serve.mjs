#!/usr/bin/env node
// Production server of the built web app (what remix-serve does, plus the
// client address the API's login throttle needs). Configured by the
// operations contract: WEB_PORT (default 3000), HOST (default 127.0.0.1),
// API_URL. Works from any directory, e.g. `node web/scripts/serve.mjs` at the
// repository root.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequestHandler } from '@remix-run/express';
import { installGlobals } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { sameOriginOnly } from './same-origin.mjs';

process.env.NODE_ENV = process.env.NODE_ENV || 'production';
process.env.API_URL = process.env.API_URL || 'http://127.0.0.1:4000';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverBuild = join(webDir, 'build/server/index.js');
const clientDir = join(webDir, 'build/client');
if (!existsSync(serverBuild)) {
  console.error(`[web] no build at ${serverBuild}; run \`pnpm --filter @tierwise/web build\` first.`);
  process.exit(1);
}

const port = Number(process.env.WEB_PORT || process.env.PORT || 3000);
const host = process.env.HOST || '127.0.0.1';

installGlobals({ nativeFetch: true });
const build = await import(pathToFileURL(serverBuild).href);

const app = express();
app.disable('x-powered-by');
app.use(compression());
// Fingerprinted assets never change; everything else in build/client (favicon) may.
app.use('/assets', express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
app.use(express.static(clientDir, { maxAge: '1h', index: false }));

app.use((req, res, next) => {
  // The API limits sign-in attempts per client address and trusts
  // X-Forwarded-For from this machine only, taking the right-most address it
  // does not trust. Append the address this request came from, so that a
  // forged header cannot stand in for it (app/lib/api.server.ts forwards it).
  const remote = req.socket.remoteAddress;
  if (remote) {
    const incoming = req.headers['x-forwarded-for'];
    const chain = Array.isArray(incoming) ? incoming.join(', ') : incoming;
    req.headers['x-forwarded-for'] = chain ? `${chain}, ${remote}` : remote;
  }
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)} ms`);
  });
  next();
});

// Cross-site request forgery: every non-GET request to the app (actions,
// logout included) must come from this site's own pages (Origin header).
// WEB_ORIGIN (comma-separated) adds origins, e.g. behind a proxy that rewrites Host.
const allowedOrigins = (process.env.WEB_ORIGIN ?? '').split(',').map((o) => o.trim()).filter(Boolean);
app.use(sameOriginOnly({ allowed: allowedOrigins }));

app.all('*', createRequestHandler({ build, mode: process.env.NODE_ENV }));

const server = app.listen(port, host, () => {
  console.log(`[web] http://${host}:${port} (API ${process.env.API_URL})`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
