import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../data/bank/index.ts';
import { STAGES } from '../../data/stages.ts';
import { planQuestions } from './plan.ts';

describe('planQuestions', () => {
  it('opens the hiring-manager plan with "why this company" and spreads the rest over themes', () => {
    const plan = planQuestions(QUESTIONS, { stage: 'hiring-manager', count: 8 });
    expect(plan).toHaveLength(8);
    expect(plan[0]!.question.id).toBe('why-this-company');
    const categories = plan.map((p) => p.question.category);
    expect(new Set(categories).size).toBe(8);
    for (const p of plan) {
      expect(p.question.stages).toContain('hiring-manager');
      expect(p.reason.length).toBeGreaterThan(10);
    }
  });

  it('gives every stage a plan drawn from its own questions, without repeats', () => {
    for (const stage of STAGES) {
      const plan = planQuestions(QUESTIONS, { stage: stage.id, count: 12 });
      expect(plan.length).toBeGreaterThanOrEqual(
        Math.min(12, QUESTIONS.filter((q) => q.stages.includes(stage.id)).length),
      );
      expect(new Set(plan.map((p) => p.question.id)).size).toBe(plan.length);
      expect(plan.map((p) => p.question.category)[0]).toBe(
        stage.id === 'hiring-manager' ? 'motivation' : stage.focus[0],
      );
    }
  });

  it('is reproducible for a seed and varies with it', () => {
    const a = planQuestions(QUESTIONS, { stage: 'panel', count: 10, seed: 7 });
    expect(planQuestions(QUESTIONS, { stage: 'panel', count: 10, seed: 7 })).toEqual(a);
    const others = [1, 2, 3, 4, 5].map((seed) =>
      planQuestions(QUESTIONS, { stage: 'panel', count: 10, seed })
        .map((p) => p.question.id)
        .join(),
    );
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it('refuses an unknown stage and a count out of range', () => {
    expect(() => planQuestions(QUESTIONS, { stage: 'lunch' as never, count: 5 })).toThrow(
      /Unknown stage/,
    );
    expect(() => planQuestions(QUESTIONS, { stage: 'final', count: 0 })).toThrow(/1 to 30/);
    expect(() => planQuestions(QUESTIONS, { stage: 'final', count: 2.5 })).toThrow(/whole number/);
  });
});
