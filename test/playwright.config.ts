import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests of the built API and web, on non-default ports and a fresh
 * SQLite database with demo data. Build first: `pnpm build` at the root.
 * Chromium is Debian's (/usr/bin/chromium); never `playwright install`.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const API_PORT = process.env.E2E_API_PORT ?? '4100';
const WEB_PORT = process.env.E2E_WEB_PORT ?? '3100';
const API_URL = `http://127.0.0.1:${API_PORT}`;
const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;

// A fresh database per run (relative to the repository root, like every path
// the servers read). Old e2e databases are removed first. The config module is
// loaded by the runner and again by each worker: only the runner cleans up.
const dataDir = join(root, 'data');
const isWorker = Boolean(process.env.TEST_WORKER_INDEX);
const dbName = process.env.E2E_DB_NAME ?? `e2e-${Date.now()}.db`;
process.env.E2E_DB_NAME = dbName;
if (!isWorker) {
  mkdirSync(dataDir, { recursive: true });
  for (const file of readdirSync(dataDir)) {
    if (/^e2e-\d+\.db/.test(file)) rmSync(join(dataDir, file), { force: true });
  }
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A built server the browser tests start (production mode, its stdout quiet, its stderr shown). */
function server(name: string, command: string, url: string, env: Record<string, string>) {
  return { name, command, cwd: root, url, reuseExistingServer: false, timeout: 60_000, stdout: 'ignore' as const, stderr: 'pipe' as const, env: { NODE_ENV: 'production', ...env } };
}

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: WEB_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    server('api', 'node api/dist/main.js', `${API_URL}/healthz`, {
      API_PORT,
      API_HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:./data/${dbName}`,
      DEMO_DATA: '1',
      UPLOAD_DIR: './data/e2e-uploads',
    }),
    server('web', 'node web/scripts/serve.mjs', `${WEB_URL}/login`, { WEB_PORT, HOST: '127.0.0.1', API_URL }),
  ],
});
