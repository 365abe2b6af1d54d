import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import { LibSqlDriver, defineConfig as defineSqliteConfig } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver, defineConfig as definePgConfig } from '@mikro-orm/postgresql';
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/knex';
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
    extensions: [Migrator],
    discovery: { requireEntitiesArray: true },
    forceUtcTimezone: true,
    // Queries are logged only on demand (debugging an N+1, say).
    debug: process.env.ORM_DEBUG === '1',
    // The migrator reports each applied migration; keep start-up output to what people need.
    logger: (message: string) => { if (process.env.ORM_DEBUG === '1') process.stderr.write(`${message}\n`); },
    allowGlobalContext: false,
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
  if (orm.config.get('driver') !== PostgreSqlDriver) return work();
  const knex = (orm.em as EntityManager).getKnex();
  const conn = await knex.client.acquireConnection();
  try {
    await conn.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_ID]);
    return await work();
  } finally {
    await conn.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_ID]).catch(() => undefined);
    await knex.client.releaseConnection(conn);
  }
}

export async function migrate(orm: Orm): Promise<void> {
  await orm.getMigrator().up();
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
