import { findQuestion, matchQuestion } from '../bank/match.ts';
import { tailorAnswer, type InterviewContext } from '../tailor/answer.ts';
import { parse } from '../text/parse.ts';
import type { Framework } from '../../data/bank/index.ts';
import { DEFAULT_SEVERITY } from './config.ts';
import { derive } from './derive.ts';
import { answerFacts } from './facts.ts';
import { RULES } from './rules/index.ts';
import { runRules } from './engine.ts';
import { computeScore } from './score.ts';
import type {
  Analysis,
  QuestionRef,
  RuleOptions,
  RuleSetting,
  SeveritySetting,
  Stats,
} from './types.ts';

import { MAX_ANSWER_CHARS, SPEAKING_WPM } from './constants.ts';

export { MAX_ANSWER_CHARS, SPEAKING_WPM };

export interface AnalyzeOptions {
  /** The question as asked, in free text: recognised against the bank. */
  question?: string;
  /** A bank question id; wins over `question`. */
  questionId?: string;
  /**
   * Per-rule configuration, as ESLint's: a severity ('off' disables the rule), or
   * [severity, options] to change a rule's options, e.g. { 'speaking-time': ['info', { maxSeconds: 90 }] }.
   */
  rules?: Record<string, RuleSetting>;
  /** The interview the answer belongs to: adds tailored checks and `tailoring` to the result. */
  interview?: InterviewContext;
}

export class AnalyzeInputError extends Error {
  constructor(
    readonly code: 'empty' | 'too-long' | 'unknown-question' | 'not-text',
    message: string,
  ) {
    super(message);
  }
}

function resolveQuestion(options: AnalyzeOptions): { ref: QuestionRef; framework: Framework } {
  if (options.questionId !== undefined) {
    const q = findQuestion(options.questionId);
    if (!q)
      throw new AnalyzeInputError(
        'unknown-question',
        `Unknown question id "${options.questionId}".`,
      );
    return { ref: { id: q.id, confidence: 1 }, framework: q.framework };
  }
  if (options.question && options.question.trim()) {
    const ref = matchQuestion(options.question);
    const framework = (ref.id && findQuestion(ref.id)?.framework) || 'carl';
    return { ref, framework };
  }
  return { ref: { id: null, confidence: 0 }, framework: 'carl' };
}

/** Checks that an answer can be analysed; throws AnalyzeInputError with a clear message if not. */
export function validateAnswer(answer: unknown): string {
  if (typeof answer !== 'string')
    throw new AnalyzeInputError('not-text', 'The answer must be text.');
  if (answer.trim().length === 0) throw new AnalyzeInputError('empty', 'The answer is empty.');
  if (answer.length > MAX_ANSWER_CHARS) {
    throw new AnalyzeInputError(
      'too-long',
      `The answer is ${answer.length.toLocaleString('en-US')} characters long; the limit is ${MAX_ANSWER_CHARS.toLocaleString('en-US')}.`,
    );
  }
  return answer;
}

/**
 * Analyses an interview answer: CARL parts, checks, findings with what to change, a score
 * and speaking statistics. Pure and synchronous; one parse per answer.
 */
export function analyze(answer: string, options: AnalyzeOptions = {}): Analysis {
  validateAnswer(answer);
  const { ref, framework } = resolveQuestion(options);
  const parsed = parse(answer);
  const facts = answerFacts(parsed, framework);
  const derived = derive(facts);
  const interview = options.interview
    ? { answer: tailorAnswer(parsed, options.interview), tailoring: options.interview.tailoring }
    : null;
  const severity: Record<string, SeveritySetting> = { ...DEFAULT_SEVERITY };
  const ruleOptions: Record<string, RuleOptions> = {};
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (Array.isArray(setting)) {
      severity[id] = setting[0];
      ruleOptions[id] = setting[1];
    } else severity[id] = setting;
  }
  const findings = runRules(RULES, {
    text: answer,
    facts,
    derived,
    question: { id: ref.id, framework },
    interview,
    severity,
    ruleOptions,
  });
  const words = parsed.words.length;
  const fillerWords = parsed.words.filter((w) =>
    derived.fillers.some((f) => w.start >= f.start && w.end <= f.end),
  ).length;
  const stats: Stats = {
    words,
    sentences: parsed.sentences.length,
    speakingSeconds: Math.round((words / SPEAKING_WPM) * 60),
    fillerRate: words ? Math.round((fillerWords / words) * 1000) / 1000 : 0,
    iCount: facts.iCount,
    weCount: facts.weCount,
  };
  return {
    question: ref,
    checks: derived.checks,
    sentences: facts.sentences.map((s) => ({
      start: s.sentence.start,
      end: s.sentence.end,
      part: s.part,
    })),
    findings,
    score: computeScore(RULES, findings, {
      framework,
      id: ref.id,
      english: facts.english,
      severity,
      interview: interview?.answer ?? null,
    }),
    stats,
    ...(interview ? { tailoring: interview.answer } : {}),
  };
}
