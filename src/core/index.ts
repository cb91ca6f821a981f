/** secondround's core: pure analysis that runs unchanged in Node, the browser and the CLI. */
export {
  analyze,
  validateAnswer,
  AnalyzeInputError,
  MAX_ANSWER_CHARS,
  SPEAKING_WPM,
} from './analysis/analyze.ts';
export type { AnalyzeOptions } from './analysis/analyze.ts';
export type { Analysis, Checks, Finding, Part, Severity, Stats } from './analysis/types.ts';
export { RULES } from './analysis/rules/index.ts';
export { scoreLines } from './analysis/score.ts';
export { DEFAULT_SEVERITY } from './analysis/config.ts';
export { matchQuestion, findQuestion } from './bank/match.ts';
export { QUESTIONS } from '../data/questions.ts';
export type { BankQuestion, Framework } from '../data/questions.ts';
