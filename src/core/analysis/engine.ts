import type { Framework } from '../../data/bank/index.ts';
import type { AnswerFacts } from './facts.ts';
import type { AnswerTailoring, InterviewFacts } from '../tailor/answer.ts';
import type { Derived, Finding, Rule, RuleOptions, SeveritySetting } from './types.ts';

export interface EngineInput {
  text: string;
  facts: AnswerFacts;
  derived: Derived;
  question: { id: string | null; framework: Framework };
  interview?: InterviewFacts | null;
  severity: Record<string, SeveritySetting>;
  /** Option overrides by rule id, merged over each rule's defaultOptions. */
  ruleOptions?: Record<string, RuleOptions>;
  /** Called with each finding and the message id it came from (the rule tester listens). */
  onReport?: (finding: Finding, messageId: string) => void;
}

/**
 * Rules that run on the answer: every rule, or only the language rule when it is not English.
 * Interview rules run only when the answer belongs to an interview.
 */
export function applicableRules(
  rules: readonly Rule[],
  question: { id: string | null; framework: Framework },
  english: boolean,
  severity: Record<string, SeveritySetting>,
  interview: AnswerTailoring | null = null,
): Rule[] {
  return rules.filter((rule) => {
    if ((severity[rule.id] ?? 'warning') === 'off') return false;
    if (!english) return rule.id === 'english-only';
    const scope = rule.meta.appliesTo;
    if (!scope) return true;
    if (scope.interview) {
      if (!interview) return false;
      if (typeof scope.interview === 'function' && !scope.interview(interview)) return false;
    }
    if (!scope.frameworks && !scope.questions) return true;
    if (scope.frameworks?.includes(question.framework)) return true;
    return question.id !== null && (scope.questions?.includes(question.id) ?? false);
  });
}

const fill = (template: string, data: Record<string, string | number> = {}): string =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(data[key] ?? `{{${key}}}`));

/** Runs the rules over one answer's facts and collects their findings, in text order. */
export function runRules(rules: readonly Rule[], input: EngineInput): Finding[] {
  const findings: Finding[] = [];
  const interview = input.interview ?? null;
  for (const rule of applicableRules(
    rules,
    input.question,
    input.facts.english,
    input.severity,
    interview?.answer ?? null,
  )) {
    const severity = input.severity[rule.id] ?? 'warning';
    if (severity === 'off') continue;
    const handlers = rule.create({
      text: input.text,
      facts: input.facts,
      derived: input.derived,
      question: input.question,
      interview,
      options: { ...rule.meta.defaultOptions, ...input.ruleOptions?.[rule.id] },
      report({ messageId, data, span }) {
        const template = rule.meta.messages[messageId];
        if (template === undefined)
          throw new Error(`Rule ${rule.id} has no message "${messageId}".`);
        const finding: Finding = {
          ruleId: rule.id,
          severity,
          message: fill(template, data),
          start: span.start,
          end: span.end,
        };
        findings.push(finding);
        input.onReport?.(finding, messageId);
      },
    });
    if (handlers.sentence) input.facts.sentences.forEach((s, i) => handlers.sentence!(s, i));
    handlers.answer?.();
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
