// The API on a throwaway database, for the API tests of a file.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/server/app.ts';

/** Registers the hooks that open and close it; `app` is ready inside the tests. */
export function apiOn(open: () => Promise<Database>): { readonly app: FastifyInstance } {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await open();
    app = await buildApp({ db: database.db });
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  return {
    get app() {
      return app;
    },
  };
}
