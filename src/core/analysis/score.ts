import type { Framework } from '../../data/bank/index.ts';
import { applicableRules } from './engine.ts';
import type { AnswerTailoring } from '../tailor/answer.ts';
import type { Finding, Rule, SeveritySetting } from './types.ts';

/** What decides which rules count: the question, the language, the configured severities. */
export interface ScoreScope {
  framework: Framework;
  id: string | null;
  english: boolean;
  severity: Record<string, SeveritySetting>;
  /** How the answer fits its interview, when it belongs to one: its interview rules count. */
  interview?: AnswerTailoring | null;
}

export interface ScoreLine {
  ruleId: string;
  weight: number;
  lost: number;
}

/**
 * Each rule that applies to the question is worth `meta.weight` points. A rule loses
 * `meta.perFinding` points per finding (all its points when unset), never more than its
 * weight. The score is the share of points kept, 0-100. See docs/scoring.md.
 */
export function scoreLines(
  rules: readonly Rule[],
  findings: readonly Finding[],
  q: ScoreScope,
): ScoreLine[] {
  return applicableRules(rules, q, q.english, q.severity, q.interview ?? null).map((rule) => {
    const count = findings.filter((f) => f.ruleId === rule.id).length;
    const per = rule.meta.perFinding ?? rule.meta.weight;
    return {
      ruleId: rule.id,
      weight: rule.meta.weight,
      lost: Math.min(rule.meta.weight, count * per),
    };
  });
}

export function computeScore(
  rules: readonly Rule[],
  findings: readonly Finding[],
  q: ScoreScope,
): number {
  if (!q.english) return 0;
  const lines = scoreLines(rules, findings, q);
  const total = lines.reduce((s, l) => s + l.weight, 0);
  if (total === 0) return 100;
  const lost = lines.reduce((s, l) => s + l.lost, 0);
  return Math.round((100 * (total - lost)) / total);
}
