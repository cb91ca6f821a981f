import { expect, it } from 'vitest';
import { findQuestion, matchQuestion } from '../bank/match.ts';
import { parse } from '../text/parse.ts';
import { derive } from './derive.ts';
import { runRules } from './engine.ts';
import { answerFacts } from './facts.ts';
import type { Rule } from './types.ts';
import { tailorAnswer, type InterviewContext } from '../tailor/answer.ts';

export interface ValidCase {
  answer: string;
  question?: string;
  /** Why this case must pass: a near miss says what it nearly matched. */
  note?: string;
  /** The interview the answer belongs to, for the interview rules. */
  interview?: InterviewContext;
}
export interface InvalidCase extends ValidCase {
  /** Each expected finding: its message id and the exact highlighted text. */
  errors: { messageId: string; text?: string }[];
}

/**
 * Table tests for one rule, as ESLint's RuleTester: every valid case yields no finding of
 * the rule, every invalid case exactly the listed ones. Fails on an invalid case without
 * errors, on duplicate cases and on message ids the rule does not declare.
 */
export function runRuleTests(
  rule: Rule,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
): void {
  const seen = new Set<string>();
  const key = (c: ValidCase): string =>
    `${c.question ?? ''}\u0000${c.answer}\u0000${c.interview ? JSON.stringify(c.interview) : ''}`;
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (seen.has(key(c)))
      throw new Error(`${rule.id}: duplicate test case: ${c.answer.slice(0, 60)}`);
    seen.add(key(c));
  }
  for (const c of cases.invalid) {
    if (c.errors.length === 0)
      throw new Error(`${rule.id}: an invalid case must expect at least one error`);
    for (const e of c.errors) {
      if (!(e.messageId in rule.meta.messages))
        throw new Error(`${rule.id}: unknown message id "${e.messageId}"`);
    }
  }
  if (cases.valid.length === 0 || cases.invalid.length === 0) {
    throw new Error(`${rule.id}: needs both valid and invalid cases`);
  }

  const run = (c: ValidCase): { messageId: string; text: string }[] => {
    const ref = c.question ? matchQuestion(c.question) : { id: null };
    const framework = (ref.id && findQuestion(ref.id)?.framework) || 'carl';
    const parsed = parse(c.answer);
    const facts = answerFacts(parsed, framework);
    const out: { messageId: string; text: string }[] = [];
    runRules([rule], {
      text: c.answer,
      facts,
      derived: derive(facts),
      question: { id: ref.id, framework },
      interview: c.interview
        ? { answer: tailorAnswer(parsed, c.interview), tailoring: c.interview.tailoring }
        : null,
      severity: { [rule.id]: 'warning' },
      onReport: (f, messageId) => out.push({ messageId, text: c.answer.slice(f.start, f.end) }),
    });
    return out;
  };

  for (const c of cases.valid) {
    it(`valid: ${c.note ?? c.answer.slice(0, 70)}`, () => {
      expect(run(c)).toEqual([]);
    });
  }
  for (const c of cases.invalid) {
    it(`invalid: ${c.note ?? c.answer.slice(0, 70)}`, () => {
      const got = run(c);
      expect(got.map((g) => g.messageId)).toEqual(c.errors.map((e) => e.messageId));
      c.errors.forEach((e, i) => {
        if (e.text !== undefined) expect(got[i]!.text).toBe(e.text);
      });
    });
  }
}
