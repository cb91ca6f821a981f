import type { FastifyInstance, FastifyRequest } from 'fastify';
import { analyze, AnalyzeInputError, findQuestion, MAX_ANSWER_CHARS } from '../../core/index.ts';
import { AnswersRepository } from '../../db/answers.ts';
import type { Db } from '../../db/database.ts';
import { errorSchema, HttpError, tooLong, unknownQuestion } from '../errors.ts';
import { idParams } from '../schemas.ts';

const answerResponse = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    questionId: { type: 'string' },
    text: { type: 'string' },
    score: { type: 'integer' },
    createdAt: { type: 'string' },
  },
} as const;

const notFound = (id: string): HttpError =>
  new HttpError(404, 'not-found', `No saved answer with id "${id}".`, ['id']);

/** Saved versions of an answer, each with its score, to compare and to track progress. */
export function answerRoutes(db: Db) {
  return async (app: FastifyInstance): Promise<void> => {
    const repo = (request: FastifyRequest): AnswersRepository =>
      new AnswersRepository(db, request.userId);

    app.get<{ Querystring: { questionId?: string } }>(
      '/api/answers',
      {
        schema: {
          description: 'Your saved answer versions, oldest first, for one question or all.',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { questionId: { type: 'string', maxLength: 100 } },
          },
          response: { 200: { type: 'array', items: answerResponse } },
        },
      },
      async (request) => repo(request).list(request.query.questionId),
    );

    app.post<{ Body: { questionId: string; text: string } }>(
      '/api/answers',
      {
        schema: {
          description: 'Save a version of an answer; the server scores it with the same analyzer.',
          body: {
            type: 'object',
            required: ['questionId', 'text'],
            additionalProperties: false,
            properties: {
              questionId: { type: 'string', maxLength: 100 },
              text: { type: 'string' },
            },
          },
          response: { 201: answerResponse, 400: errorSchema, 413: errorSchema },
        },
      },
      async (request, reply) => {
        const { questionId, text } = request.body;
        if (!findQuestion(questionId)) throw unknownQuestion(questionId);
        if (text.length > MAX_ANSWER_CHARS) throw tooLong('text', text.length, MAX_ANSWER_CHARS);
        let score: number;
        try {
          score = analyze(text, { questionId }).score;
        } catch (e) {
          if (e instanceof AnalyzeInputError) throw new HttpError(400, e.code, e.message, ['text']);
          throw e;
        }
        return reply.status(201).send(await repo(request).add(questionId, text, score));
      },
    );

    app.get<{ Params: { id: string } }>(
      '/api/answers/:id',
      {
        schema: {
          description: 'One saved version.',
          params: idParams,
          response: { 200: answerResponse, 404: errorSchema },
        },
      },
      async (request) =>
        (await repo(request).get(request.params.id)) ?? Promise.reject(notFound(request.params.id)),
    );

    app.delete<{ Params: { id: string } }>(
      '/api/answers/:id',
      {
        schema: {
          description: 'Delete a saved version.',
          params: idParams,
          response: { 404: errorSchema },
        },
      },
      async (request, reply) => {
        if (!(await repo(request).remove(request.params.id))) throw notFound(request.params.id);
        return reply.status(204).send();
      },
    );
  };
}
