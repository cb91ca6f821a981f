import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnswer, BuildInputError } from '../builder/build.ts';
import { parseDebrief } from './debrief.ts';
import { composeThankYou, reviewThankYou, toEml, toMailto } from './thank-you.ts';

const field = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);

describe('builder and thank-you on any input', () => {
  it('builds an answer from any four fields, or refuses all-blank ones clearly', () => {
    fc.assert(
      fc.property(field, field, field, field, (context, action, result, learning) => {
        try {
          const b = buildAnswer({ context, action, result, learning });
          expect(b.text.endsWith('?')).toBe(true);
          expect(b.analysis.score).toBeGreaterThanOrEqual(0);
        } catch (e) {
          expect(e).toBeInstanceOf(BuildInputError);
          expect([context, action, result, learning].every((f) => !f.trim())).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('writes a note to every interviewer of any valid debrief, and safe .eml headers', () => {
    fc.assert(
      fc.property(
        name,
        name,
        fc.array(name, { maxLength: 3 }),
        name,
        (person, company, topics, role) => {
          const debrief = parseDebrief({
            company,
            role,
            interviewDate: '2026-11-25T10:00:00Z',
            interviewers: [{ name: person, topics }],
          });
          const [email] = composeThankYou(debrief, new Date('2026-11-25T12:00:00Z'));
          expect(email!.body).toContain(debrief.interviewers[0]!.name.trim().split(/\s+/)[0]!);
          const eml = toEml(email!, { date: new Date('2026-11-25T12:00:00Z') });
          const headers = eml.split('\r\n\r\n')[0]!.split('\r\n');
          for (const h of headers) expect(h).toMatch(/^[A-Za-z-]+: /);
          expect(toMailto(email!).startsWith('mailto:')).toBe(true);
          const review = reviewThankYou(
            email!,
            debrief,
            debrief.interviewers[0]!,
            new Date('2026-11-25T12:00:00Z'),
          );
          expect(review.window.hoursLeft).toBe(22);
        },
      ),
      { numRuns: 150 },
    );
  });
});
