import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, AnalyzeInputError, MAX_ANSWER_CHARS } from './analyze.ts';
import type { Analysis } from './types.ts';

const PARTS = new Set(['context', 'action', 'result', 'learning', 'question', 'other']);
const CHECK_KEYS = [
  'context',
  'action',
  'result',
  'quantified',
  'learning',
  'followUpQuestion',
  'blame',
  'weaknessNamed',
  'weaknessCompensation',
  'weaknessImprovement',
];

function expectWellFormed(answer: string, a: Analysis): void {
  expect(Object.keys(a).sort()).toEqual([
    'checks',
    'findings',
    'question',
    'score',
    'sentences',
    'stats',
  ]);
  expect(Object.keys(a.checks).sort()).toEqual([...CHECK_KEYS].sort());
  expect(Number.isInteger(a.score) && a.score >= 0 && a.score <= 100).toBe(true);
  let previousEnd = 0;
  for (const s of a.sentences) {
    expect(PARTS.has(s.part)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(answer.length);
    previousEnd = s.end;
  }
  for (const f of a.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(answer.length);
    expect(f.message).not.toMatch(/\{\{/);
  }
  expect(a.stats.fillerRate).toBeGreaterThanOrEqual(0);
  expect(a.stats.fillerRate).toBeLessThanOrEqual(1);
}

/** Text with the characters that break naive parsers: marks, quotes, emoji, joiners, controls. */
const hostileChar = fc.constantFrom(
  '.',
  '?',
  '!',
  '…',
  '(',
  ')',
  '[',
  ']',
  '"',
  '“',
  '”',
  "'",
  '’',
  '-',
  '—',
  '\n',
  '\r',
  '\t',
  ' ',
  '%',
  '$',
  '€',
  '0',
  '7',
  'I',
  'i',
  'a',
  'é',
  '\u0301',
  '\u200d',
  '\ufeff',
  '\u202e',
  '\u0000',
  '😀',
  '👩‍💻',
  '\ud800',
  '漢',
  'ش',
  'ß',
  ':',
  '*',
  '•',
  '#',
  '>',
  'S',
  'A',
  'R',
);
const hostileText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(hostileChar, { maxLength: 600 }).map((a) => a.join('')),
  fc
    .array(
      fc.constantFrom(
        'I ',
        'we ',
        'led ',
        'the team ',
        'by 20% ',
        'taught me ',
        'um ',
        'my manager was toxic ',
        '(A) ',
        'Result: ',
        '? ',
        '. ',
        '\n- ',
      ),
      { maxLength: 300 },
    )
    .map((a) => a.join('')),
);

describe('analyze: any input', () => {
  it('never throws on non-blank text up to the limit and returns a well-formed analysis', () => {
    fc.assert(
      fc.property(hostileText, fc.option(fc.string({ maxLength: 200 })), (answer, question) => {
        if (!answer.trim()) {
          expect(() => analyze(answer)).toThrow(AnalyzeInputError);
          return;
        }
        expectWellFormed(answer, analyze(answer, { question: question ?? undefined }));
      }),
      { numRuns: 400 },
    );
  });

  it('handles pathological answers at the length limit (the test timeout bounds them)', () => {
    const cases = [
      '('.repeat(MAX_ANSWER_CHARS),
      '.'.repeat(MAX_ANSWER_CHARS),
      'a-'.repeat(MAX_ANSWER_CHARS / 2),
      "a'".repeat(MAX_ANSWER_CHARS / 2),
      '1,'.repeat(MAX_ANSWER_CHARS / 2),
      'I '.repeat(MAX_ANSWER_CHARS / 2),
      '"'.repeat(MAX_ANSWER_CHARS),
      '\n'.repeat(MAX_ANSWER_CHARS - 1) + 'x',
      'I led the team by 20%. '.repeat(Math.floor(MAX_ANSWER_CHARS / 23)),
      '😀'.repeat(MAX_ANSWER_CHARS / 2),
    ];
    for (const answer of cases) {
      expect(answer.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
      expectWellFormed(answer, analyze(answer, { question: 'Tell me about a challenge' }));
    }
  });

  it('rejects empty, blank and over-long answers with a clear error', () => {
    expect(() => analyze('')).toThrow(/empty/);
    expect(() => analyze(' \n\t ')).toThrow(/empty/);
    expect(() => analyze('a'.repeat(MAX_ANSWER_CHARS + 1))).toThrow(/20,001 characters.*20,000/);
    expect(() => analyze('I led it.', { questionId: 'nope' })).toThrow(/Unknown question id/);
  });
});
