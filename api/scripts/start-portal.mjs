#!/usr/bin/env node
// `pnpm start`: build what is missing or stale, then run the API (seeding the
// demo on an empty database) and the web server together until interrupted.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 17)) {
  console.error(`Tierwise needs Node 22.17+ or 24; this is Node ${process.versions.node}. In bash, \`. .ci/use-node\` puts Node 24 on PATH.`);
  process.exit(1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packages = [
  { name: 'shared', sources: ['shared/src'], output: 'shared/dist/index.js' },
  { name: 'api', sources: ['api/src', 'shared/src'], output: 'api/dist/main.js' },
  { name: 'web', sources: ['web/app', 'shared/src'], output: 'web/build/server/index.js' },
];

function newestMtime(dir) {
  let newest = 0;
  const walk = (p) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) walk(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  if (fs.existsSync(dir)) walk(dir);
  return newest;
}

function isStale({ sources, output }) {
  const out = path.join(root, output);
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

if (packages.some(isStale)) {
  console.log('Building Tierwise (first start or changed sources)...');
  const result = spawnSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const env = { DEMO_DATA: '1', ...process.env };
const apiPort = env.API_PORT ?? '4000';
const apiHost = env.API_HOST ?? '127.0.0.1';
env.API_URL ??= `http://${apiHost === '0.0.0.0' ? '127.0.0.1' : apiHost}:${apiPort}`;

const children = [];
let stopping = false;

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  const running = () => children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const child of running()) child.kill('SIGTERM');
  const started = Date.now();
  const wait = setInterval(() => {
    if (running().length && Date.now() - started < 6000) return;
    for (const child of running()) child.kill('SIGKILL');
    clearInterval(wait);
    process.exit(code);
  }, 100);
}

function run(name, args) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${name} stopped (exit ${code}); stopping Tierwise.`);
      stopAll(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

async function waitForApi() {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${env.API_URL}/healthz`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

run('API', ['api/dist/main.js']);
if (!(await waitForApi())) {
  console.error(`The API did not answer at ${env.API_URL}/healthz; stopping.`);
  stopAll(1);
} else {
  run('web', ['web/scripts/serve.mjs']);
  console.log(`Tierwise is running: open http://127.0.0.1:${env.WEB_PORT ?? '3000'}/login  (Ctrl+C stops it)`);
}
