// Isolation by construction, proved for every route of the multi-user mode on PostgreSQL: one
// user can neither read, change nor delete another's data (the answer is 404, never the data).
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { apiOn, PASSWORD, signUp, type Client } from './helpers/app.ts';
import { freshPostgresUrl } from './helpers/postgres.ts';

/** Routes that hold no one's data. */
const PUBLIC = new Set([
  'GET /api',
  'GET /api/health',
  'GET /api/questions',
  'GET /api/questions/:id',
  'GET /api/stages',
  'GET /api/ask',
  'GET /api/rules',
  'GET /api/rules/:id',
  'POST /api/analyze',
  'POST /api/tailor',
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'POST /api/auth/reset',
]);

/** Written into every item of Alice's: it must never reach Bob. */
const SECRET = 'alice-private-7f3a';

describe('two users on one PostgreSQL server', () => {
  const server = apiOn(async () => openDatabase(await freshPostgresUrl()), { accounts: true });
  let alice: Client;
  let bob: Client;
  const ids = { story: '', interview: '', answer: '', question: 'leadership' };

  const call = async (
    who: Client | null,
    method: InjectOptions['method'],
    url: string,
    payload?: Record<string, unknown>,
  ) => {
    const res = await server.app.inject({ method, url, payload, headers: who?.headers ?? {} });
    if (who !== alice) expect(res.body, `${method} ${url}`).not.toContain(SECRET);
    return res;
  };
  /** Everything Alice saved, as her export (less its time stamp). */
  const aliceData = async (): Promise<unknown> => {
    const res = await call(alice, 'GET', '/api/export');
    expect(res.statusCode).toBe(200);
    const { exportedAt: _, ...data } = res.json() as Record<string, unknown>;
    return data;
  };
  let before: unknown;

  beforeAll(async () => {
    alice = await signUp(server.app, 'alice@example.org');
    bob = await signUp(server.app, 'bob@example.org');
    const story = await call(alice, 'POST', '/api/stories', {
      title: 'Rota',
      action: `I rebuilt the rota (${SECRET}).`,
    });
    const interview = await call(alice, 'POST', '/api/interviews', {
      company: `Riverbend ${SECRET}`,
      role: 'Charge Nurse',
      posting: `Charge nurse wanted. ${SECRET}`,
    });
    const answer = await call(alice, 'POST', '/api/answers', {
      questionId: ids.question,
      text: `I led the ward (${SECRET}).`,
    });
    const draft = await call(alice, 'PUT', `/api/drafts/${ids.question}`, {
      text: `Half an answer ${SECRET}`,
    });
    expect([story, interview, answer, draft].map((r) => r.statusCode)).toEqual([
      201, 201, 201, 200,
    ]);
    ids.story = (story.json() as { id: string }).id;
    ids.interview = (interview.json() as { id: string }).id;
    ids.answer = (answer.json() as { id: string }).id;
    before = await aliceData();
  }, 30_000);

  const notFound =
    (method: InjectOptions['method'], url: () => string, payload?: Record<string, unknown>) =>
    async () => {
      const res = await call(bob, method, url(), payload);
      expect(res.statusCode).toBe(404);
    };
  const listWithout =
    (url: string, ...alices: (() => string)[]) =>
    async () => {
      const res = await call(bob, 'GET', url);
      expect(res.statusCode).toBe(200);
      for (const id of alices) expect(res.body).not.toContain(id());
    };

  /** What Bob tries on each route, in this order (his own account goes last). */
  const ATTEMPTS: [string, () => Promise<void>][] = [
    ['GET /api/stories', listWithout('/api/stories', () => ids.story)],
    ['GET /api/stories/:id', notFound('GET', () => `/api/stories/${ids.story}`)],
    [
      'PUT /api/stories/:id',
      notFound('PUT', () => `/api/stories/${ids.story}`, {
        title: 'Mine now',
        action: 'I took it.',
      }),
    ],
    ['DELETE /api/stories/:id', notFound('DELETE', () => `/api/stories/${ids.story}`)],
    [
      'POST /api/stories',
      async () => {
        // Same title, so the same id Alice's story has: Bob gets his own story.
        const res = await call(bob, 'POST', '/api/stories', { title: 'Rota', action: 'Mine.' });
        expect(res.statusCode).toBe(201);
      },
    ],
    ['GET /api/answers', listWithout('/api/answers', () => ids.answer)],
    ['GET /api/answers/:id', notFound('GET', () => `/api/answers/${ids.answer}`)],
    ['DELETE /api/answers/:id', notFound('DELETE', () => `/api/answers/${ids.answer}`)],
    [
      'POST /api/answers',
      async () => {
        const res = await call(bob, 'POST', '/api/answers', {
          questionId: ids.question,
          text: 'I led.',
        });
        expect(res.statusCode).toBe(201);
      },
    ],
    ['GET /api/drafts', listWithout(`/api/drafts?questionId=${ids.question}`)],
    ['DELETE /api/drafts/:questionId', notFound('DELETE', () => `/api/drafts/${ids.question}`)],
    [
      'PUT /api/drafts/:questionId',
      async () => {
        const res = await call(bob, 'PUT', `/api/drafts/${ids.question}`, { text: 'Bob writes' });
        expect(res.statusCode).toBe(200);
      },
    ],
    ['GET /api/interviews', listWithout('/api/interviews', () => ids.interview)],
    ['GET /api/interviews/:id', notFound('GET', () => `/api/interviews/${ids.interview}`)],
    [
      'PUT /api/interviews/:id',
      notFound('PUT', () => `/api/interviews/${ids.interview}`, { company: 'X', role: 'Y' }),
    ],
    ['DELETE /api/interviews/:id', notFound('DELETE', () => `/api/interviews/${ids.interview}`)],
    [
      'GET /api/interviews/:id/tailoring',
      notFound('GET', () => `/api/interviews/${ids.interview}/tailoring`),
    ],
    [
      'GET /api/interviews/:id/prep-sheet',
      notFound('GET', () => `/api/interviews/${ids.interview}/prep-sheet?format=pdf`),
    ],
    ['GET /api/coverage', notFound('GET', () => `/api/coverage?interviewId=${ids.interview}`)],
    [
      'POST /api/interviews',
      async () => {
        const res = await call(bob, 'POST', '/api/interviews', {
          company: 'Riverbend',
          role: 'Charge Nurse',
        });
        expect(res.statusCode).toBe(201);
      },
    ],
    [
      'GET /api/export',
      // Bob's own story is "rota" too: the secret in Alice's text is what must not appear.
      listWithout(
        '/api/export',
        () => ids.interview,
        () => ids.answer,
      ),
    ],
    [
      'POST /api/import',
      async () => {
        // A file naming Alice's ids only ever writes Bob's own rows.
        const res = await call(bob, 'POST', '/api/import', {
          format: 'secondround-export',
          version: 1,
          stories: [{ id: ids.story, title: 'Hijack', action: 'Overwrite.' }],
          interviews: [{ id: ids.interview, company: 'Hijack', role: 'Hijack' }],
          answers: [{ id: ids.answer, questionId: ids.question, text: 'Hijack', score: 1 }],
        });
        expect(res.statusCode).toBe(200);
      },
    ],
    [
      'DELETE /api/data',
      async () => {
        const res = await call(bob, 'DELETE', '/api/data', { confirm: 'delete everything' });
        expect(res.statusCode).toBe(204);
      },
    ],
    [
      'GET /api/me',
      async () => {
        const res = await call(bob, 'GET', '/api/me');
        expect(res.json()).toMatchObject({ user: { email: 'bob@example.org' } });
      },
    ],
    [
      'POST /api/me/password',
      async () => {
        const res = await call(bob, 'POST', '/api/me/password', {
          currentPassword: PASSWORD,
          newPassword: 'bob has a new one',
        });
        expect(res.statusCode).toBe(204);
      },
    ],
    [
      'POST /api/auth/logout',
      async () => {
        const res = await call(bob, 'POST', '/api/auth/logout');
        expect(res.statusCode).toBe(204);
        bob = await signUp(server.app, 'bob2@example.org');
      },
    ],
    [
      'DELETE /api/me',
      async () => {
        const res = await call(bob, 'DELETE', '/api/me', { password: PASSWORD });
        expect(res.statusCode).toBe(204);
      },
    ],
  ];

  it('covers every route that holds a user’s data', async () => {
    const routes = (await call(null, 'GET', '/api')).json() as { method: string; url: string }[];
    const owned = routes.map((r) => `${r.method} ${r.url}`).filter((r) => !PUBLIC.has(r));
    expect(ATTEMPTS.map(([route]) => route).sort()).toEqual(owned.sort());
  });

  it.each(ATTEMPTS)(
    '%s: Bob cannot reach Alice’s data, and hers is unchanged',
    async (_route, attempt) => {
      await attempt();
      expect(await aliceData()).toEqual(before);
    },
  );

  it('answers 401 on every one of those routes without a session', async () => {
    for (const [route] of ATTEMPTS) {
      const [method, path] = route.split(' ') as [InjectOptions['method'], string];
      const url = path.replace(':id', 'x').replace(':questionId', ids.question);
      const res = await call(null, method, url, method === 'GET' ? undefined : {});
      if (route === 'GET /api/me') expect(res.json()).toEqual({ mode: 'accounts', user: null });
      else expect(res.statusCode, route).toBe(route === 'POST /api/auth/logout' ? 204 : 401);
    }
  });
});
