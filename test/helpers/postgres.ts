// Databases for tests: PGlite in memory, or a fresh database on the run's PostgreSQL server.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.ts';

/** The URL of a new, empty database on the test run's PostgreSQL server. */
export async function freshPostgresUrl(): Promise<string> {
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

/** The two databases the app runs on, to run a suite on each. */
export const BACKENDS = [
  { name: 'PGlite', open: (): Promise<Database> => openDatabase('memory://') },
  {
    name: 'PostgreSQL',
    open: async (): Promise<Database> => openDatabase(await freshPostgresUrl()),
  },
] as const;
