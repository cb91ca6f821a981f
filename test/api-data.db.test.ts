// Export, import and delete over HTTP: nothing saved is lost, and delete means gone.
import { describe, expect, it } from 'vitest';
import { apiOn } from './helpers/app.ts';
import { BACKENDS } from './helpers/postgres.ts';

describe.each(BACKENDS)('on $name', ({ open }) => {
  const server = apiOn(open);

  const get = async (url: string): Promise<unknown> =>
    (await server.app.inject({ method: 'GET', url })).json();

  describe('export, import, delete', () => {
    it('round-trips everything: delete all, import the export, and every item is back as it was', async () => {
      await server.app.inject({
        method: 'POST',
        url: '/api/stories',
        payload: { title: 'Rota', action: 'I rebuilt the rota.', tags: ['leadership'] },
      });
      await server.app.inject({
        method: 'POST',
        url: '/api/interviews',
        payload: { company: 'Riverbend', role: 'Nurse', posting: 'Nurse wanted with BLS.' },
      });
      await server.app.inject({
        method: 'POST',
        url: '/api/answers',
        payload: { questionId: 'leadership', text: 'I led the ward rota redesign.' },
      });
      await server.app.inject({
        method: 'PUT',
        url: '/api/drafts/leadership',
        payload: { text: 'Half-written: I led the' },
      });
      const exported = (
        await server.app.inject({ method: 'GET', url: '/api/export' })
      ).json() as Record<string, unknown>;
      expect(exported).toMatchObject({ format: 'secondround-export', version: 1 });
      const before = {
        s: await get('/api/stories'),
        i: await get('/api/interviews'),
        a: await get('/api/answers'),
        d: await get('/api/drafts'),
      };

      const del = await server.app.inject({
        method: 'DELETE',
        url: '/api/data',
        payload: { confirm: 'delete everything' },
      });
      expect(del.statusCode).toBe(204);
      expect(await get('/api/stories')).toEqual([]);
      expect(await get('/api/answers')).toEqual([]);
      expect(await get('/api/drafts')).toEqual([]);

      const imported = await server.app.inject({
        method: 'POST',
        url: '/api/import',
        payload: exported,
      });
      expect(imported.statusCode).toBe(200);
      expect(imported.json()).toEqual({
        imported: { stories: 1, interviews: 1, answers: 1, drafts: 1 },
      });
      expect({
        s: await get('/api/stories'),
        i: await get('/api/interviews'),
        a: await get('/api/answers'),
        d: await get('/api/drafts'),
      }).toEqual(before);

      // Importing the same file again duplicates nothing.
      await server.app.inject({ method: 'POST', url: '/api/import', payload: exported });
      expect(await get('/api/stories')).toEqual(before.s);
    });

    it('refuses a file that is not an export, or from a newer version, or with a bad item, changing nothing', async () => {
      const before = await get('/api/stories');
      for (const payload of [
        { hello: 'world' },
        { format: 'secondround-export', version: 99 },
        { format: 'secondround-export', version: 1, stories: [{ id: 'x', title: '' }] },
      ]) {
        const res = await server.app.inject({ method: 'POST', url: '/api/import', payload });
        expect(res.statusCode).toBe(400);
        expect((res.json() as { error: { code: string } }).error.code).toBe('invalid-import');
      }
      expect(await get('/api/stories')).toEqual(before);
    });

    it('deletes only with the confirmation phrase', async () => {
      const res = await server.app.inject({
        method: 'DELETE',
        url: '/api/data',
        payload: { confirm: 'yes' },
      });
      expect(res.statusCode).toBe(400);
    });
  });
});
