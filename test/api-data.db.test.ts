// Export, import and delete over HTTP: nothing saved is lost, and delete means gone.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.ts';
import { buildApp } from '../src/server/app.ts';

let database: Database;
let app: FastifyInstance;
beforeAll(async () => {
  database = await openDatabase('memory://');
  app = await buildApp({ db: database.db });
}, 30_000);
afterAll(async () => {
  await app.close();
  await database.close();
});

const get = async (url: string): Promise<unknown> =>
  (await app.inject({ method: 'GET', url })).json();

describe('export, import, delete', () => {
  it('round-trips everything: delete all, import the export, and every item is back as it was', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/stories',
      payload: { title: 'Rota', action: 'I rebuilt the rota.', tags: ['leadership'] },
    });
    await app.inject({
      method: 'POST',
      url: '/api/interviews',
      payload: { company: 'Riverbend', role: 'Nurse', posting: 'Nurse wanted with BLS.' },
    });
    await app.inject({
      method: 'POST',
      url: '/api/answers',
      payload: { questionId: 'leadership', text: 'I led the ward rota redesign.' },
    });
    const exported = (await app.inject({ method: 'GET', url: '/api/export' })).json() as Record<
      string,
      unknown
    >;
    expect(exported).toMatchObject({ format: 'secondround-export', version: 1 });
    const before = {
      s: await get('/api/stories'),
      i: await get('/api/interviews'),
      a: await get('/api/answers'),
    };

    const del = await app.inject({
      method: 'DELETE',
      url: '/api/data',
      payload: { confirm: 'delete everything' },
    });
    expect(del.statusCode).toBe(204);
    expect(await get('/api/stories')).toEqual([]);
    expect(await get('/api/answers')).toEqual([]);

    const imported = await app.inject({ method: 'POST', url: '/api/import', payload: exported });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({ imported: { stories: 1, interviews: 1, answers: 1 } });
    expect({
      s: await get('/api/stories'),
      i: await get('/api/interviews'),
      a: await get('/api/answers'),
    }).toEqual(before);

    // Importing the same file again duplicates nothing.
    await app.inject({ method: 'POST', url: '/api/import', payload: exported });
    expect(await get('/api/stories')).toEqual(before.s);
  });

  it('refuses a file that is not an export, or from a newer version, or with a bad item, changing nothing', async () => {
    const before = await get('/api/stories');
    for (const payload of [
      { hello: 'world' },
      { format: 'secondround-export', version: 99 },
      { format: 'secondround-export', version: 1, stories: [{ id: 'x', title: '' }] },
    ]) {
      const res = await app.inject({ method: 'POST', url: '/api/import', payload });
      expect(res.statusCode).toBe(400);
      expect((res.json() as { error: { code: string } }).error.code).toBe('invalid-import');
    }
    expect(await get('/api/stories')).toEqual(before);
  });

  it('deletes only with the confirmation phrase', async () => {
    const res = await app.inject({
      method: 'DELETE',
      url: '/api/data',
      payload: { confirm: 'yes' },
    });
    expect(res.statusCode).toBe(400);
  });
});
