// `secondround serve` starts the real API on a port of this machine.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/secondround.js', import.meta.url));

it('serves the API on a free port until stopped', async () => {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', 'memory://'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      setTimeout(() => reject(new Error('serve did not start')), 15_000);
    });
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
    child.kill('SIGTERM');
  }
});
