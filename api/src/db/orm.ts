import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import { LibSqlDriver, defineConfig as defineSqliteConfig } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver, defineConfig as definePgConfig } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/sql';
import { CompiledQuery, type QueryResult } from 'kysely';
import { resolveFromRoot } from '../config/env.js';
import { ENTITIES } from './entities.js';
import { postgresMigrations } from './migrations/postgres/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export type Dialect = 'sqlite' | 'postgres';
export type Orm = MikroORM;
export type Em = EntityManager;

export function dialectOf(databaseUrl: string): Dialect {
  return databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

export function sqlitePath(databaseUrl: string): string {
  const file = databaseUrl.slice('sqlite:'.length);
  return file === ':memory:' ? file : resolveFromRoot(file);
}

export function ormOptions(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  const common = {
    entities: ENTITIES,
    // type-graphql needs legacy decorators, and their types come from reflect-metadata.
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { requireEntitiesArray: true },
    forceUtcTimezone: true,
    // Queries are logged only on demand (debugging an N+1, say).
    debug: process.env.ORM_DEBUG === '1',
    // The migrator reports each applied migration; keep start-up output to what people need.
    logger: (message: string) => { if (process.env.ORM_DEBUG === '1') process.stderr.write(`${message}\n`); },
    allowGlobalContext: false,
    // rate-limiter-flexible creates and owns this table on PostgreSQL.
    schemaGenerator: { skipTables: ['rate_limits'] },
  };
  if (dialectOf(databaseUrl) === 'sqlite') {
    const dbName = sqlitePath(databaseUrl);
    if (dbName !== ':memory:') fs.mkdirSync(path.dirname(dbName), { recursive: true });
    return defineSqliteConfig({
      ...common,
      driver: LibSqlDriver,
      dbName,
      migrations: { migrationsList: sqliteMigrations, transactional: true, snapshot: false },
      ...overrides,
    } as never) as Options;
  }
  return definePgConfig({
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    migrations: { migrationsList: postgresMigrations, transactional: true, snapshot: false },
    ...overrides,
  } as never) as Options;
}

export async function createOrm(databaseUrl: string, overrides: Partial<Options> = {}): Promise<Orm> {
  const orm = await MikroORM.init(ormOptions(databaseUrl, overrides));
  if (dialectOf(databaseUrl) === 'sqlite') {
    const conn = orm.em.getConnection();
    // Wait for a writer instead of failing at once; enforce foreign keys.
    await conn.execute('PRAGMA busy_timeout = 5000');
    await conn.execute('PRAGMA foreign_keys = ON');
  }
  return orm;
}

const STARTUP_LOCK_ID = 720_417_001;

/**
 * Run start-up work (migrations, bootstrap, demo seed) exactly once across
 * processes: on PostgreSQL under an advisory lock held on one connection, so
 * API processes starting together wait for each other. Embedded SQLite serves
 * one process.
 */
export async function withStartupLock<T>(orm: Orm, work: () => Promise<T>): Promise<T> {
  if (!isPostgres(orm.em)) return work();
  return withPinnedConnection(orm, async (query) => {
    await query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_ID]);
    try {
      return await work();
    } finally {
      await query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_ID]).catch(() => undefined);
    }
  });
}

export type PinnedQuery = <R = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<{ rows: R[]; rowCount: number }>;

/** A Kysely result in pg's shape: rows, and the rows changed (or returned). */
function pgResult<R>(result: QueryResult<R>): { rows: R[]; rowCount: number } {
  return { rows: result.rows, rowCount: Number(result.numAffectedRows ?? result.rows.length) };
}

/**
 * Run `work` on one connection of the pool, held until it returns, with bound
 * parameters: what session-level state needs (PostgreSQL advisory locks).
 */
export async function withPinnedConnection<T>(orm: Orm, work: (query: PinnedQuery) => Promise<T>): Promise<T> {
  return orm.em.fork().getKysely().connection().execute((db) =>
    work(async <R,>(text: string, params: readonly unknown[] = []) => {
      return pgResult(await db.executeQuery<R>(CompiledQuery.raw(text, [...params])));
    }),
  );
}

/** A pg-style `query({ text, values })` over the ORM's pool, for libraries that take one (rate limits). */
export function poolQuery(orm: Orm) {
  return {
    async query({ text, values = [] }: { text: string; values?: unknown[] }) {
      return pgResult(await orm.em.fork().getKysely().executeQuery(CompiledQuery.raw(text, values)));
    },
  };
}

export async function migrate(orm: Orm): Promise<void> {
  await orm.migrator.up();
}

export function isPostgres(em: CoreEntityManager): boolean {
  return em.getDriver() instanceof PostgreSqlDriver;
}

export async function pingDatabase(orm: Orm): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
