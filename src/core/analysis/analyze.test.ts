import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { GOOD_CARL, GOOD_WEAKNESS } from './rules/test-answers.ts';

const textOf = (answer: string, s: { start: number; end: number }): string =>
  answer.slice(s.start, s.end);

describe('analyze', () => {
  it('marks each sentence of a CARL answer with the part it plays', () => {
    const a = analyze(GOOD_CARL, { question: 'Tell me about a major challenge at work' });
    expect(a.sentences.map((s) => s.part)).toEqual([
      'context',
      'action',
      'result',
      'learning',
      'question',
    ]);
    expect(a.checks).toMatchObject({
      context: true,
      action: true,
      result: true,
      quantified: true,
      learning: true,
      followUpQuestion: true,
      blame: false,
      weaknessNamed: null,
    });
    expect(a.question.id).toBe('major-challenge');
    expect(a.score).toBeGreaterThanOrEqual(85);
  });

  it('scores a thin answer lower and says what to change', () => {
    const thin = analyze("I'm a hard worker and I think I'm a team player.", {
      question: 'Tell me about a challenge you faced',
    });
    expect(thin.score).toBeLessThan(50);
    const rules = thin.findings.map((f) => f.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining([
        'has-context',
        'has-action',
        'has-result',
        'no-generic-claims',
        'no-hedging',
      ]),
    );
    for (const f of thin.findings) expect(f.message).toMatch(/e\.g\.|For example|"/);
  });

  it('runs the weakness checks only on weakness questions', () => {
    const w = analyze(GOOD_WEAKNESS, { question: "What's your biggest weakness?" });
    expect(w.question.id).toBe('weaknesses');
    expect(w.checks).toMatchObject({
      weaknessNamed: true,
      weaknessCompensation: true,
      weaknessImprovement: true,
    });
    const other = analyze(GOOD_WEAKNESS, { question: 'Why do you want to work here?' });
    expect(other.checks.weaknessNamed).toBeNull();
  });

  it('gives an answer in another language one finding, not a page of false alarms', () => {
    const a = analyze(
      'Dans mon poste précédent, j’ai dirigé une équipe de cinq personnes et nous avons réduit les délais de moitié.',
    );
    expect(a.findings.map((f) => f.ruleId)).toEqual(['english-only']);
  });

  it('counts words, I and we, fillers and speaking time', () => {
    const a = analyze('Um, we shipped it. I wrote the tests, you know, and we celebrated.');
    expect(a.stats).toMatchObject({ words: 13, sentences: 2, iCount: 1, weCount: 2 });
    expect(a.stats.fillerRate).toBeCloseTo(3 / 13, 2);
    expect(a.stats.speakingSeconds).toBe(6);
  });

  it('points each finding at the words it is about', () => {
    const answer =
      'I left because my manager was toxic. I am looking for a team that ships weekly.';
    const a = analyze(answer, { question: 'Why did you leave your last job?' });
    const blame = a.findings.find((f) => f.ruleId === 'no-blame');
    expect(blame && textOf(answer, blame)).toBe('toxic');
    expect(a.checks.blame).toBe(true);
  });

  it('takes rule severities and options as ESLint does', () => {
    const base = analyze(GOOD_CARL);
    expect(base.findings.some((f) => f.ruleId === 'speaking-time')).toBe(true);
    const off = analyze(GOOD_CARL, { rules: { 'speaking-time': 'off' } });
    expect(off.findings.some((f) => f.ruleId === 'speaking-time')).toBe(false);
    expect(off.score).toBeGreaterThan(base.score);
    const shorter = analyze(GOOD_CARL, {
      rules: { 'speaking-time': ['error', { minSeconds: 20 }] },
    });
    expect(shorter.findings.some((f) => f.ruleId === 'speaking-time')).toBe(false);
    const strict = analyze(GOOD_CARL, { rules: { 'ends-with-question': 'error' } });
    expect(strict.findings.every((f) => f.ruleId !== 'ends-with-question')).toBe(true);
  });
});
