import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Em } from '../db/orm.js';
import pg from 'pg';
import { expect } from 'vitest';
import { loadEnv, type Env } from '../config/env.js';
import { startApi, type RunningApi } from '../server.js';
import type { User } from '../modules/users/user.entity.js';

/**
 * Test harness: a real API over HTTP on a fresh database per test file
 * (SQLite by default, PostgreSQL with TEST_DATABASE=postgres).
 */
export const onPostgres = process.env.TEST_DATABASE === 'postgres';
const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions: { code: string; fields?: { path: string; message: string }[] } & Record<string, unknown> }[] | undefined;
  headers: Headers;
}

export interface Client {
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** The data, failing the test with the errors when there are any. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The first error's code, failing when the call succeeded. */
  code(query: string, variables?: Record<string, unknown>): Promise<string>;
}

export interface TestApi {
  url: string;
  api: RunningApi;
  databaseUrl: string;
  /** A fresh EntityManager on the test database (for factories and checks). */
  em(): Em;
  anon: Client;
  /** A client signed in as `user` (a new session, sent as a Bearer token). */
  as(user: User): Promise<Client>;
  client(headers: Record<string, string>): Client;
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!onPostgres) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierwise-test-'));
    return { url: `sqlite:${path.join(dir, 'test.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `tierwise_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function testEnv(databaseUrl: string, overrides: Record<string, string> = {}): Env {
  return loadEnv({ DATABASE_URL: databaseUrl, API_PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
}

function makeClient(url: string, headers: Record<string, string>): Client {
  const client: Client = {
    async gql(query, variables = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    async ok(query, variables) {
      const res = await client.gql(query, variables);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
      return res.data as never;
    },
    async code(query, variables) {
      const res = await client.gql(query, variables);
      if (!res.errors?.length) throw new Error(`Expected an error, got data: ${JSON.stringify(res.data)}`);
      return res.errors[0].extensions.code;
    },
  };
  return client;
}

/** SQL statements the API ran, when started with `captureQueries` (to catch N+1 patterns). */
export const capturedQueries: string[] = [];

export async function startTestApi(envOverrides: Record<string, string> = {}, options: { captureQueries?: boolean } = {}): Promise<TestApi> {
  const db = await createTestDatabase();
  const ormOverrides = options.captureQueries
    ? { debug: ['query' as const], logger: (message: string) => void (message.includes('[query]') && capturedQueries.push(message)) }
    : undefined;
  const api = await startApi(testEnv(db.url, envOverrides), { port: 0, scheduler: false, ormOverrides });
  const { sessions } = api.services;
  return {
    url: api.url,
    api,
    databaseUrl: db.url,
    em: () => api.services.orm.em.fork(),
    anon: makeClient(api.url, {}),
    client: (headers) => makeClient(api.url, headers),
    async as(user) {
      const { token } = await sessions.create(user.id);
      return makeClient(api.url, { authorization: `Bearer ${token}` });
    },
    async close() {
      await api.close();
      await db.drop();
    },
  };
}

/** The first GraphQL error of a response, failing the test when there is none. */
export function firstError(res: GqlResponse) {
  expect(res.errors, `expected an error, got ${JSON.stringify(res.data)}`).toBeDefined();
  return res.errors![0];
}
/** The input paths the first error names (BAD_USER_INPUT). */
export const fieldPaths = (res: GqlResponse) => (firstError(res).extensions.fields ?? []).map((f) => f.path);
