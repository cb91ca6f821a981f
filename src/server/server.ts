import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/database.ts';
import { buildApp } from './app.ts';

/** Where `npm run build` puts the web app. */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Opens the database (`target`: a postgres:// URL, or the embedded database's folder) and
 * starts the API on a port of this machine (127.0.0.1 unless told otherwise). Stops cleanly on
 * SIGINT and SIGTERM.
 */
export async function startServer(port: number, host: string, target?: string): Promise<string> {
  const database = await openDatabase(target);
  const accounts = database.kind === 'postgres';
  const app = await buildApp({
    db: database.db,
    // On a PostgreSQL server, the app serves many people: accounts, each seeing their own data.
    accounts,
    // One person's data on their own machine: only for pages this machine serves itself.
    loopbackOnly: !accounts && ['127.0.0.1', 'localhost', '::1'].includes(host),
    webDir: existsSync(join(WEB_DIR, 'index.html')) ? WEB_DIR : undefined,
    fastify: {
      logger: { level: process.env.LOG_LEVEL ?? 'warn' },
      // Behind a reverse proxy, the addresses it is at (e.g. "127.0.0.1"): then the client's
      // address and https come from its X-Forwarded-* headers.
      trustProxy: process.env.TRUST_PROXY === 'true' || process.env.TRUST_PROXY || false,
    },
  });
  app.addHook('onClose', () => database.close());
  const close = (): void => void app.close().then(() => process.exit(0));
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return app.listen({ port, host });
}
