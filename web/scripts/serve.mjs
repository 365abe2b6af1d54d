#!/usr/bin/env node
// Serves the built web app with remix-serve, configured by the operations
// contract: WEB_PORT (default 3000) -> PORT, HOST (default 127.0.0.1).
// Works from any directory (e.g. `node web/scripts/serve.mjs` at the repo root).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverBuild = join(webDir, 'build/server/index.js');

if (!existsSync(serverBuild)) {
  console.error(`[web] no build at ${serverBuild}; run \`pnpm --filter @tierwise/web build\` first.`);
  process.exit(1);
}

process.env.PORT = process.env.WEB_PORT || process.env.PORT || '3000';
process.env.HOST = process.env.HOST || '127.0.0.1';
process.env.NODE_ENV = process.env.NODE_ENV || 'production';
process.env.API_URL = process.env.API_URL || 'http://127.0.0.1:4000';

// remix-serve resolves build/client and public/ from the working directory.
process.chdir(webDir);
process.argv = [process.argv[0], 'remix-serve', serverBuild];
console.log(`[web] http://${process.env.HOST}:${process.env.PORT} (API ${process.env.API_URL})`);

const require = createRequire(import.meta.url);
require('@remix-run/serve/dist/cli.js');
