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

/** Text over its limit is a 413 that names the field and both lengths. */
export function tooLong(field: string, length: number, limit: number): HttpError {
  return new HttpError(
    413,
    'too-long',
    `The ${field} is ${length.toLocaleString('en-US')} characters long; the limit is ${limit.toLocaleString('en-US')}.`,
    [field],
  );
}

/** A question id that is not in the bank. */
export const unknownQuestion = (id: string, field = 'questionId'): HttpError =>
  new HttpError(400, 'unknown-question', `Unknown question id "${id}".`, [field]);

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

/**
 * "/answer" -> "answer"; "/interviewers/0/name" -> "interviewers.0.name"; a missing or unknown
 * property is named after its object's path.
 */
const fieldOf = (path: string, property?: unknown): string =>
  [path.replace(/^\//, '').replace(/\//g, '.'), typeof property === 'string' ? property : '']
    .filter(Boolean)
    .join('.') || 'body';

/** The path of the first string in `value` with a NUL character, which PostgreSQL cannot store. */
function nulField(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || 'body' : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulField(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * Every error leaves in one shape, with no stack trace: validation errors name their fields
 * (400), oversized bodies say so (413), the routes' own HttpErrors keep their status, and
 * anything else is a 500 with a plain message (logged in full on the server).
 */
export function registerErrors(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field = nulField(request.body);
    if (field)
      throw new HttpError(
        400,
        'invalid-character',
        `The ${field} contains a NUL character (U+0000), which cannot be saved: remove it.`,
        [field],
      );
  });
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      const body: ApiError = { error: { code: error.code, message: error.message } };
      if (error.fields) body.error.fields = error.fields;
      return reply.status(error.statusCode).send(body);
    }
    if (error.validation) {
      const fields = error.validation.map((v) => {
        const params = v.params as { missingProperty?: unknown; additionalProperty?: unknown };
        return fieldOf(v.instancePath, params.missingProperty ?? params.additionalProperty);
      });
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
