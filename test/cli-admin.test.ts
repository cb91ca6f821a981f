// `secondround admin reset-link`: a one-time password-reset link, made on the server's machine.
import { expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { buildApp } from '../src/server/app.ts';
import { run } from './helpers/cli.ts';
import { freshPostgresUrl } from './helpers/postgres.ts';
import { PASSWORD, signUp } from './helpers/app.ts';

it('makes a link that sets a new password once', async () => {
  const url = await freshPostgresUrl();
  const database = await openDatabase(url);
  const app = await buildApp({ db: database.db, accounts: true });
  try {
    await signUp(app, 'lost@example.org');
    const unknown = await run([
      'admin',
      'reset-link',
      '--email',
      'nobody@example.org',
      '--database-url',
      url,
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no account has the email nobody@example.org');
    const made = await run([
      'admin',
      'reset-link',
      '--email',
      'Lost@Example.org',
      '--database-url',
      url,
      '--base-url',
      'https://coach.example.edu/',
      '--json',
    ]);
    expect(made.status, made.stderr).toBe(0);
    const { link } = JSON.parse(made.stdout) as { link: string };
    expect(link).toMatch(/^https:\/\/coach\.example\.edu\/#\/reset\/[\w-]+\.[\w-]+$/);
    const token = link.split('/#/reset/')[1]!;
    const reset = (password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/reset', payload: { token, password } });
    expect((await reset('my new passphrase')).statusCode).toBe(204);
    expect((await reset('another passphrase')).statusCode).toBe(400);
    const login = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'lost@example.org', password },
      });
    expect((await login(PASSWORD)).statusCode).toBe(401);
    expect((await login('my new passphrase')).statusCode).toBe(200);
  } finally {
    await app.close();
    await database.close();
  }
});

it('says where the database must be given', async () => {
  const res = await run(['admin', 'reset-link', '--email', 'a@b.org', '--database-url', 'nope']);
  expect(res.status).toBe(2);
  expect(res.stderr).toContain('--database-url postgres://');
});
