import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findQuestion, MAX_ANSWER_CHARS } from '../../core/index.ts';
import type { Db } from '../../db/database.ts';
import { DraftsRepository } from '../../db/drafts.ts';
import { errorSchema, HttpError, tooLong, unknownQuestion } from '../errors.ts';

const draftResponse = {
  type: 'object',
  properties: {
    questionId: { type: 'string' },
    text: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;
const questionParams = {
  type: 'object',
  required: ['questionId'],
  properties: { questionId: { type: 'string', maxLength: 100 } },
} as const;

type Params = { Params: { questionId: string } };

const noDraft = (questionId: string): HttpError =>
  new HttpError(404, 'not-found', `No draft for question "${questionId}".`, ['questionId']);

/** The answer being written to each question, autosaved as the user types (journey 1). */
export function draftRoutes(db: Db) {
  return async (app: FastifyInstance): Promise<void> => {
    const repo = (request: FastifyRequest): DraftsRepository =>
      new DraftsRepository(db, request.userId);

    app.get<{ Querystring: { questionId?: string } }>(
      '/api/drafts',
      {
        schema: {
          description: 'Your drafts, one per question; with ?questionId=, that one (or none).',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { questionId: { type: 'string', maxLength: 100 } },
          },
          response: { 200: { type: 'array', items: draftResponse } },
        },
      },
      async (request) => {
        const { questionId } = request.query;
        if (questionId === undefined) return repo(request).list();
        const draft = await repo(request).get(questionId);
        return draft ? [draft] : [];
      },
    );

    app.put<Params & { Body: { text: string } }>(
      '/api/drafts/:questionId',
      {
        schema: {
          description: 'Save the draft of a question (empty text deletes it: 204).',
          params: questionParams,
          body: {
            type: 'object',
            required: ['text'],
            additionalProperties: false,
            properties: { text: { type: 'string' } },
          },
          response: { 200: draftResponse, 400: errorSchema, 413: errorSchema },
        },
      },
      async (request, reply) => {
        const { questionId } = request.params;
        const { text } = request.body;
        if (!findQuestion(questionId)) throw unknownQuestion(questionId);
        if (text.length > MAX_ANSWER_CHARS) throw tooLong('text', text.length, MAX_ANSWER_CHARS);
        const draft = await repo(request).put(questionId, text);
        return draft ?? reply.status(204).send();
      },
    );

    app.delete<Params>(
      '/api/drafts/:questionId',
      {
        schema: {
          description: 'Delete the draft of a question.',
          params: questionParams,
          response: { 404: errorSchema },
        },
      },
      async (request, reply) => {
        if (!(await repo(request).remove(request.params.questionId)))
          throw noDraft(request.params.questionId);
        return reply.status(204).send();
      },
    );
  };
}
