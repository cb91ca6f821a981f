import type { Command } from 'commander';
import { startServer } from '../../server/server.ts';
import { parseCount } from '../io.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the HTTP API on this machine (GET /api lists its routes).')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', '4173')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (options: { port: string; host: string }) => {
      const address = await startServer(
        parseCount(options.port, '--port', 0, 65_535),
        options.host,
      );
      process.stdout.write(`secondround API listening on ${address} (routes: ${address}/api)\n`);
    });
}
