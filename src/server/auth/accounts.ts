import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AccountsRepository, EmailTakenError, type Session } from '../../db/accounts.ts';
import type { Db } from '../../db/database.ts';
import { errorSchema, HttpError } from '../errors.ts';
import { requireUser } from '../user.ts';
import { decoyHash, hashPassword, verifyPassword } from './password.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session (multi-user mode), or null. */
    session: Session | null;
  }
}

const SESSION_COOKIE = 'sr_session';
export const SESSION_TTL_MS = 30 * 24 * 3600_000;
export const RESET_TTL_MS = 24 * 3600_000;
/** Log-in failures allowed per email and per address in a quarter of an hour; sign-ups an hour. */
export const LIMITS = {
  windowMs: 15 * 60_000,
  failuresPerEmail: 10,
  failuresPerAddress: 50,
  signupWindowMs: 3600_000,
  signupsPerAddress: 20,
} as const;
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const credentials = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: {
    email: { type: 'string', maxLength: 254 },
    password: { type: 'string', maxLength: 1000 },
  },
} as const;
const userResponse = {
  type: 'object',
  properties: {
    mode: { type: 'string' },
    user: {
      type: ['object', 'null'],
      properties: { id: { type: 'string' }, email: { type: 'string' } },
    },
    csrfToken: { type: 'string' },
  },
} as const;

/** The value of one cookie in a Cookie header. */
function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
  ttlMs: number,
): void {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  reply.header(
    'set-cookie',
    `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(ttlMs / 1000)}${secure}`,
  );
}

const normalizeEmail = (email: string): string => email.trim().toLowerCase();

function checkEmail(email: string): void {
  if (!EMAIL.test(email))
    throw new HttpError(400, 'invalid-email', 'Enter an email address like name@example.org.', [
      'email',
    ]);
}

function checkPassword(password: string, email = '', field = 'password'): void {
  const problem =
    password.length < PASSWORD_MIN
      ? `at least ${PASSWORD_MIN} characters long`
      : password.length > PASSWORD_MAX
        ? `at most ${PASSWORD_MAX} characters long`
        : email && password.trim().toLowerCase() === email
          ? 'something other than your email'
          : null;
  if (problem)
    throw new HttpError(400, 'weak-password', `The password must be ${problem}.`, [field]);
}

/**
 * The multi-user mode: accounts, sessions in the database (the app servers keep no state),
 * CSRF tokens on every change a signed-in browser makes, rate-limited log-in.
 */
export function registerAccounts(app: FastifyInstance, db: Db): void {
  const accounts = new AccountsRepository(db);
  app.decorateRequest('userId', '');
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    const session = token ? await accounts.findSession(token) : null;
    if (!session) return;
    request.session = session;
    request.userId = session.user.id;
    const safe = request.method === 'GET' || request.method === 'HEAD';
    if (!safe && request.headers['x-csrf-token'] !== session.csrfToken)
      throw new HttpError(
        403,
        'csrf',
        'This request is missing the page’s security token: reload the page and try again.',
      );
  });

  const start = async (
    request: FastifyRequest,
    reply: FastifyReply,
    user: { id: string; email: string },
  ) => {
    const { token, session } = await accounts.createSession(user, SESSION_TTL_MS);
    setSessionCookie(reply, request, token, SESSION_TTL_MS);
    return { mode: 'accounts', user: session.user, csrfToken: session.csrfToken };
  };

  /** A change to the account needs the account's password again. */
  async function confirmPassword(userId: string, password: string, field: string): Promise<void> {
    const hash = await accounts.passwordHash(userId);
    if (!hash || !(await verifyPassword(password, hash)))
      throw new HttpError(400, 'wrong-password', 'That is not your password.', [field]);
  }

  async function limit(key: string, max: number, windowMs: number, what: string): Promise<void> {
    if ((await accounts.attempts(key, windowMs)) >= max)
      throw new HttpError(
        429,
        'too-many-attempts',
        `Too many ${what}: wait a few minutes and try again.`,
      );
  }

  app.post<{ Body: { email: string; password: string } }>(
    '/api/auth/signup',
    {
      schema: {
        description: 'Create an account and sign in (sets the session cookie).',
        body: credentials,
        response: { 201: userResponse, 400: errorSchema, 409: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      checkEmail(email);
      checkPassword(request.body.password, email);
      const key = `signup:${request.ip}`;
      await limit(
        key,
        LIMITS.signupsPerAddress,
        LIMITS.signupWindowMs,
        'new accounts from this address',
      );
      await accounts.recordAttempt(key);
      try {
        const user = await accounts.createUser(email, await hashPassword(request.body.password));
        return reply.status(201).send(await start(request, reply, user));
      } catch (e) {
        if (e instanceof EmailTakenError)
          throw new HttpError(
            409,
            'email-taken',
            'An account with this email already exists: log in instead.',
            ['email'],
          );
        throw e;
      }
    },
  );

  app.post<{ Body: { email: string; password: string } }>(
    '/api/auth/login',
    {
      schema: {
        description: 'Sign in (sets the session cookie). Failures are rate-limited.',
        body: credentials,
        response: { 200: userResponse, 400: errorSchema, 401: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const byEmail = `login:${email}`;
      const byAddress = `login-ip:${request.ip}`;
      await limit(
        byEmail,
        LIMITS.failuresPerEmail,
        LIMITS.windowMs,
        'failed log-ins for this email',
      );
      await limit(
        byAddress,
        LIMITS.failuresPerAddress,
        LIMITS.windowMs,
        'failed log-ins from this address',
      );
      const user = await accounts.findByEmail(email);
      // An unknown email takes as long as a wrong password: no telling which emails exist.
      const ok = await verifyPassword(
        request.body.password,
        user?.passwordHash ?? (await decoyHash()),
      );
      if (!user || !ok) {
        await accounts.recordAttempt(byEmail);
        await accounts.recordAttempt(byAddress);
        throw new HttpError(
          401,
          'invalid-credentials',
          'That email and password do not match an account.',
        );
      }
      await accounts.clearAttempts(byEmail);
      return start(request, reply, { id: user.id, email: user.email });
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { description: 'Sign out: ends this session.' } },
    async (request, reply) => {
      if (request.session) await accounts.deleteSession(request.userId, request.session.id);
      setSessionCookie(reply, request, '', 0);
      return reply.status(204).send();
    },
  );

  app.post<{ Body: { token: string; password: string } }>(
    '/api/auth/reset',
    {
      schema: {
        description: 'Set a new password with a one-time link from `secondround admin reset-link`.',
        body: {
          type: 'object',
          required: ['token', 'password'],
          additionalProperties: false,
          properties: {
            token: { type: 'string', maxLength: 300 },
            password: { type: 'string', maxLength: 1000 },
          },
        },
        response: { 400: errorSchema },
      },
    },
    async (request, reply) => {
      checkPassword(request.body.password);
      const userId = await accounts.useReset(request.body.token);
      if (!userId)
        throw new HttpError(
          400,
          'invalid-token',
          'This reset link is unknown, used or expired: ask for a new one.',
          ['token'],
        );
      await accounts.setPassword(userId, await hashPassword(request.body.password));
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/me',
    {
      schema: {
        description:
          'Who is signed in (user is null when no one is), and the token to send as X-CSRF-Token with every change.',
        response: { 200: userResponse },
      },
    },
    async (request) =>
      request.session
        ? { mode: 'accounts', user: request.session.user, csrfToken: request.session.csrfToken }
        : { mode: 'accounts', user: null },
  );

  app.post<{ Body: { currentPassword: string; newPassword: string } }>(
    '/api/me/password',
    {
      schema: {
        description: 'Change your password; your other sessions end.',
        body: {
          type: 'object',
          required: ['currentPassword', 'newPassword'],
          additionalProperties: false,
          properties: {
            currentPassword: { type: 'string', maxLength: 1000 },
            newPassword: { type: 'string', maxLength: 1000 },
          },
        },
        response: { 400: errorSchema, 401: errorSchema },
      },
      onRequest: requireUser,
    },
    async (request, reply) => {
      const { currentPassword, newPassword } = request.body;
      await confirmPassword(request.userId, currentPassword, 'currentPassword');
      checkPassword(newPassword, request.session!.user.email, 'newPassword');
      await accounts.setPassword(
        request.userId,
        await hashPassword(newPassword),
        request.session!.id,
      );
      return reply.status(204).send();
    },
  );

  app.delete<{ Body: { password: string } }>(
    '/api/me',
    {
      schema: {
        description: 'Delete your account and everything you saved. Needs your password.',
        body: {
          type: 'object',
          required: ['password'],
          additionalProperties: false,
          properties: { password: { type: 'string', maxLength: 1000 } },
        },
        response: { 400: errorSchema, 401: errorSchema },
      },
      onRequest: requireUser,
    },
    async (request, reply) => {
      await confirmPassword(request.userId, request.body.password, 'password');
      await accounts.deleteUser(request.userId);
      setSessionCookie(reply, request, '', 0);
      return reply.status(204).send();
    },
  );
}
