import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { RULES } from '../../core/index.ts';
import { errorSchema, HttpError } from '../errors.ts';

const DOCS = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));

/** The analysis rules and their docs pages: the same pages the CLI points to. */
export async function ruleRoutes(app: FastifyInstance): Promise<void> {
  const pages = new Map(RULES.map((r) => [r.id, readFileSync(`${DOCS}${r.id}.md`, 'utf8')]));
  app.get(
    '/api/rules',
    { schema: { description: 'Every analysis rule: id, type, weight, description.' } },
    async () =>
      RULES.map((r) => ({
        id: r.id,
        type: r.meta.type,
        weight: r.meta.weight,
        description: r.meta.description,
      })),
  );
  app.get<{ Params: { id: string } }>(
    '/api/rules/:id',
    {
      schema: {
        description: "A rule's docs page, as Markdown: what it checks, why it matters, examples.",
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', maxLength: 60 } },
        },
        response: { 404: errorSchema },
      },
    },
    async (request) => {
      const markdown = pages.get(request.params.id);
      if (!markdown)
        throw new HttpError(404, 'not-found', `No rule "${request.params.id}".`, ['id']);
      return { id: request.params.id, markdown };
    },
  );
}
