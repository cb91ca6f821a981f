import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { analysisRoutes } from './routes/analysis.ts';
import { learnRoutes, questionRoutes } from './routes/questions.ts';
import { storyRoutes } from './routes/stories.ts';
import { answerRoutes } from './routes/answers.ts';
import { draftRoutes } from './routes/drafts.ts';
import { interviewRoutes } from './routes/interviews.ts';
import { dataRoutes } from './routes/data.ts';
import { ruleRoutes } from './routes/rules.ts';
import type { Db } from '../db/database.ts';
import { registerAccounts } from './auth/accounts.ts';
import { HttpError, registerErrors } from './errors.ts';
import { localUser, requireUser } from './user.ts';

/** The largest request body: a posting of 100,000 characters with its company text and resume. */
export const BODY_LIMIT = 2 * 1024 * 1024;
export const VERSION = '0.1.0';

/** Nothing is loaded from other hosts; the app cannot be framed; no referrer leaves the page. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
};

export interface AppOptions {
  /** The database; without one, only the stateless routes (analysis, bank) are served. */
  db?: Db;
  /** The built web app (dist/web), served at /; absent in API-only tests. */
  webDir?: string;
  /**
   * The multi-user mode: accounts and sessions, each user seeing only their own data. Without
   * it, the local mode: one person, no account.
   */
  accounts?: boolean;
  /**
   * Answer only requests addressed to this machine by a loopback name (localhost, 127.0.0.1,
   * [::1]): a web page whose own name was pointed at 127.0.0.1 (DNS rebinding) gets nothing.
   */
  loopbackOnly?: boolean;
  fastify?: FastifyServerOptions;
}

/** The API as a Fastify instance, ready to `inject` in tests or to `listen` (see server.ts). */
export async function buildApp({
  db,
  webDir,
  accounts = false,
  loopbackOnly = false,
  fastify: options = {},
}: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // A number where text belongs, or a field the schema does not know, is an error: never
    // coerced, never silently dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
    ...options,
  });
  // Every API route with its schema, for GET /api (the API's own documentation).
  const routes: { method: string; url: string; schema: Record<string, unknown> }[] = [];
  app.addHook('onRoute', (r) => {
    const methods = (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== 'HEAD');
    if (r.url.startsWith('/api') && methods.length)
      routes.push({
        method: methods.join(','),
        url: r.url,
        schema: (r.schema ?? {}) as Record<string, unknown>,
      });
  });
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
  registerErrors(app);
  if (loopbackOnly)
    app.addHook('onRequest', async (request) => {
      if (!LOOPBACK.test(request.headers.host ?? ''))
        throw new HttpError(403, 'wrong-host', 'This server answers only to localhost.');
    });
  // A change must come from this app's own pages: another site's page cannot make the browser
  // send one (its JSON needs a preflight this server never grants; this closes the rest).
  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD') return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    if (site === 'cross-site' || (origin !== undefined && hostOf(origin) !== request.headers.host))
      throw new HttpError(403, 'cross-origin', 'Requests from other sites are refused.');
  });
  app.get(
    '/api/health',
    {
      schema: {
        description: 'Whether the server is up, and its version.',
        response: {
          200: {
            type: 'object',
            properties: { status: { type: 'string' }, version: { type: 'string' } },
          },
        },
      },
    },
    async () => ({ status: 'ok', version: VERSION }),
  );
  await app.register(questionRoutes);
  await app.register(learnRoutes);
  await app.register(ruleRoutes);
  await app.register(analysisRoutes);
  if (db) {
    if (accounts) registerAccounts(app, db);
    else {
      localUser(app);
      app.get(
        '/api/me',
        { schema: { description: 'Who is signed in: in the local mode, the one local user.' } },
        async () => ({ mode: 'local' }),
      );
    }
    // Everything a user saved: only with a user, and only theirs.
    await app.register(async (scope) => {
      scope.addHook('onRequest', requireUser);
      await scope.register(storyRoutes(db));
      await scope.register(answerRoutes(db));
      await scope.register(draftRoutes(db));
      await scope.register(interviewRoutes(db));
      await scope.register(dataRoutes(db));
    });
  }
  if (webDir) await app.register(fastifyStatic, { root: webDir, prefix: '/', index: 'index.html' });
  app.get(
    '/api',
    { schema: { description: 'This list: every route with its schema.' } },
    async () => routes.map(({ method, url, schema }) => ({ method, url, ...schema })),
  );
  return app;
}
