import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_COMPANY_CHARS,
  MAX_NOTES_CHARS,
  MAX_POSTING_CHARS,
  MAX_RESUME_CHARS,
  MAX_SKILLS,
  tailor,
  TailorInputError,
  type TailorInput,
  type Tailoring,
} from './tailor.ts';

const SECTIONS = new Set([
  'intro',
  'about',
  'responsibilities',
  'requirements',
  'preferred',
  'benefits',
  'legal',
  'apply',
  'other',
]);
const OPENER_KINDS = new Set(['school', 'employer', 'connection', 'recent-work']);

function expectWithin(text: string, start: number, end: number): void {
  expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  expect(end).toBeLessThanOrEqual(text.length);
}

function expectWellFormed(input: TailorInput, t: Tailoring): void {
  const posting = input.posting as string;
  expect(t.title === null || typeof t.title === 'string').toBe(true);
  expect(t.company === null || typeof t.company === 'string').toBe(true);
  expect(t.skills.length).toBeLessThanOrEqual(MAX_SKILLS);
  for (const s of t.skills) {
    expect(s.name.trim().length).toBeGreaterThan(0);
    expect(Number.isFinite(s.score) && s.score >= 0).toBe(true);
    for (const m of s.mentions) {
      expectWithin(posting, m.start, m.end);
      expect(SECTIONS.has(m.section)).toBe(true);
      expect(['benefits', 'legal', 'apply']).not.toContain(m.section);
    }
  }
  for (const p of [...t.responsibilities, ...t.requirements]) {
    expectWithin(posting, p.start, p.end);
    expect(posting.slice(p.start, p.end).startsWith(p.text)).toBe(true);
  }
  expect(t.painPoints.length).toBeLessThanOrEqual(5);
  for (const p of t.painPoints) {
    expectWithin(posting, p.start, p.end);
    expect(posting.slice(p.start, p.end)).toBe(p.text);
    expect(p.summary.length).toBeGreaterThan(0);
    expect(p.cues.length).toBeGreaterThan(0);
  }
  if (t.mission) {
    const source = t.mission.source === 'company' ? (input.company ?? '') : posting;
    expectWithin(source, t.mission.start, t.mission.end);
    expect(source.slice(t.mission.start, t.mission.end)).toBe(t.mission.text);
  }
  expect(t.predictedQuestions.length).toBeLessThanOrEqual(12);
  expect(t.predictedQuestions.map((q) => q.id)).toContain('why-this-company');
  for (const q of t.predictedQuestions) {
    expect(q.question.length).toBeGreaterThan(0);
    expect(q.reason.length).toBeGreaterThan(0);
  }
  expect(t.questionsToAsk).toHaveLength(5);
  expect(t.questionsToAsk[4]!.purpose).toBe('closing');
  for (const o of t.openers) {
    expect(OPENER_KINDS.has(o.kind)).toBe(true);
    expect(o.detail.length).toBeGreaterThan(0);
  }
  if (t.resumeMatch) {
    const { percent, shown, missing } = t.resumeMatch;
    expect(Number.isInteger(percent) && percent >= 0 && percent <= 100).toBe(true);
    expect(shown.length + missing.length).toBe(Math.min(25, t.skills.length));
  }
  expect(() => JSON.stringify(t)).not.toThrow();
}

/** Posting-shaped pieces and the characters that break naive parsers. */
const piece = fc.constantFrom(
  '.',
  '?',
  '!',
  '…',
  ';',
  ':',
  ',',
  '(',
  ')',
  '"',
  '“',
  "'",
  '’',
  '-',
  '—',
  '/',
  '&',
  '*',
  '**',
  '#',
  '### ',
  '>',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '\n- ',
  '\n+ ',
  '\n* ',
  '\n• ',
  '\n1. ',
  '%',
  '$',
  '0',
  '7',
  '401(k)',
  'é',
  '\u0301',
  '\u200d',
  '\ufeff',
  '\u202e',
  '\u2028',
  '😀',
  '👩‍💻',
  '\ud800',
  '\udc00',
  '漢',
  'ش',
  'İ',
  'ß',
  'e.g.',
  'L.U.',
  'Dr.',
  'U.S.',
  'Requirements',
  'Benefits',
  "What you'll do",
  'About us',
  'experience with ',
  'knowledge of ',
  'using ',
  'including ',
  'Python',
  'C++',
  'C#',
  'Node.js',
  'Go',
  'Excel',
  'RN license',
  'HubSpot',
  'reduce ',
  'backlog ',
  'Help us ',
  'Our mission is ',
  'We believe ',
  'integrity ',
  'Design and build ',
  'Manage ',
  'Studied at the University of ',
  'Previously at ',
  'We both know ',
  'Recently ',
  'and ',
  'or ',
  'the ',
);
const hostileText = fc.oneof(
  fc.string({ maxLength: 3000 }),
  fc.string({ unit: 'grapheme', maxLength: 1000 }),
  fc.string({ unit: 'binary', maxLength: 1000 }),
  fc.array(piece, { maxLength: 800 }).map((a) => a.join('')),
  fc
    .tuple(
      fc.constantFrom('.', '-', '*', '(', '#', ',', 'a', 'A ', ' ', '\n', '- x\n', 'ab-'),
      fc.integer({ min: 1, max: 4000 }),
    )
    .map(([c, n]) => c.repeat(n)),
);

/** Input the schema refuses: a blank posting, a NUL byte, or a field over its limit. */
function refusable(input: TailorInput): boolean {
  const fields: [string | undefined, number][] = [
    [input.posting as string, MAX_POSTING_CHARS],
    [input.company, MAX_COMPANY_CHARS],
    [input.resume, MAX_RESUME_CHARS],
    [input.interviewers?.[0]?.notes, MAX_NOTES_CHARS],
  ];
  return (
    !(input.posting as string).trim() ||
    fields.some(([f, max]) => f !== undefined && (f.includes('\u0000') || f.length > max))
  );
}

function run(input: TailorInput): void {
  let t: Tailoring;
  try {
    t = tailor(input);
  } catch (e) {
    expect(e).toBeInstanceOf(TailorInputError);
    expect(refusable(input), (e as Error).message).toBe(true);
    return;
  }
  expectWellFormed(input, t);
}

describe('tailor: any input', () => {
  it('never throws but TailorInputError, and returns well-formed output with offsets in the text', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.option(hostileText),
        fc.option(hostileText),
        fc.option(hostileText),
        (posting, company, resume, notes) => {
          run({
            posting,
            company: company ?? undefined,
            resume: resume ?? undefined,
            interviewers: notes === null ? undefined : [{ name: 'Pat Doe', notes }],
          });
        },
      ),
      { numRuns: 250 },
    );
  });

  it('handles pathological postings at the length limit (the test timeout bounds them)', () => {
    const n = MAX_POSTING_CHARS;
    const cases = [
      '.'.repeat(n),
      '('.repeat(n),
      '*'.repeat(n),
      '#'.repeat(n),
      '-'.repeat(n),
      '\n'.repeat(n - 1) + 'x',
      'a-'.repeat(n / 2),
      'A '.repeat(n / 2),
      'ABC '.repeat(n / 4),
      '😀'.repeat(n / 2),
      'e.g. '.repeat(n / 5),
      'experience with '.repeat(n / 16),
      '- Python\n'.repeat(Math.floor(n / 9)),
      '## Requirements\n'.repeat(n / 16),
      'Python, SQL, AWS, '.repeat(Math.floor(n / 18)),
      'Help us reduce wait times. '.repeat(Math.floor(n / 27)),
      'Design and build APIs in TypeScript and Node.js and '.repeat(Math.floor(n / 52)),
      `Senior Engineer\n${'word '.repeat(Math.floor((n - 20) / 5))}`,
    ];
    for (const posting of cases) {
      expect(posting.length).toBeLessThanOrEqual(n);
      const input: TailorInput = {
        posting,
        company: posting.slice(0, MAX_COMPANY_CHARS),
        resume: posting.slice(0, MAX_RESUME_CHARS),
        interviewers: [{ name: 'Pat', notes: posting.slice(0, MAX_NOTES_CHARS) }],
      };
      run(input);
    }
  });
});
