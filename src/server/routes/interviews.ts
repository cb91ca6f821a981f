import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  coverStories,
  findQuestion,
  FIT_THRESHOLD,
  SEED_IDS,
  InterviewError,
  prepSheet,
  renderPdf,
  tailor,
  toMarkdown,
  type Tailoring,
} from '../../core/index.ts';
import { AnswersRepository } from '../../db/answers.ts';
import type { Db } from '../../db/database.ts';
import { InterviewsRepository, type SavedInterview } from '../../db/interviews.ts';
import { StoriesRepository } from '../../db/stories.ts';
import { errorSchema, HttpError } from '../errors.ts';
import { idParams, interviewersSchema } from '../schemas.ts';

const interviewBody = {
  type: 'object',
  required: ['company', 'role'],
  additionalProperties: false,
  properties: {
    company: { type: 'string' },
    role: { type: 'string' },
    stage: { type: 'string', enum: ['recruiter-screen', 'hiring-manager', 'panel', 'final'] },
    startsAt: { type: 'string' },
    posting: { type: 'string' },
    companyText: { type: 'string' },
    outcome: {
      type: 'string',
      enum: ['', 'waiting', 'next-round', 'offer', 'rejected', 'withdrew'],
    },
    interviewers: interviewersSchema,
  },
} as const;
/** A saved interview as returned: its fields, id and timestamps. */
const savedSchema = { type: 'object', additionalProperties: true } as const;

function invalid(e: unknown): never {
  if (e instanceof InterviewError)
    throw new HttpError(
      400,
      'invalid',
      e.message,
      e.problems.map((p) => p.split(':')[0]!),
    );
  throw e;
}

const notFound = (id: string): HttpError =>
  new HttpError(404, 'not-found', `No interview with id "${id}".`, ['id']);

/** The tailoring of a saved interview: its posting read with its company text and people. */
export function tailorInterview(i: SavedInterview): Tailoring {
  return tailor({
    posting: i.posting.trim() ? i.posting : `${i.role} at ${i.company}`,
    title: i.role,
    companyName: i.company,
    company: i.companyText,
    interviewers: i.interviewers,
    stage: i.stage,
  });
}

/** Interviews (journey 2): saved, tailored, with readiness and the prep sheet. */
export function interviewRoutes(db: Db) {
  return async (app: FastifyInstance): Promise<void> => {
    const repo = (request: FastifyRequest): InterviewsRepository =>
      new InterviewsRepository(db, request.userId);
    const find = async (request: FastifyRequest, id: string): Promise<SavedInterview> =>
      (await repo(request).get(id)) ?? Promise.reject(notFound(id));

    app.get(
      '/api/interviews',
      { schema: { description: 'Your interviews, oldest first.' } },
      async (request) => repo(request).list(),
    );
    app.post(
      '/api/interviews',
      {
        schema: {
          description:
            'Save an interview: company, role, stage, time, posting, mission, interviewers.',
          body: interviewBody,
          response: { 201: savedSchema, 400: errorSchema, 413: errorSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await repo(request).create(request.body).catch(invalid)),
    );
    app.get<{ Params: { id: string } }>(
      '/api/interviews/:id',
      {
        schema: { description: 'One interview.', params: idParams, response: { 404: errorSchema } },
      },
      async (request) => find(request, request.params.id),
    );
    app.put<{ Params: { id: string } }>(
      '/api/interviews/:id',
      {
        schema: {
          description: "Replace an interview's fields.",
          params: idParams,
          body: interviewBody,
          response: { 400: errorSchema, 404: errorSchema },
        },
      },
      async (request) =>
        (await repo(request).update(request.params.id, request.body).catch(invalid)) ??
        Promise.reject(notFound(request.params.id)),
    );
    app.delete<{ Params: { id: string } }>(
      '/api/interviews/:id',
      {
        schema: {
          description: 'Delete an interview.',
          params: idParams,
          response: { 404: errorSchema },
        },
      },
      async (request, reply) => {
        if (!(await repo(request).remove(request.params.id))) throw notFound(request.params.id);
        return reply.status(204).send();
      },
    );

    app.get<{ Params: { id: string } }>(
      '/api/interviews/:id/tailoring',
      {
        schema: {
          description:
            'What the posting asks for and how ready you are: skills, pain points, likely questions with your best saved score and story, questions to ask, openers.',
          params: idParams,
          response: { 404: errorSchema },
        },
      },
      async (request) => {
        const interview = await find(request, request.params.id);
        const tailoring = tailorInterview(interview);
        const stories = await new StoriesRepository(db, request.userId).list();
        const saved = await new AnswersRepository(db, request.userId).list();
        const coverage = coverStories(stories, tailoring.predictedQuestions, tailoring.skills);
        const best = new Map<string, number>();
        for (const a of saved)
          best.set(a.questionId, Math.max(best.get(a.questionId) ?? 0, a.score));
        const titles = new Map(stories.map((s) => [s.id, s.title]));
        const readiness = coverage.questions.map((q) => ({
          question: q.question.question,
          id: q.question.id,
          bestScore: q.question.id ? (best.get(q.question.id) ?? null) : null,
          story: q.best ? (titles.get(q.best.storyId) ?? null) : null,
          needsStory: q.needsStory,
        }));
        return { interview, tailoring, readiness, uncoveredSkills: coverage.uncoveredSkills };
      },
    );

    app.get<{ Querystring: { interviewId?: string } }>(
      '/api/coverage',
      {
        schema: {
          description:
            "Which questions each story answers: the likely questions of an interview (interviewId), or the second round's nine; and the posting's skills no story shows.",
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { interviewId: { type: 'string', maxLength: 80 } },
          },
          response: { 404: errorSchema },
        },
      },
      async (request) => {
        const stories = await new StoriesRepository(db, request.userId).list();
        const id = request.query.interviewId;
        const tailoring = id ? tailorInterview(await find(request, id)) : null;
        const questions = tailoring
          ? tailoring.predictedQuestions
          : SEED_IDS.map((q) => findQuestion(q)!).map((q) => ({
              id: q.id,
              question: q.question,
              category: q.category,
            }));
        const coverage = coverStories(stories, questions, tailoring?.skills ?? []);
        return {
          stories: stories.map((s, k) => ({
            id: s.id,
            title: s.title,
            answers: coverage.questions
              .filter(
                (q) =>
                  q.needsStory &&
                  (coverage.matrix[coverage.questions.indexOf(q)]![k] ?? 0) >= FIT_THRESHOLD,
              )
              .map((q) => q.question.question),
            skills: coverage.storySkills[s.id] ?? [],
          })),
          uncovered: coverage.questions
            .filter((q) => q.needsStory && !q.best)
            .map((q) => q.question.question),
          uncoveredSkills: coverage.uncoveredSkills,
        };
      },
    );

    app.get<{ Params: { id: string }; Querystring: { format?: 'md' | 'pdf' | 'json' } }>(
      '/api/interviews/:id/prep-sheet',
      {
        schema: {
          description:
            'The one-page prep sheet, as PDF (the default), Markdown (format=md) or its document model (format=json).',
          params: idParams,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { format: { type: 'string', enum: ['md', 'pdf', 'json'] } },
          },
          response: { 404: errorSchema },
        },
      },
      async (request, reply) => {
        const interview = await find(request, request.params.id);
        const stories = await new StoriesRepository(db, request.userId).list();
        const doc = prepSheet({
          tailoring: tailorInterview(interview),
          interviewers: interview.interviewers,
          stories,
          when: interview.startsAt || undefined,
        });
        const name = `prep-sheet-${interview.company.replace(/[^\w-]+/g, '-').slice(0, 40) || 'interview'}`;
        if (request.query.format === 'json') return doc;
        if (request.query.format === 'md')
          return reply
            .type('text/markdown; charset=utf-8')
            .header('content-disposition', `attachment; filename="${name}.md"`)
            .send(toMarkdown(doc));
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${name}.pdf"`)
          .send(Buffer.from(await renderPdf(doc)));
      },
    );
  };
}
