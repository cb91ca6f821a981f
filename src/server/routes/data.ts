import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { deleteAll, exportAll, ImportError, importAll } from '../../db/transfer.ts';
import { errorSchema, HttpError } from '../errors.ts';

/** An export can be much larger than any single answer or posting. */
const IMPORT_LIMIT = 50 * 1024 * 1024;
const CONFIRM = 'delete everything';

/** Journey 9: export everything as one JSON file, import it again, delete everything. */
export function dataRoutes(db: Db) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/api/export',
      { schema: { description: 'Everything you saved, as one JSON file.' } },
      async (request, reply) =>
        reply
          .header(
            'content-disposition',
            `attachment; filename="secondround-${new Date().toISOString().slice(0, 10)}.json"`,
          )
          .send(await exportAll(db, request.userId)),
    );
    app.post(
      '/api/import',
      {
        bodyLimit: IMPORT_LIMIT,
        schema: {
          description:
            'Read an export back: all or nothing; items replace saved ones with the same id.',
          body: { type: 'object' },
          response: { 400: errorSchema },
        },
      },
      async (request) => {
        try {
          return { imported: await importAll(db, request.userId, request.body) };
        } catch (e) {
          if (e instanceof ImportError) throw new HttpError(400, 'invalid-import', e.message);
          throw e;
        }
      },
    );
    app.delete<{ Body: { confirm: string } }>(
      '/api/data',
      {
        schema: {
          description: `Delete everything you saved. The body must be { "confirm": "${CONFIRM}" }.`,
          body: {
            type: 'object',
            required: ['confirm'],
            additionalProperties: false,
            properties: { confirm: { type: 'string', const: CONFIRM } },
          },
          response: { 400: errorSchema },
        },
      },
      async (request, reply) => {
        await deleteAll(db, request.userId);
        return reply.status(204).send();
      },
    );
  };
}
