// `secondround serve` starts the real API on a port of this machine, on either database.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { freshPostgresUrl } from './helpers/postgres.ts';

const BIN = fileURLToPath(new URL('../bin/secondround.js', import.meta.url));

/** Starts `secondround serve` with these arguments; resolves with its address and a stop. */
async function serve(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ address: string; stop: () => void }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    setTimeout(() => reject(new Error('serve did not start')), 15_000);
  }).catch((e: unknown) => {
    child.kill('SIGTERM');
    throw e;
  });
  return { address, stop: () => child.kill('SIGTERM') };
}

it('serves the API on a free port until stopped', async () => {
  const { address, stop } = await serve(['--data-dir', 'memory://']);
  try {
    const health = await fetch(`${address}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const analysis = await fetch(`${address}/api/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        answer: '<script>alert(1)</script> I led the launch and sales rose 20%.',
      }),
    });
    expect(analysis.status).toBe(200);
    expect(analysis.headers.get('content-type')).toContain('application/json');
  } finally {
    stop();
  }
});

it('on the PostgreSQL server that DATABASE_URL names, serves accounts whose data outlives a restart', async () => {
  const env = { DATABASE_URL: await freshPostgresUrl() };
  const account = { email: 'cli@example.org', password: 'a long enough passphrase' };
  const post = (
    address: string,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${address}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const first = await serve([], env);
  try {
    expect((await fetch(`${first.address}/api/stories`)).status).toBe(401);
    const signup = await post(first.address, '/api/auth/signup', account);
    expect(signup.status).toBe(201);
    const { csrfToken } = (await signup.json()) as { csrfToken: string };
    const cookie = signup.headers.get('set-cookie')!.split(';')[0]!;
    const saved = await post(
      first.address,
      '/api/stories',
      { title: 'Stored on PostgreSQL', action: 'I moved the data.' },
      { cookie, 'x-csrf-token': csrfToken },
    );
    expect(saved.status).toBe(201);
  } finally {
    first.stop();
  }
  const second = await serve([], env);
  try {
    const login = await post(second.address, '/api/auth/login', account);
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const stories = (await (
      await fetch(`${second.address}/api/stories`, { headers: { cookie } })
    ).json()) as {
      title: string;
    }[];
    expect(stories.map((s) => s.title)).toEqual(['Stored on PostgreSQL']);
  } finally {
    second.stop();
  }
});
