import { describe, expect, it } from 'vitest';
import * as LEXICON from './lexicon/index.ts';
import * as QUESTION_LISTS from './lexicon/questions.ts';
import { QUESTIONS } from './questions.ts';

const SEED_IDS = [
  'why-this-company',
  'strengths',
  'five-years',
  'major-challenge',
  'leadership',
  'proudest-achievement',
  'tough-decision',
  'why-you-left',
  'weaknesses',
];

describe('word lists', () => {
  for (const [name, list] of Object.entries({ ...LEXICON, ...QUESTION_LISTS })) {
    it(`${name} is a sorted, deduplicated, lower-case list`, () => {
      expect(Array.isArray(list)).toBe(true);
      expect(list.length).toBeGreaterThan(0);
      expect([...new Set(list)].sort()).toEqual(list);
      for (const entry of list) {
        expect(entry).toBe(entry.toLowerCase());
        expect(entry).toBe(entry.trim());
      }
    });
  }
});

describe('question bank', () => {
  it('has the nine questions of the second-round guide with their fixed ids', () => {
    for (const id of SEED_IDS) expect(QUESTIONS.map((q) => q.id)).toContain(id);
  });
  it('has unique kebab-case ids and at least four paraphrases each', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) {
      expect(q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(q.paraphrases.length).toBeGreaterThanOrEqual(4);
      expect(new Set(q.paraphrases).size).toBe(q.paraphrases.length);
    }
  });
});
