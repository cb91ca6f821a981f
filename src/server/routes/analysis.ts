import type { FastifyInstance } from 'fastify';
import {
  analyze,
  AnalyzeInputError,
  MAX_ANSWER_CHARS,
  MAX_POSTING_CHARS,
  tailor,
  TailorInputError,
  type TailorInput,
} from '../../core/index.ts';
import { errorSchema, HttpError, tooLong } from '../errors.ts';
import { interviewersSchema } from '../schemas.ts';

const analyzeBody = {
  type: 'object',
  required: ['answer'],
  additionalProperties: false,
  properties: {
    answer: { type: 'string' },
    question: { type: 'string', maxLength: 1_000 },
    questionId: { type: 'string', maxLength: 100 },
  },
} as const;

const tailorBody = {
  type: 'object',
  required: ['posting'],
  additionalProperties: false,
  properties: {
    posting: { type: 'string' },
    title: { type: 'string' },
    companyName: { type: 'string' },
    company: { type: 'string' },
    resume: { type: 'string' },
    stage: { type: 'string', enum: ['recruiter-screen', 'hiring-manager', 'panel', 'final'] },
    interviewers: interviewersSchema,
  },
} as const;

/** The core's analysis and tailoring, over HTTP: thin handlers, schema first. */
export async function analysisRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: { answer: string; question?: string; questionId?: string } }>(
    '/api/analyze',
    {
      schema: {
        description: 'Analyse an answer: CARL parts, checks, findings, score and speaking stats.',
        body: analyzeBody,
        response: { 400: errorSchema, 413: errorSchema },
      },
    },
    async (request) => {
      const { answer, question, questionId } = request.body;
      if (answer.length > MAX_ANSWER_CHARS)
        throw tooLong('answer', answer.length, MAX_ANSWER_CHARS);
      try {
        return analyze(answer, { question, questionId });
      } catch (e) {
        if (e instanceof AnalyzeInputError) {
          const field = e.code === 'unknown-question' ? 'questionId' : 'answer';
          throw new HttpError(400, e.code, e.message, [field]);
        }
        throw e;
      }
    },
  );

  app.post<{ Body: TailorInput }>(
    '/api/tailor',
    {
      schema: {
        description:
          'Read a job posting: ranked skills, pain points, mission, likely questions, questions to ask, openers, resume match.',
        body: tailorBody,
        response: { 400: errorSchema, 413: errorSchema },
      },
    },
    async (request) => {
      const { posting } = request.body;
      if (posting.length > MAX_POSTING_CHARS)
        throw tooLong('posting', posting.length, MAX_POSTING_CHARS);
      try {
        return tailor(request.body);
      } catch (e) {
        if (e instanceof TailorInputError)
          throw new HttpError(
            400,
            'invalid',
            e.problems.join('; '),
            e.problems.map((p) => p.split(':')[0]!),
          );
        throw e;
      }
    },
  );
}
