// The story bank over HTTP, on PGlite and on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { apiOn } from './helpers/app.ts';
import { BACKENDS } from './helpers/postgres.ts';

describe.each(BACKENDS)('on $name', ({ open }) => {
  const server = apiOn(open);

  const STORY = {
    title: 'Cut clinic wait times',
    context: 'Walk-in waits averaged 70 minutes.',
    action: 'I redesigned triage.',
    result: 'Waits fell to 35 minutes.',
    learning: 'Fix the flow first.',
    tags: ['challenge'],
  };

  describe('/api/stories', () => {
    it('creates (201), lists, reads, replaces and deletes (204) a story', async () => {
      const created = await server.app.inject({
        method: 'POST',
        url: '/api/stories',
        payload: STORY,
      });
      expect(created.statusCode).toBe(201);
      const story = created.json() as { id: string; createdAt: string };
      expect(story).toMatchObject({ ...STORY, id: 'cut-clinic-wait-times' });
      const list = (
        await server.app.inject({ method: 'GET', url: '/api/stories' })
      ).json() as unknown[];
      expect(list).toEqual([story]);
      const put = await server.app.inject({
        method: 'PUT',
        url: `/api/stories/${story.id}`,
        payload: { ...STORY, result: 'Waits fell to 30 minutes.' },
      });
      expect(put.statusCode).toBe(200);
      expect((put.json() as { result: string }).result).toBe('Waits fell to 30 minutes.');
      expect(
        (await server.app.inject({ method: 'DELETE', url: `/api/stories/${story.id}` })).statusCode,
      ).toBe(204);
      const gone = await server.app.inject({ method: 'GET', url: `/api/stories/${story.id}` });
      expect(gone.statusCode).toBe(404);
      expect((gone.json() as { error: { code: string } }).error.code).toBe('not-found');
    });

    it('refuses invalid stories with 400 and the field named, and unknown ids with 404', async () => {
      const empty = await server.app.inject({
        method: 'POST',
        url: '/api/stories',
        payload: { title: '' },
      });
      expect(empty.statusCode).toBe(400);
      expect((empty.json() as { error: { fields: string[] } }).error.fields).toContain('title');
      const long = await server.app.inject({
        method: 'POST',
        url: '/api/stories',
        payload: { ...STORY, action: 'x'.repeat(3_001) },
      });
      expect(long.statusCode).toBe(400);
      expect((long.json() as { error: { fields: string[] } }).error.fields).toContain('action');
      const wrongType = await server.app.inject({
        method: 'POST',
        url: '/api/stories',
        payload: { ...STORY, tags: 'x' },
      });
      expect(wrongType.statusCode).toBe(400);
      for (const method of ['GET', 'PUT', 'DELETE'] as const) {
        const res = await server.app.inject({
          method,
          url: '/api/stories/nope',
          payload: method === 'PUT' ? STORY : undefined,
        });
        expect(res.statusCode, method).toBe(404);
      }
    });

    it('returns hostile text verbatim, as JSON', async () => {
      const nasty = "<img src=x onerror=alert(1)> '; DROP TABLE stories; --";
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/stories',
        payload: { ...STORY, title: nasty },
      });
      expect(res.headers['content-type']).toContain('application/json');
      expect((res.json() as { title: string }).title).toBe(nasty);
    });
  });
});
