import type { FastifyInstance, FastifyRequest } from 'fastify';
import { StoryError } from '../../core/index.ts';
import { StoriesRepository } from '../../db/stories.ts';
import type { Db } from '../../db/database.ts';
import { errorSchema, HttpError } from '../errors.ts';
import { idParams } from '../schemas.ts';

const storyFields = {
  title: { type: 'string' },
  context: { type: 'string' },
  action: { type: 'string' },
  result: { type: 'string' },
  learning: { type: 'string' },
  tags: { type: 'array', items: { type: 'string' } },
} as const;
const storyBody = {
  type: 'object',
  required: ['title'],
  additionalProperties: false,
  properties: storyFields,
} as const;
const storyResponse = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    ...storyFields,
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

/** A story the repository refused: 400 with the fields named ("stories.0.title" -> "title"). */
function invalid(e: unknown): never {
  if (e instanceof StoryError) {
    const fields = e.problems.map((p) => p.split(':')[0]!.replace(/^stories\.0\.?/, '') || 'body');
    throw new HttpError(
      400,
      'invalid',
      e.problems.map((p) => p.replace(/^stories\.0\./, '')).join('; '),
      fields,
    );
  }
  throw e;
}

const notFound = (id: string): HttpError =>
  new HttpError(404, 'not-found', `No story with id "${id}".`, ['id']);

/** The story bank: CRUD over the signed-in user's stories (the local user in local mode). */
export function storyRoutes(db: Db) {
  return async (app: FastifyInstance): Promise<void> => {
    const repo = (request: FastifyRequest): StoriesRepository =>
      new StoriesRepository(db, request.userId);

    app.get(
      '/api/stories',
      {
        schema: {
          description: 'Your stories, oldest first.',
          response: { 200: { type: 'array', items: storyResponse } },
        },
      },
      async (request) => repo(request).list(),
    );

    app.post(
      '/api/stories',
      {
        schema: {
          description: 'Save a new story: CARL fields and tags.',
          body: storyBody,
          response: { 201: storyResponse, 400: errorSchema },
        },
      },
      async (request, reply) => {
        const story = await repo(request).create(request.body).catch(invalid);
        return reply.status(201).send(story);
      },
    );

    app.get<{ Params: { id: string } }>(
      '/api/stories/:id',
      {
        schema: {
          description: 'One story.',
          params: idParams,
          response: { 200: storyResponse, 404: errorSchema },
        },
      },
      async (request) =>
        (await repo(request).get(request.params.id)) ?? Promise.reject(notFound(request.params.id)),
    );

    app.put<{ Params: { id: string } }>(
      '/api/stories/:id',
      {
        schema: {
          description: "Replace a story's fields.",
          params: idParams,
          body: storyBody,
          response: { 200: storyResponse, 400: errorSchema, 404: errorSchema },
        },
      },
      async (request) =>
        (await repo(request).update(request.params.id, request.body).catch(invalid)) ??
        Promise.reject(notFound(request.params.id)),
    );

    app.delete<{ Params: { id: string } }>(
      '/api/stories/:id',
      {
        schema: {
          description: 'Delete a story.',
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
