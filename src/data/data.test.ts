import { describe, expect, it } from 'vitest';
import * as GRAMMAR from './lexicon/grammar.ts';
import * as LEXICON from './lexicon/index.ts';
import * as QUESTION_LISTS from './lexicon/questions.ts';

describe('word lists', () => {
  for (const [name, list] of Object.entries({ ...LEXICON, ...QUESTION_LISTS, ...GRAMMAR })) {
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
