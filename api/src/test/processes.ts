import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real API processes for the multi-process tests: the API is compiled with tsc
 * (incrementally) into a private directory, so that a stale or half-written
 * `api/dist` of someone else's never gets tested, and `node <dir>/main.js` is
 * spawned as a separate OS process per "server".
 *
 * TIERWISE_API_DIST=<dir> uses an existing build instead (no compile), e.g.
 * `api/dist`, or a copy patched to check that a test fails without a protection.
 */
const API_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Inside api/ so that the build resolves api/node_modules (@tierwise/shared and the rest).
const BUILD_ROOT = path.join(API_ROOT, 'node_modules/.cache/tierwise-processes');

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** The directory holding a current build's main.js (compiling what changed since the last run). */
export async function buildApi(): Promise<string> {
  const given = process.env.TIERWISE_API_DIST;
  if (given) {
    const dir = path.resolve(given);
    if (!fs.existsSync(path.join(dir, 'main.js'))) throw new Error(`TIERWISE_API_DIST=${given} has no main.js`);
    return dir;
  }
  const outDir = path.join(BUILD_ROOT, 'dist');
  const tsc = path.join(API_ROOT, 'node_modules/typescript/bin/tsc');
  const { code, output } = await run(
    process.execPath,
    [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir, '--incremental', '--tsBuildInfoFile', path.join(BUILD_ROOT, 'build.tsbuildinfo')],
    API_ROOT,
  );
  // tsc emits despite type errors (which `pnpm lint` reports); only a missing output is fatal here.
  if (!fs.existsSync(path.join(outDir, 'main.js'))) throw new Error(`Building the API failed (tsc exit ${code}):\n${output}`);
  return outDir;
}

export interface ApiProcess {
  url: string;
  pid: number;
  /** What the process wrote (stdout and stderr), for failure messages. */
  output(): string;
  /** SIGKILL: no shutdown code runs; resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the graceful shutdown of main.ts. */
  stop(): Promise<void>;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Start `node main.js` on `databaseUrl` on a free port; resolves once it listens. */
export async function spawnApi(distDir: string, databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const child = spawn(process.execPath, [path.join(distDir, 'main.js')], {
    cwd: API_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATABASE_URL: databaseUrl,
      API_PORT: '0',
      API_HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? -1 : null));
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The API process did not start within 30 s:\n${output}`)), 30_000);
    const onData = () => {
      const match = /Tierwise API\s+(http:\/\/\S+?)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The API process exited (${code}) before listening:\n${output}`));
    });
  });
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return { url, pid: child.pid!, output: () => output, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM'), exited };
}

export interface Answer<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions: { code: string } }[];
  /** Set when no answer came (the process died, or refused the connection). */
  networkError?: string;
}

/** A GraphQL client of one process, signed in with a session token. */
export function processClient(baseUrl: () => string, token: string) {
  return async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
    try {
      const res = await fetch(`${baseUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as Answer<T>;
    } catch (e) {
      return { networkError: String((e as Error & { cause?: unknown }).cause ?? e) };
    }
  };
}
