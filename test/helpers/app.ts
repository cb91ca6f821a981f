// The API on a throwaway database, for the API tests of a file.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { buildApp, type AppOptions } from '../../src/server/app.ts';

/** Registers the hooks that open and close it; `app` and `db` are ready inside the tests. */
export function apiOn(
  open: () => Promise<Database>,
  options: Omit<AppOptions, 'db'> = {},
): { readonly app: FastifyInstance; readonly database: Database } {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await open();
    app = await buildApp({ ...options, db: database.db });
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  return {
    get app() {
      return app;
    },
    get database() {
      return database;
    },
  };
}

export const PASSWORD = 'a long enough passphrase';

/** A signed-in user of the multi-user mode: the headers its browser would send. */
export interface Client {
  email: string;
  id: string;
  /** Cookie and X-CSRF-Token. */
  headers: Record<string, string>;
}

/** Signs a new account up and returns its browser's headers. */
export async function signUp(app: FastifyInstance, email: string): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email, password: PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { user: { id: string; email: string }; csrfToken: string };
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  return {
    email,
    id: body.user.id,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  };
}
