import type { FastifyError, FastifyInstance } from 'fastify';

/** The one shape of every error the API returns. */
export interface ApiError {
  error: { code: string; message: string; fields?: string[] };
}

/** An error a route throws on purpose: its status, code, message and the fields at fault. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: string[],
  ) {
    super(message);
  }
}

export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        fields: { type: 'array', items: { type: 'string' } },
      },
    },
  },
} as const;

/** "/answer" -> "answer"; "/interviewers/0/name" -> "interviewers.0.name". */
const fieldOf = (path: string, missing?: unknown): string =>
  [path.replace(/^\//, '').replace(/\//g, '.'), typeof missing === 'string' ? missing : '']
    .filter(Boolean)
    .join('.') || 'body';

/**
 * Every error leaves in one shape, with no stack trace: validation errors name their fields
 * (400), oversized bodies say so (413), the routes' own HttpErrors keep their status, and
 * anything else is a 500 with a plain message (logged in full on the server).
 */
export function registerErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      const body: ApiError = { error: { code: error.code, message: error.message } };
      if (error.fields) body.error.fields = error.fields;
      return reply.status(error.statusCode).send(body);
    }
    if (error.validation) {
      const fields = error.validation.map((v) =>
        fieldOf(v.instancePath, (v.params as { missingProperty?: unknown }).missingProperty),
      );
      return reply.status(400).send({
        error: { code: 'invalid', message: `The request is not valid: ${error.message}.`, fields },
      });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply
        .status(413)
        .send({ error: { code: 'too-large', message: 'The request body is too large.' } });
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error(error);
    return reply.status(status).send({
      error: {
        code: status === 500 ? 'internal' : 'bad-request',
        message: status === 500 ? 'Something went wrong on the server.' : error.message,
      },
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'not-found', message: `No route ${request.method} ${request.url}.` },
    }),
  );
}
