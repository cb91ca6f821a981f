/**
 * Runs W app servers on one port (node:cluster shares it; the kernel spreads connections), as a
 * load balancer would in front of W machines. Used by bench/server.bench.ts.
 * Usage: node --import tsx bench/server-workers.ts WORKERS PORT DATABASE_URL
 */
import cluster from 'node:cluster';
import { startServer } from '../src/server/server.ts';

const [workers = '1', port = '0', url] = process.argv.slice(2);

if (cluster.isPrimary) {
  let ready = 0;
  for (let k = 0; k < Number(workers); k++)
    cluster.fork().on('message', (m) => {
      if (m === 'ready' && ++ready === Number(workers)) process.stdout.write('ready\n');
    });
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  await startServer(Number(port), '127.0.0.1', url);
  process.send?.('ready');
}
