/**
 * The multi-user server under load: autocannon against app servers on a throwaway PostgreSQL.
 * POST /api/analyze and saving an answer (POST /api/answers, signed in), 100 connections for
 * 30 s each, counted after 5 s of warm-up on the same connections, with one app server and
 * with one per core. GET /api/health is the ceiling of the same servers with no work to do.
 *
 * Each app server is the real CLI (`secondround serve --database-url`) on its own port, as in
 * docs/deploy.md; the connections are shared out evenly between them, as the reverse proxy in
 * front of them would. Every response's latency is recorded, and the percentiles are computed
 * over all of them. The app servers reach PostgreSQL through its Unix socket, as they should
 * when both run on one machine; `--tcp` measures them over TCP instead.
 * Usage: npm run bench:server [-- --duration 30 --connections 100 --tcp]
 *
 * Budget (printed, never asserted): zero errors; p99 under 100 ms on this 2-core machine.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startPostgres } from '../test/helpers/pg-server.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '100' },
    users: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    tcp: { type: 'boolean', default: false },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const USERS = Number(values.users);
const WARMUP = Number(values.warmup);
const BUDGET_P99_MS = 100;
const FIRST_PORT = 4391;
const at = (k: number): string => `http://127.0.0.1:${FIRST_PORT + k}`;

// A typical answer: about 120 words, all four CARL parts and a question back.
const ANSWER =
  'Last spring our support queue had grown to 400 open tickets and customers waited nine days for a reply. As the team lead, I sorted the backlog by product area, paired each new hire with a senior agent for two weeks, and I wrote twelve macros for the questions we answered most. Within six weeks the queue fell to 60 tickets and the average first reply came down from nine days to under one. Satisfaction scores rose from 71% to 88%. I learned to fix the flow of work before asking people to work faster, and I now review the queue by area every Monday. How does your team keep its backlog in check today?';

interface Row {
  scenario: string;
  servers: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/** Starts `count` app servers, on ports FIRST_PORT, FIRST_PORT + 1, … */
async function startServers(count: number, url: string): Promise<ChildProcess[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, k) => {
      const child = spawn(
        process.execPath,
        ['bin/secondround.js', 'serve', '--port', String(FIRST_PORT + k), '--database-url', url],
        { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'error' } },
      );
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (d: Buffer) => d.toString().includes(at(k)) && resolve());
        child.on('exit', (code) => reject(new Error(`an app server exited with ${code}`)));
      });
      return child;
    }),
  );
}

/** Signs USERS accounts up; each connection then acts as one of them. */
async function signUpUsers(): Promise<{ cookie: string; csrf: string }[]> {
  const users = [];
  for (let k = 0; k < USERS; k++) {
    const res = await fetch(`${at(0)}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `load${k}-${Date.now()}@example.org`,
        password: 'load test passphrase',
      }),
    });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    users.push({ cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: csrfToken });
  }
  return users;
}

const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!)
    : 0;

/**
 * One scenario: CONNECTIONS connections shared evenly between the app servers for WARMUP +
 * `duration` seconds. Responses of the first WARMUP seconds are not counted: by then the code is
 * compiled and the connections are open, as in a server in service.
 */
async function load(
  scenario: string,
  servers: number,
  path: string,
  options: Partial<autocannon.Options>,
  duration = DURATION,
): Promise<Row> {
  const latencies: number[] = [];
  const countFrom = performance.now() + WARMUP * 1000;
  const results = await Promise.all(
    Array.from(
      { length: servers },
      (_, k) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon(
            {
              url: at(k) + path,
              connections: Math.floor(CONNECTIONS / servers) + (k < CONNECTIONS % servers ? 1 : 0),
              duration: WARMUP + duration,
              headers: { 'content-type': 'application/json' },
              ...options,
            },
            (error, result) => (error ? reject(error) : resolve(result)),
          );
          instance.on('response', (_client, _status, _bytes, ms) => {
            if (performance.now() >= countFrom) latencies.push(ms);
          });
        }),
    ),
  );
  const sorted = Float64Array.from(latencies).sort();
  const sum = (f: (r: autocannon.Result) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    scenario,
    servers,
    rps: Math.round(latencies.length / duration),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    // Over the whole run, warm-up included.
    errors: sum((r) => r.errors + r.timeouts),
    non2xx: sum((r) => r.non2xx),
    requests: latencies.length,
  };
}

const server = await startPostgres();
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
await admin.query('CREATE DATABASE bench');
await admin.end();
const url = (values.tcp ? server.url : server.socketUrl).replace(/\/postgres(?=$|\?)/, '/bench');
const rows: Row[] = [];
let users: { cookie: string; csrf: string }[] | undefined;
try {
  for (const servers of [1, availableParallelism()]) {
    const running = await startServers(servers, url);
    try {
      // Signed up once: sign-ups are rate-limited per address, and sessions outlive servers.
      users ??= await signUpUsers();
      const signedIn = users;
      let next = 0;
      rows.push(
        await load('GET /api/health (ceiling)', servers, '/api/health', { method: 'GET' }, 10),
      );
      rows.push(
        await load('POST /api/analyze', servers, '/api/analyze', {
          method: 'POST',
          body: JSON.stringify({ questionId: 'major-challenge', answer: ANSWER }),
        }),
      );
      rows.push(
        await load('POST /api/answers (save, signed in)', servers, '/api/answers', {
          method: 'POST',
          body: JSON.stringify({ questionId: 'major-challenge', text: ANSWER }),
          setupClient: (client) => {
            const user = signedIn[next++ % signedIn.length]!;
            client.setHeaders({
              'content-type': 'application/json',
              cookie: user.cookie,
              'x-csrf-token': user.csrf,
            });
          },
        }),
      );
    } finally {
      await Promise.all(
        running.map((child) => {
          child.kill('SIGTERM');
          return new Promise((r) => child.once('exit', r));
        }),
      );
    }
  }
} finally {
  server.stop();
}

console.log(
  `\n${CONNECTIONS} connections, ${DURATION} s a scenario (health: 10 s) after ${WARMUP} s of warm-up; ${availableParallelism()} cores; PostgreSQL on the same machine, by ${values.tcp ? 'TCP' : 'Unix socket'}\n`,
);
console.log('| scenario | app servers | req/s | p50 ms | p99 ms | errors | non-2xx | requests |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.scenario} | ${r.servers} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.requests} |`,
  );
const worst = rows.filter((r) => !r.scenario.startsWith('GET'));
const over = worst.filter((r) => r.p99 >= BUDGET_P99_MS || r.errors || r.non2xx);
console.log(
  over.length
    ? `\nOver budget (p99 < ${BUDGET_P99_MS} ms, zero errors): ${over.map((r) => `${r.scenario} x${r.servers}`).join(', ')}`
    : `\nWithin budget: zero errors and p99 under ${BUDGET_P99_MS} ms in every scenario.`,
);
