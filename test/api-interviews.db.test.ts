// Interviews, answer versions and drafts over HTTP, on PGlite and on PostgreSQL.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { apiOn } from './helpers/app.ts';
import { BACKENDS } from './helpers/postgres.ts';

describe.each(BACKENDS)('on $name', ({ open }) => {
  const server = apiOn(open);

  const POSTING = `Charge Nurse
About Riverbend Health
Our mission is to give every family in the valley safe, unhurried care close to home.

What you'll do
- Lead a team of 14 nurses on a 30-bed surgical ward
- Reduce patient wait times for post-operative assessment

Requirements
- Active RN license and BLS certification
- Experience with Epic electronic health records`;

  const INTERVIEW = {
    company: 'Riverbend Health',
    role: 'Charge Nurse',
    startsAt: '2026-12-08T14:00',
    posting: POSTING,
    interviewers: [
      { name: 'Dana Lee', role: 'Nurse Manager', notes: 'Studied at the University of Minnesota.' },
    ],
  };

  const ANSWER =
    'Last year, as the shift lead on a 30-bed surgical ward, we were two nurses short for six weeks. I rebuilt the rota around peak admission hours. Missed medication rounds fell from nine a week to one. It taught me to fix the schedule first. How does your ward handle staffing gaps?';

  describe('/api/answers', () => {
    it('saves versions with the score the analyzer gives, lists them by question, deletes them', async () => {
      const first = await server.app.inject({
        method: 'POST',
        url: '/api/answers',
        payload: { questionId: 'leadership', text: 'I led a team.' },
      });
      expect(first.statusCode).toBe(201);
      const second = await server.app.inject({
        method: 'POST',
        url: '/api/answers',
        payload: { questionId: 'leadership', text: ANSWER },
      });
      const [a, b] = [first.json(), second.json()] as { id: string; score: number }[];
      expect(b!.score).toBeGreaterThan(a!.score);
      const list = (
        await server.app.inject({ method: 'GET', url: '/api/answers?questionId=leadership' })
      ).json() as { id: string }[];
      expect(list.map((x) => x.id)).toEqual([a!.id, b!.id]);
      const one = await server.app.inject({ method: 'GET', url: `/api/answers/${a!.id}` });
      expect(one.json()).toEqual(list[0]);
      expect(
        (await server.app.inject({ method: 'DELETE', url: `/api/answers/${a!.id}` })).statusCode,
      ).toBe(204);
      expect(
        (await server.app.inject({ method: 'DELETE', url: `/api/answers/${a!.id}` })).statusCode,
      ).toBe(404);
      expect(
        (await server.app.inject({ method: 'GET', url: `/api/answers/${a!.id}` })).statusCode,
      ).toBe(404);
    });

    it('refuses an unknown question, an empty answer and one over the limit', async () => {
      const post = (payload: object) =>
        server.app.inject({ method: 'POST', url: '/api/answers', payload });
      expect((await post({ questionId: 'nope', text: ANSWER })).statusCode).toBe(400);
      expect((await post({ questionId: 'leadership', text: '  ' })).statusCode).toBe(400);
      expect((await post({ questionId: 'leadership', text: 'x'.repeat(20_001) })).statusCode).toBe(
        413,
      );
    });
  });

  describe('/api/interviews', () => {
    it('saves an interview, tailors it with readiness, and gives the prep sheet as PDF and Markdown', async () => {
      const created = await server.app.inject({
        method: 'POST',
        url: '/api/interviews',
        payload: INTERVIEW,
      });
      expect(created.statusCode).toBe(201);
      const { id } = created.json() as { id: string };
      const t = (
        await server.app.inject({ method: 'GET', url: `/api/interviews/${id}/tailoring` })
      ).json() as {
        tailoring: { skills: { name: string }[]; mission: { text: string } };
        readiness: { id: string | null; bestScore: number | null }[];
      };
      expect(t.tailoring.skills.map((s) => s.name)).toEqual(
        expect.arrayContaining(['RN license', 'Epic']),
      );
      expect(t.tailoring.mission.text).toContain('unhurried care');
      expect(t.readiness.find((r) => r.id === 'leadership')?.bestScore).toBeGreaterThan(50);
      const pdf = await server.app.inject({
        method: 'GET',
        url: `/api/interviews/${id}/prep-sheet`,
      });
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect((await PDFDocument.load(pdf.rawPayload)).getPageCount()).toBe(1);
      const md = await server.app.inject({
        method: 'GET',
        url: `/api/interviews/${id}/prep-sheet?format=md`,
      });
      expect(md.body).toContain('# Charge Nurse at Riverbend Health');
    });

    it('keeps the outcome when an update does not give one', async () => {
      const { id } = (
        await server.app.inject({ method: 'POST', url: '/api/interviews', payload: INTERVIEW })
      ).json() as { id: string };
      await server.app.inject({
        method: 'PUT',
        url: `/api/interviews/${id}`,
        payload: { ...INTERVIEW, outcome: 'offer' },
      });
      const put = await server.app.inject({
        method: 'PUT',
        url: `/api/interviews/${id}`,
        payload: { ...INTERVIEW, role: 'Senior Charge Nurse' },
      });
      expect(put.json()).toMatchObject({ role: 'Senior Charge Nurse', outcome: 'offer' });
    });

    it('refuses a missing company and a posting over 100,000 characters, naming the field', async () => {
      const noCompany = await server.app.inject({
        method: 'POST',
        url: '/api/interviews',
        payload: { ...INTERVIEW, company: ' ' },
      });
      expect(noCompany.statusCode).toBe(400);
      expect((noCompany.json() as { error: { fields: string[] } }).error.fields).toEqual([
        'company',
      ]);
      const long = await server.app.inject({
        method: 'POST',
        url: '/api/interviews',
        payload: { ...INTERVIEW, posting: 'x'.repeat(100_001) },
      });
      expect(long.statusCode).toBe(400);
      expect((long.json() as { error: { fields: string[] } }).error.fields).toEqual(['posting']);
      expect(
        (await server.app.inject({ method: 'GET', url: '/api/interviews/nope/tailoring' }))
          .statusCode,
      ).toBe(404);
    });
  });

  describe('/api/drafts', () => {
    const put = (questionId: string, payload: Record<string, unknown>) =>
      server.app.inject({ method: 'PUT', url: `/api/drafts/${questionId}`, payload });

    it('saves, replaces, lists and deletes the draft of a question', async () => {
      const first = await put('weaknesses', { text: 'My weakness is' });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({
        questionId: 'weaknesses',
        text: 'My weakness is',
      });
      const second = await put('weaknesses', { text: 'My weakness is public speaking.' });
      const saved = second.json() as { updatedAt: string };
      expect(Date.parse(saved.updatedAt)).toBeGreaterThanOrEqual(
        Date.parse((first.json() as { updatedAt: string }).updatedAt),
      );
      const one = await server.app.inject({
        method: 'GET',
        url: '/api/drafts?questionId=weaknesses',
      });
      expect(one.json()).toEqual([second.json()]);
      const list = await server.app.inject({ method: 'GET', url: '/api/drafts' });
      expect(list.json()).toContainEqual(second.json());
      // Clearing the answer deletes the draft.
      expect((await put('weaknesses', { text: '' })).statusCode).toBe(204);
      const gone = await server.app.inject({
        method: 'GET',
        url: '/api/drafts?questionId=weaknesses',
      });
      expect(gone.json()).toEqual([]);
      const del = await server.app.inject({
        method: 'DELETE',
        url: '/api/drafts/weaknesses',
      });
      expect(del.statusCode).toBe(404);
    });

    it('stores hostile text verbatim, and refuses a NUL character', async () => {
      const text = "'); DROP TABLE drafts; -- <img src=x onerror=alert(1)> \u202e\u0301 😀";
      expect((await put('leadership', { text })).statusCode).toBe(200);
      const back = await server.app.inject({
        method: 'GET',
        url: '/api/drafts?questionId=leadership',
      });
      expect((back.json() as { text: string }[])[0]!.text).toBe(text);
      // PostgreSQL cannot store a NUL character: a clear 400, not a 500.
      const nul = await put('leadership', { text: 'a\u0000b' });
      expect(nul.statusCode).toBe(400);
      expect(nul.json()).toMatchObject({ error: { code: 'invalid-character', fields: ['text'] } });
    });

    it('refuses an unknown question, a too-long text and a wrong body, naming the field', async () => {
      const cases: [string, Record<string, unknown>, number, string][] = [
        ['no-such-question', { text: 'x' }, 400, 'questionId'],
        ['leadership', { text: 'x'.repeat(20_001) }, 413, 'text'],
        ['leadership', { text: 42 }, 400, 'text'],
        ['leadership', { text: 'x', extra: 1 }, 400, 'extra'],
      ];
      for (const [id, payload, status, field] of cases) {
        const res = await put(id, payload);
        expect(res.statusCode, JSON.stringify(payload).slice(0, 40)).toBe(status);
        expect((res.json() as { error: { fields: string[] } }).error.fields).toContain(field);
      }
    });
  });
});
