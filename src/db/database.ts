import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle, type PgliteDatabase } from 'drizzle-orm/pglite';
import { MIGRATIONS } from './migrations.ts';
import * as schema from './schema.ts';

export type Db = PgliteDatabase<typeof schema>;

export interface Database {
  db: Db;
  close(): Promise<void>;
}

/** Where the embedded database lives: SECONDROUND_DATA_DIR, or $XDG_DATA_HOME/secondround. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SECONDROUND_DATA_DIR) return env.SECONDROUND_DATA_DIR;
  const base = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'secondround');
}

/** Applies the migrations not yet applied, each in its own transaction, in order. */
export async function migrate(client: PGlite): Promise<string[]> {
  await client.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const done = new Set(
    (await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map(
      (r) => r.name,
    ),
  );
  const applied: string[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.name)) continue;
    await client.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name]);
    });
    applied.push(m.name);
  }
  return applied;
}

/**
 * Opens the embedded PostgreSQL (PGlite) in `dataDir` (created if missing; "memory://" for a
 * throwaway one) and brings its schema up to date.
 */
export async function openDatabase(dataDir: string = defaultDataDir()): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  await client.waitReady;
  await migrate(client);
  return { db: drizzle(client, { schema }), close: () => client.close() };
}
