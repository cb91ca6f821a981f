import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { MIGRATIONS } from './migrations.ts';
import * as schema from './schema.ts';

/** The one database API the repositories use, on PGlite and on PostgreSQL alike. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  /** "pglite" for the embedded one-person database, "postgres" for a PostgreSQL server. */
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** Where the embedded database lives: SECONDROUND_DATA_DIR, or $XDG_DATA_HOME/secondround. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SECONDROUND_DATA_DIR) return env.SECONDROUND_DATA_DIR;
  const base = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'secondround');
}

const preparedQueries = new WeakMap<Db, Map<string, unknown>>();

/**
 * A hot query, built once per database and prepared under `name`: PostgreSQL parses and plans
 * it once per connection, and each run only sends its placeholders' values.
 */
export function prepared<T>(db: Db, name: string, build: () => { prepare(name: string): T }): T {
  let queries = preparedQueries.get(db);
  if (!queries) preparedQueries.set(db, (queries = new Map()));
  let query = queries.get(name) as T | undefined;
  if (!query) queries.set(name, (query = build().prepare(name)));
  return query;
}

/** The database could not be opened: the message says which one and why, without a password. */
export class DatabaseOpenError extends Error {}

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/**
 * The URL to show in a message: "postgres://user:secret@host/db" as "postgres://user@host/db".
 * Not through `new URL`, which refuses a socket URL ("postgres://user:secret@/db?host=/run").
 */
export function withoutPassword(url: string): string {
  const start = url.indexOf('//') + 2;
  const query = url.indexOf('?');
  const end = (query < 0 ? url : url.slice(0, query)).lastIndexOf('@');
  if (start < 2 || end < start) return url;
  const user = url.slice(start, end).split(':')[0];
  return `${url.slice(0, start)}${user}${url.slice(end)}`;
}

/** Runs parameterless SQL (several statements allowed); returns the last statement's rows. */
type Exec = (sql: string) => Promise<Record<string, unknown>[]>;
/** Runs `fn` inside one transaction of one connection. */
type InTransaction = <T>(fn: (exec: Exec) => Promise<T>) => Promise<T>;

/** Any number between servers of this app: the advisory lock that serializes migrations. */
const MIGRATION_LOCK = 5_120_771_903;

/**
 * Applies the migrations not yet applied, in order, in one transaction that first takes an
 * advisory lock: app servers starting at once wait for each other, and the second finds the
 * work done. A failed migration leaves the schema as it was.
 */
export async function migrate(inTransaction: InTransaction): Promise<string[]> {
  return inTransaction(async (exec) => {
    await exec(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await exec('SELECT name FROM schema_migrations')).map((r) => String(r.name)),
    );
    const applied: string[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.name)) continue;
      await exec(m.sql);
      // Migration names are ours and checked by a test to be [0-9a-z_] only.
      await exec(`INSERT INTO schema_migrations (name) VALUES ('${m.name}')`);
      applied.push(m.name);
    }
    return applied;
  });
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  await client.waitReady;
  await migrate((fn) =>
    client.transaction((tx) => fn(async (sql) => (await tx.exec(sql)).at(-1)?.rows ?? [])),
  );
  return {
    db: drizzlePglite(client, { schema }),
    kind: 'pglite',
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PGPOOL_MAX) || 10 });
  try {
    await migrate(async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(async (sql) => {
          const res = (await client.query(sql)) as pg.QueryResult | pg.QueryResult[];
          return (Array.isArray(res) ? res.at(-1) : res)?.rows ?? [];
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    });
  } catch (error) {
    await pool.end();
    throw new DatabaseOpenError(
      `cannot open the PostgreSQL database ${withoutPassword(url)}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return {
    db: drizzlePostgres(pool, { schema }),
    kind: 'postgres',
    close: () => pool.end(),
  };
}

/**
 * Opens the database and brings its schema up to date: a PostgreSQL server when `target` is a
 * postgres:// URL, otherwise the embedded PostgreSQL (PGlite) in the folder `target` (created
 * if missing; "memory://" for a throwaway one).
 */
export async function openDatabase(target: string = defaultDataDir()): Promise<Database> {
  return isPostgresUrl(target) ? openPostgres(target) : openPglite(target);
}
