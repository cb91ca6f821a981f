import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPostgresUrl } from '../../db/database.ts';
import { startServer, WEB_DIR } from '../../server/server.ts';
import { parseCount, UsageError } from '../io.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the HTTP API on this machine (GET /api lists its routes).')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', '4173')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--data-dir <dir>',
      'where the embedded database lives (default: SECONDROUND_DATA_DIR or $XDG_DATA_HOME/secondround)',
    )
    .option(
      '--database-url <url>',
      'a PostgreSQL server to use instead (postgres://user:password@host:port/database; default: DATABASE_URL)',
    )
    .action(
      async (options: { port: string; host: string; dataDir?: string; databaseUrl?: string }) => {
        const port = parseCount(options.port, '--port', 0, 65_535);
        const url =
          options.databaseUrl ??
          (options.dataDir ? undefined : process.env.DATABASE_URL || undefined);
        if (url !== undefined && !isPostgresUrl(url))
          throw new UsageError(
            `${options.databaseUrl ? '--database-url' : 'DATABASE_URL'} must be a postgres:// URL`,
          );
        const address = await startServer(port, options.host, url ?? options.dataDir);
        const web = existsSync(join(WEB_DIR, 'index.html'));
        process.stdout.write(
          web
            ? `secondround is running: open ${address} in your browser (API at ${address}/api). Ctrl+C stops it.\n`
            : `secondround API listening on ${address} (routes: ${address}/api); run \`npm run build\` for the web app.\n`,
        );
      },
    );
}
