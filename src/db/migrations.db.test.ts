import { is, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshPostgresUrl } from '../../test/helpers/postgres.ts';
import { openDatabase, type Database } from './database.ts';
import { MIGRATIONS } from './migrations.ts';
import * as schema from './schema.ts';

const TABLES = Object.values(schema).filter((v) => is(v, PgTable)) as PgTable[];

/** The rows a query returns, on either driver. */
const rows = async <T>(database: Database, query: SQL): Promise<T[]> =>
  ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;

it('names every migration with lower-case letters, digits and _ only, in order', () => {
  const names = MIGRATIONS.map((m) => m.name);
  for (const name of names) expect(name).toMatch(/^\d{4}_[a-z0-9_]+$/);
  expect([...names].sort()).toEqual(names);
  expect(new Set(names).size).toBe(names.length);
});

describe.each(BACKENDS)('the migrated schema on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  }, 30_000);
  afterAll(() => database.close());

  it.each(TABLES.map((t) => [getTableConfig(t).name, t] as const))(
    'table %s has the columns, types and primary key of the Drizzle schema',
    async (name, table) => {
      const config = getTableConfig(table);
      const columns = await rows<{ column_name: string; data_type: string; is_nullable: string }>(
        database,
        sql`SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = ${name} ORDER BY column_name`,
      );
      expect(columns).toEqual(
        config.columns
          .map((c) => ({
            column_name: c.name,
            data_type: c.getSQLType(),
            is_nullable: c.notNull ? 'NO' : 'YES',
          }))
          .sort((a, b) => a.column_name.localeCompare(b.column_name)),
      );
      const pk = await rows<{ column_name: string }>(
        database,
        sql`SELECT k.column_name FROM information_schema.table_constraints c
            JOIN information_schema.key_column_usage k USING (constraint_schema, constraint_name)
            WHERE c.table_name = ${name} AND c.constraint_type = 'PRIMARY KEY'
            ORDER BY k.ordinal_position`,
      );
      const key = config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary);
      expect(pk.map((r) => r.column_name)).toEqual(key.map((c) => c.name));
      // The user id leads the key of every user-owned table, so the schema can be distributed
      // by user (users itself is keyed by the user id; auth_attempts is keyed by address).
      if (config.columns.some((c) => c.name === 'user_id'))
        expect(pk[0]?.column_name).toBe('user_id');
    },
  );
});

describe('migrations on PostgreSQL', () => {
  it('apply once when several app servers start at the same moment', async () => {
    const url = await freshPostgresUrl();
    const servers = await Promise.all(Array.from({ length: 4 }, () => openDatabase(url)));
    try {
      const applied = await rows<{ name: string }>(
        servers[0]!,
        sql`SELECT name FROM schema_migrations ORDER BY name`,
      );
      expect(applied.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  it('says what is wrong when the server cannot be reached', async () => {
    const opening = openDatabase('postgres://nobody:secret@127.0.0.1:1/none');
    await expect(opening).rejects.toThrow(
      'cannot open the PostgreSQL database postgres://nobody@127.0.0.1:1/none: connect ECONNREFUSED',
    );
    // Through a Unix socket that is not there: the same message, still without the password.
    const socket = openDatabase('postgres://nobody:s3cret@/none?host=/nonexistent-folder');
    await expect(socket).rejects.toThrow(
      'cannot open the PostgreSQL database postgres://nobody@/none?host=/nonexistent-folder: connect ENOENT',
    );
  });
});
