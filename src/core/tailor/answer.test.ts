import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze.ts';
import { WARD_INTERVIEW, WARD_POSTING } from '../analysis/rules/test-answers.ts';

const ANSWER =
  'At Riverbend-sized wards the rota is always the problem. Last winter I rebuilt our staffing rota around peak admissions and coached two graduate nurses through Epic charting. Patient wait times for post-operative assessment fell from 50 to 20 minutes. It taught me to plan for the peaks. How do you build the rota here?';

describe('answers read against their interview', () => {
  it('reports the posting skills and pain points the answer addresses, with offsets', () => {
    const a = analyze(ANSWER, { interview: WARD_INTERVIEW });
    const t = a.tailoring!;
    expect(t.company).toBe('Riverbend Health');
    expect(t.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Epic']));
    for (const s of t.skills) expect(ANSWER.slice(s.start, s.end).length).toBeGreaterThan(0);
    const pains = t.painPoints.map((p) => p.summary);
    expect(pains.some((p) => p.startsWith('Reduce patient wait times'))).toBe(true);
    expect(pains.some((p) => p.startsWith('Build the staffing rota'))).toBe(true);
    expect(t.generic).toBe(false);
    expect(t.reusedAt).toEqual([]);
    expect(t.figures).toEqual([]);
  });

  it('names the company and its mission when the answer does', () => {
    const a = analyze(
      'I want to join Riverbend Health because safe, unhurried care close to home is why I became a nurse. What would my first month look like?',
      { question: 'Why do you want to work here?', interview: WARD_INTERVIEW },
    );
    expect(a.tailoring).toMatchObject({ namesCompany: true, mission: true, generic: false });
    expect(a.findings.map((f) => f.ruleId)).not.toContain('no-generic-answer');
  });

  it('leaves the analysis unchanged, without `tailoring`, when there is no interview', () => {
    const plain = analyze(ANSWER);
    expect(plain.tailoring).toBeUndefined();
    expect(plain.findings.some((f) => f.ruleId === 'no-generic-answer')).toBe(false);
  });

  it('counts the interview rules in the score only for answers of an interview', () => {
    const generic = 'I am a hard worker and a team player who always gives my best.';
    expect(analyze(generic, { interview: WARD_INTERVIEW }).score).toBeLessThan(
      analyze(generic).score,
    );
    expect(WARD_POSTING).toContain('Riverbend');
  });
});
