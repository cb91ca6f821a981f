// Accounts of the multi-user mode over HTTP: sign-up, log-in, sessions, CSRF, rate limits,
// password change and reset, account deletion; on PGlite and on PostgreSQL.
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { AccountsRepository } from '../src/db/accounts.ts';
import { LIMITS } from '../src/server/auth/accounts.ts';
import { apiOn, PASSWORD, signUp } from './helpers/app.ts';
import { BACKENDS } from './helpers/postgres.ts';

describe.each(BACKENDS)('on $name', ({ open }) => {
  const server = apiOn(open, { accounts: true, fastify: { trustProxy: true } });
  const inject = (options: InjectOptions) => server.app.inject(options);
  const login = (email: string, password = PASSWORD, ip = '10.0.0.1') =>
    inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      headers: { 'x-forwarded-for': ip },
    });

  const signedIn = async (headers: Record<string, string>): Promise<boolean> =>
    (
      (await inject({ method: 'GET', url: '/api/me', headers })).json() as {
        user: unknown;
      }
    ).user !== null;

  it('signs up: an HttpOnly, SameSite=Strict session cookie, and /api/me names the user', async () => {
    const res = await inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: '  Ada@Example.org ', password: PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^sr_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const me = await inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(me.json()).toMatchObject({ mode: 'accounts', user: { email: 'ada@example.org' } });
    expect((me.json() as { csrfToken: string }).csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it('stores an email with SQL in it verbatim, as text', async () => {
    const email = "o'brien+');drop_table_users;--@example.org";
    const user = await signUp(server.app, email);
    const me = await inject({ method: 'GET', url: '/api/me', headers: user.headers });
    expect(me.json()).toMatchObject({ user: { email } });
    expect((await login(email, PASSWORD, '10.0.0.9')).statusCode).toBe(200);
  });

  it('refuses a taken email, a malformed email and a short password, naming the field', async () => {
    await signUp(server.app, 'taken@example.org');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ email: 'TAKEN@example.org', password: PASSWORD }, 409, 'email'],
      [{ email: 'not-an-email', password: PASSWORD }, 400, 'email'],
      [{ email: 'short@example.org', password: 'short' }, 400, 'password'],
      [{ email: 'same@example.org', password: 'same@example.org' }, 400, 'password'],
      [{ email: 'x@example.org', password: 12345678901 }, 400, 'password'],
      [{ email: 'x@example.org' }, 400, 'password'],
    ];
    for (const [payload, status, field] of cases) {
      const res = await inject({ method: 'POST', url: '/api/auth/signup', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect((res.json() as { error: { fields: string[] } }).error.fields).toEqual([field]);
    }
  });

  it('answers 401 to every data route without a session, and 403 to a change without the CSRF token', async () => {
    for (const [method, url] of [
      ['GET', '/api/stories'],
      ['POST', '/api/stories'],
      ['GET', '/api/export'],
      ['PUT', '/api/drafts/leadership'],
    ] as const) {
      const res = await inject({ method, url, payload: method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
    const user = await signUp(server.app, 'csrf@example.org');
    const story = { title: 'Rota', action: 'I rebuilt the rota.' };
    const noToken = await inject({
      method: 'POST',
      url: '/api/stories',
      payload: story,
      headers: { cookie: user.headers.cookie! },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ error: { code: 'csrf' } });
    const wrongToken = await inject({
      method: 'POST',
      url: '/api/stories',
      payload: story,
      headers: { ...user.headers, 'x-csrf-token': 'guess' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const ok = await inject({
      method: 'POST',
      url: '/api/stories',
      payload: story,
      headers: user.headers,
    });
    expect(ok.statusCode).toBe(201);
    const crossSite = await inject({
      method: 'POST',
      url: '/api/stories',
      payload: story,
      headers: { ...user.headers, origin: 'https://evil.example' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json()).toMatchObject({ error: { code: 'cross-origin' } });
  });

  it('logs in and out; the cookie of a closed session opens nothing', async () => {
    const user = await signUp(server.app, 'inout@example.org');
    const res = await login('INOUT@example.org');
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const csrf = (res.json() as { csrfToken: string }).csrfToken;
    expect(
      (await inject({ method: 'GET', url: '/api/stories', headers: { cookie } })).statusCode,
    ).toBe(200);
    const out = await inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect(
      (await inject({ method: 'GET', url: '/api/stories', headers: { cookie } })).statusCode,
    ).toBe(401);
    // The sign-up session is a separate one and still open.
    expect(await signedIn(user.headers)).toBe(true);
    // A forged token for the same user opens nothing.
    const forged = `sr_session=${user.id}.${'A'.repeat(43)}`;
    expect(await signedIn({ cookie: forged })).toBe(false);
  });

  it('rate-limits failed log-ins per email, even with the right password afterwards', async () => {
    await signUp(server.app, 'limited@example.org');
    for (let k = 0; k < LIMITS.failuresPerEmail; k++)
      expect((await login('limited@example.org', 'wrong password!')).statusCode).toBe(401);
    const blocked = await login('limited@example.org');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { code: 'too-many-attempts' } });
    // Another account is not blocked by this one's failures.
    await signUp(server.app, 'other@example.org');
    expect((await login('other@example.org', PASSWORD, '10.0.0.2')).statusCode).toBe(200);
  }, 60_000);

  it('changes the password: the old one stops working and other sessions end', async () => {
    const user = await signUp(server.app, 'change@example.org');
    const elsewhere = String((await login('change@example.org')).headers['set-cookie']).split(
      ';',
    )[0]!;
    const wrong = await inject({
      method: 'POST',
      url: '/api/me/password',
      headers: user.headers,
      payload: { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' },
    });
    expect(wrong.statusCode).toBe(400);
    const res = await inject({
      method: 'POST',
      url: '/api/me/password',
      headers: user.headers,
      payload: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(res.statusCode).toBe(204);
    expect(await signedIn(user.headers)).toBe(true);
    expect(await signedIn({ cookie: elsewhere })).toBe(false);
    expect((await login('change@example.org', PASSWORD, '10.0.0.3')).statusCode).toBe(401);
    expect(
      (await login('change@example.org', 'a brand new passphrase', '10.0.0.3')).statusCode,
    ).toBe(200);
  });

  it('resets a password with a one-time link an admin made', async () => {
    await signUp(server.app, 'forgot@example.org');
    const accounts = new AccountsRepository(server.database.db);
    expect(await accounts.createReset('nobody@example.org', 3600_000)).toBeNull();
    const token = (await accounts.createReset('forgot@example.org', 3600_000))!;
    const reset = (password: string) =>
      inject({ method: 'POST', url: '/api/auth/reset', payload: { token, password } });
    expect((await reset('short')).statusCode).toBe(400);
    expect((await reset('a fresh start at last')).statusCode).toBe(204);
    expect((await reset('a second fresh start')).statusCode).toBe(400);
    expect(
      (await login('forgot@example.org', 'a fresh start at last', '10.0.0.4')).statusCode,
    ).toBe(200);
  });

  it('deletes the account with everything it saved, and the data is gone', async () => {
    const user = await signUp(server.app, 'leaving@example.org');
    const saved = await Promise.all([
      inject({
        method: 'POST',
        url: '/api/stories',
        headers: user.headers,
        payload: { title: 'Mine', action: 'I did it.' },
      }),
      inject({
        method: 'PUT',
        url: '/api/drafts/leadership',
        headers: user.headers,
        payload: { text: 'I led' },
      }),
    ]);
    expect(saved.map((r) => r.statusCode)).toEqual([201, 200]);
    const refused = await inject({
      method: 'DELETE',
      url: '/api/me',
      headers: user.headers,
      payload: { password: 'not my password' },
    });
    expect(refused.statusCode).toBe(400);
    const res = await inject({
      method: 'DELETE',
      url: '/api/me',
      headers: user.headers,
      payload: { password: PASSWORD },
    });
    expect(res.statusCode).toBe(204);
    expect(await signedIn(user.headers)).toBe(false);
    expect((await login('leaving@example.org', PASSWORD, '10.0.0.5')).statusCode).toBe(401);
    for (const table of ['users', 'sessions', 'stories', 'drafts', 'answers', 'interviews']) {
      const column = table === 'users' ? 'id' : 'user_id';
      const result = (await server.database.db.execute(
        sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = '${user.id}'`),
      )) as unknown as { rows: { n: number }[] };
      expect(result.rows[0]!.n, table).toBe(0);
    }
  });

  it('sends HSTS behind a TLS-terminating proxy, and not over plain HTTP', async () => {
    const tls = await inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(tls.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const plain = await inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});
