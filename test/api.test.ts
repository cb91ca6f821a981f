// The HTTP API through app.inject: every route, its schema checks, limits and error shape.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, MAX_ANSWER_CHARS, QUESTIONS } from '../src/core/index.ts';
import { buildApp } from '../src/server/app.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(() => app.close());

const ANSWER =
  'Last spring, as the shift lead on a 30-bed ward, we were two nurses short for six weeks. I rebuilt the rota around peak admission hours. Missed medication rounds fell from nine a week to one. It taught me to fix the schedule first. How does your ward handle staffing gaps?';

function expectError(
  res: { statusCode: number; json(): unknown; body: string },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { error: { code: string; message: string; fields?: string[] } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  expect(res.body).not.toMatch(/\bat .+\.ts:\d+/);
  return body.error;
}

describe('GET /api/health and /api', () => {
  it('reports ok, with security headers on every response', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: expect.any(String) });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('in the local mode, answers only to loopback names (no DNS rebinding), and refuses changes from other sites', async () => {
    const local = await buildApp({ loopbackOnly: true });
    try {
      for (const host of ['localhost:4173', '127.0.0.1:4173', '[::1]:4173'])
        expect(
          (await local.inject({ method: 'GET', url: '/api/health', headers: { host } })).statusCode,
        ).toBe(200);
      const rebound = await local.inject({
        method: 'GET',
        url: '/api/health',
        headers: { host: 'evil.example:4173' },
      });
      expectError(rebound, 403, 'wrong-host');
    } finally {
      await local.close();
    }
    for (const headers of [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/analyze',
        payload: { answer: ANSWER },
        headers,
      });
      expectError(res, 403, 'cross-origin');
    }
  });

  it('documents every route with its description and schema', async () => {
    const routes = (await app.inject({ method: 'GET', url: '/api' })).json() as {
      method: string;
      url: string;
      description?: string;
      body?: unknown;
    }[];
    const list = routes.map((r) => `${r.method} ${r.url}`);
    expect(list).toEqual(
      expect.arrayContaining([
        'POST /api/analyze',
        'POST /api/tailor',
        'GET /api/questions',
        'GET /api/questions/:id',
        'GET /api/health',
      ]),
    );
    for (const r of routes) expect(r.description, r.url).toBeTruthy();
    expect(routes.find((r) => r.url === '/api/analyze')!.body).toBeTruthy();
  });
});

describe('POST /api/analyze', () => {
  it('returns the same analysis value as the core', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { answer: ANSWER, question: 'Tell me about a major challenge' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(analyze(ANSWER, { question: 'Tell me about a major challenge' }));
  });

  it('refuses a missing, empty, non-text or oversized answer, naming the field', async () => {
    const post = (payload: unknown) =>
      app.inject({ method: 'POST', url: '/api/analyze', payload: payload as object });
    expect(expectError(await post({}), 400, 'invalid').fields).toEqual(['answer']);
    expect(expectError(await post({ answer: 42 }), 400, 'invalid').fields).toEqual(['answer']);
    expect(expectError(await post({ answer: '   ' }), 400, 'empty').fields).toEqual(['answer']);
    const long = expectError(
      await post({ answer: 'a'.repeat(MAX_ANSWER_CHARS + 1) }),
      413,
      'too-long',
    );
    expect(long.fields).toEqual(['answer']);
    expect(long.message).toContain('20,000');
    expect(
      expectError(await post({ answer: ANSWER, questionId: 'nope' }), 400, 'unknown-question')
        .fields,
    ).toEqual(['questionId']);
    expectError(await post({ answer: ANSWER, extra: 1 }), 400, 'invalid');
  });

  it('refuses malformed JSON and bodies over the limit without a stack trace', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { 'content-type': 'application/json' },
      payload: '{"answer": ',
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { code: string } }).error.code).toBe('bad-request');
    const huge = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { answer: 'x'.repeat(3 * 1024 * 1024) },
    });
    expectError(huge, 413, 'too-large');
  });
});

describe('POST /api/tailor', () => {
  it('reads a posting', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/tailor',
      payload: {
        posting:
          'Charge Nurse\n\nRequirements\n- Active RN license and BLS certification\n- Experience with Epic',
        companyName: 'Riverbend Health',
      },
    });
    expect(res.statusCode).toBe(200);
    const t = res.json() as { company: string; skills: { name: string }[] };
    expect(t.company).toBe('Riverbend Health');
    expect(t.skills.map((s) => s.name)).toEqual(
      expect.arrayContaining(['RN license', 'BLS', 'Epic']),
    );
  });

  it('refuses an oversized posting (413) and a bad interviewer (400), naming the field', async () => {
    const big = await app.inject({
      method: 'POST',
      url: '/api/tailor',
      payload: { posting: 'x '.repeat(60_000) },
    });
    expect(expectError(big, 413, 'too-long').fields).toEqual(['posting']);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/tailor',
      payload: { posting: 'Nurse wanted.', interviewers: [{ role: 'Manager' }] },
    });
    expect(expectError(bad, 400, 'invalid').fields).toEqual(['interviewers.0.name']);
  });
});

describe('GET /api/rules', () => {
  it('lists the rules and serves each docs page', async () => {
    const rules = (await app.inject({ method: 'GET', url: '/api/rules' })).json() as {
      id: string;
    }[];
    expect(rules.map((r) => r.id)).toContain('no-blame');
    const page = (await app.inject({ method: 'GET', url: '/api/rules/no-blame' })).json() as {
      markdown: string;
    };
    expect(page.markdown).toContain('# no-blame');
    expect(
      (await app.inject({ method: 'GET', url: '/api/rules/../../etc/passwd' })).statusCode,
    ).toBe(404);
  });
});

describe('GET /api/questions', () => {
  it('lists, filters and searches the bank', async () => {
    const all = (await app.inject({ method: 'GET', url: '/api/questions' })).json() as {
      id: string;
    }[];
    expect(all).toHaveLength(QUESTIONS.length);
    const hm = (
      await app.inject({ method: 'GET', url: '/api/questions?stage=hiring-manager' })
    ).json() as {
      stages: string[];
    }[];
    expect(hm.length).toBeGreaterThan(9);
    for (const q of hm) expect(q.stages).toContain('hiring-manager');
    const found = (
      await app.inject({ method: 'GET', url: '/api/questions?q=weakness' })
    ).json() as { id: string }[];
    expect(found.map((q) => q.id)).toContain('weaknesses');
    expectError(
      await app.inject({ method: 'GET', url: '/api/questions?stage=lunch' }),
      400,
      'invalid',
    );
  });

  it('shows one question in full, and 404 for an unknown id', async () => {
    const q = (await app.inject({ method: 'GET', url: '/api/questions/leadership' })).json() as {
      exampleAnswer: string;
    };
    expect(q.exampleAnswer.length).toBeGreaterThan(200);
    expectError(await app.inject({ method: 'GET', url: '/api/questions/nope' }), 404, 'not-found');
    expectError(await app.inject({ method: 'GET', url: '/api/nothing-here' }), 404, 'not-found');
  });
});
