import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analysis/analyze.ts';
import { missingChecks } from '../../core/bank/requirements.ts';
import { STAGES } from '../stages.ts';
import { QUESTIONS, SEED_IDS } from './index.ts';

const GUIDE_NINE = [
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
const COVERED = [
  'motivation',
  'strengths',
  'career-goals',
  'challenge',
  'problem-solving',
  'experience',
  'leadership',
  'achievement',
  'decision',
  'conflict',
  'failure',
  'teamwork',
  'pressure',
  'ambiguity',
  'influence',
  'customer',
  'learning',
  'why-left',
  'weaknesses',
  'culture',
  'scenario',
];

describe('question bank', () => {
  it("has at least 80 questions, the guide's nine first with their fixed ids", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(80);
    expect(SEED_IDS).toEqual(GUIDE_NINE);
    expect(QUESTIONS.slice(0, 9).map((q) => q.id)).toEqual(GUIDE_NINE);
  });

  it('covers every theme of the round', () => {
    const categories = new Set(QUESTIONS.map((q) => q.category));
    for (const c of COVERED) expect(categories, c).toContain(c);
  });

  it('gives every question all its parts, in kebab-case, with distinct paraphrases', () => {
    const stages = new Set(STAGES.map((s) => s.id));
    const seen = new Map<string, string>();
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) {
      expect(q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(q.paraphrases.length, q.id).toBeGreaterThanOrEqual(4);
      expect(q.stages.length, q.id).toBeGreaterThan(0);
      for (const s of q.stages) expect(stages.has(s), `${q.id} stage ${s}`).toBe(true);
      for (const text of [q.question, q.assesses, q.howToAnswer, q.structure, q.exampleAnswer]) {
        expect(text.trim().length, q.id).toBeGreaterThan(10);
      }
      expect(q.pitfalls.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.followUps.length, q.id).toBeGreaterThanOrEqual(2);
      for (const p of [q.question, ...q.paraphrases]) {
        const key = p
          .toLowerCase()
          .replace(/[^a-z0-9 ]/g, '')
          .trim();
        expect(seen.get(key), `"${p}" is in ${q.id} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, q.id);
      }
    }
  });

  // A rule change that breaks an example answer fails here.
  describe.each(QUESTIONS.map((q) => [q.id, q] as const))('example answer of %s', (_, q) => {
    it('meets the checks its question calls for and scores at least 80', () => {
      const a = analyze(q.exampleAnswer, { questionId: q.id });
      expect(missingChecks(q.framework, a.checks)).toEqual([]);
      expect(a.score).toBeGreaterThanOrEqual(80);
    });
  });
});
