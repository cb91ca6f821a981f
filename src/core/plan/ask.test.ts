import { describe, expect, it } from 'vitest';
import { QUESTIONS_TO_ASK } from '../../data/ask.ts';
import { STAGES } from '../../data/stages.ts';
import { pickQuestionsToAsk } from './ask.ts';

describe('questions to ask', () => {
  it('has at least 30, covering every purpose, each saying when it fits and what it tells you', () => {
    expect(QUESTIONS_TO_ASK.length).toBeGreaterThanOrEqual(30);
    const purposes = new Set(QUESTIONS_TO_ASK.map((q) => q.purpose));
    for (const p of ['problem', 'team', 'manager', 'growth', 'culture', 'next-steps', 'closing'])
      expect(purposes).toContain(p);
    expect(new Set(QUESTIONS_TO_ASK.map((q) => q.id)).size).toBe(QUESTIONS_TO_ASK.length);
    for (const q of QUESTIONS_TO_ASK) {
      expect(q.question).toMatch(/\?$/);
      expect(q.whenItFits.length).toBeGreaterThan(20);
      expect(q.whatItTellsYou.length).toBeGreaterThan(20);
      expect(q.stages.length).toBeGreaterThan(0);
    }
  });

  it('proposes five for each stage, one per purpose, ending with "anything I didn\'t cover?"', () => {
    for (const stage of STAGES) {
      const picks = pickQuestionsToAsk({ stage: stage.id });
      expect(picks).toHaveLength(5);
      expect(new Set(picks.map((q) => q.purpose)).size).toBe(5);
      expect(picks[picks.length - 1]!.id).toBe('anything-not-covered');
    }
  });

  it('leads the hiring-manager round with the biggest problem the hire should solve', () => {
    const picks = pickQuestionsToAsk({ stage: 'hiring-manager' });
    expect(picks[0]!.id).toBe('biggest-problem-to-solve');
    expect(picks.map((q) => q.purpose)).toContain('manager');
  });

  it('refuses a count out of range', () => {
    expect(() => pickQuestionsToAsk({ stage: 'panel', count: 0 })).toThrow(/1 to 10/);
  });
});
