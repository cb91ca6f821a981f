import type { FastifyInstance } from 'fastify';
import {
  findQuestion,
  pickQuestionsToAsk,
  QUESTIONS,
  QUESTIONS_TO_ASK,
  STAGES as STAGES_DATA,
  type StageId,
} from '../../core/index.ts';
import { errorSchema, HttpError } from '../errors.ts';

const STAGES = ['recruiter-screen', 'hiring-manager', 'panel', 'final'];

/** The question bank: a summary list to browse and search, and one question in full. */
export async function questionRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { stage?: string; category?: string; q?: string } }>(
    '/api/questions',
    {
      schema: {
        description: 'The question bank, filtered by stage, category or words of the question.',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            stage: { type: 'string', enum: STAGES },
            category: { type: 'string', maxLength: 40 },
            q: { type: 'string', maxLength: 200 },
          },
        },
        response: { 400: errorSchema },
      },
    },
    async (request) => {
      const { stage, category, q } = request.query;
      const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      return QUESTIONS.filter(
        (x) =>
          (!stage || (x.stages as readonly string[]).includes(stage)) &&
          (!category || x.category === category) &&
          words.every((w) => `${x.question} ${x.paraphrases.join(' ')}`.toLowerCase().includes(w)),
      ).map((x) => ({
        id: x.id,
        question: x.question,
        category: x.category,
        stages: x.stages,
        framework: x.framework,
      }));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/questions/:id',
    {
      schema: {
        description: 'One question of the bank in full: guidance, pitfalls, follow-ups, example.',
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', maxLength: 100 } },
        },
        response: { 404: errorSchema },
      },
    },
    async (request) => {
      const q = findQuestion(request.params.id);
      if (!q)
        throw new HttpError(404, 'not-found', `No question with id "${request.params.id}".`, [
          'id',
        ]);
      return q;
    },
  );
}

/** The stages of a hiring process and the questions to ask at the end: what the Learn page shows. */
export async function learnRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/stages',
    {
      schema: {
        description: 'The four stages of a hiring process, and how the second round differs.',
      },
    },
    async () => STAGES_DATA,
  );
  app.get<{ Querystring: { stage?: string } }>(
    '/api/ask',
    {
      schema: {
        description: 'Questions to ask the interviewer: five picked for a stage, or all of them.',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { stage: { type: 'string', enum: STAGES } },
        },
      },
    },
    async (request) =>
      request.query.stage
        ? pickQuestionsToAsk({ stage: request.query.stage as StageId })
        : QUESTIONS_TO_ASK,
  );
}
