import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Whose data this request reads and changes: every repository is scoped by it. */
    userId: string;
  }
}

/** The single user of the local, account-free mode. */
export const LOCAL_USER = 'local';

/** Local mode: one person on their own machine, so every request is theirs. */
export function localUser(app: FastifyInstance): void {
  app.decorateRequest('userId', '');
  app.addHook('onRequest', async (request) => {
    request.userId = LOCAL_USER;
  });
}

/** The hook of every route that reads or changes a user's data: 401 without a user. */
export async function requireUser(request: FastifyRequest): Promise<void> {
  if (!request.userId)
    throw new HttpError(401, 'unauthenticated', 'Log in to see and save your work.');
}
