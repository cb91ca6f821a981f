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
  const app = await buildApp({
    db: database.db,
    webDir: existsSync(join(WEB_DIR, 'index.html')) ? WEB_DIR : undefined,
    fastify: { logger: { level: process.env.LOG_LEVEL ?? 'warn' } },
  });
  app.addHook('onClose', () => database.close());
  const close = (): void => void app.close().then(() => process.exit(0));
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return app.listen({ port, host });
}
