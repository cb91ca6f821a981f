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
export { QUESTIONS, SEED_IDS } from '../data/bank/index.ts';
export type { BankQuestion, Framework } from '../data/bank/index.ts';
export type { Category, StageId } from '../data/bank/index.ts';
export { STAGES, type Stage } from '../data/stages.ts';
export { QUESTIONS_TO_ASK, type QuestionToAsk, type AskPurpose } from '../data/ask.ts';
export { planQuestions, findStage, MAX_PLAN, type PlannedQuestion } from './plan/plan.ts';
export { pickQuestionsToAsk } from './plan/ask.ts';
export { REQUIRED_CHECKS, missingChecks } from './bank/requirements.ts';
export {
  buildAnswer,
  BuildInputError,
  BUILDER_FIELDS,
  MAX_FIELD_CHARS,
  type BuildInput,
  type BuiltAnswer,
  type BuilderField,
} from './builder/build.ts';
export { parseDebrief, DebriefError, type Debrief, type Interviewer } from './followup/debrief.ts';
export {
  composeThankYou,
  reviewThankYou,
  toEml,
  toMailto,
  MAX_BODY_WORDS,
  WINDOW_HOURS,
  type ThankYouEmail,
  type DraftReview,
} from './followup/thank-you.ts';
export {
  tailor,
  parseTailorInput,
  TailorInputError,
  MAX_POSTING_CHARS,
  type Tailoring,
  type TailorInput,
} from './tailor/tailor.ts';
export type { InterviewerNotes, Opener } from './tailor/openers.ts';
export type { RankedSkill } from './tailor/rank.ts';
export type { PredictedQuestion } from './tailor/predict.ts';
export type { PainPoint } from './tailor/company.ts';
export { parseStories, storyText, StoryError, type Story } from './stories/story.ts';
export { coverStories, FIT_THRESHOLD, type Coverage, type StoryFit } from './stories/fit.ts';
export { prepSheet, toMarkdown, type PrepSheetInput } from './prepsheet/sheet.ts';
export { renderPdf } from './prepsheet/pdf.ts';
export type { Doc } from './prepsheet/doc.ts';
export type { InterviewContext, AnswerTailoring } from './tailor/answer.ts';
export { parseInterview, InterviewError, type InterviewInput } from './tailor/interview.ts';
export {
  startMock,
  mockReducer,
  currentPrompt,
  scorecard,
  CLOSING_QUESTION,
  type MockState,
  type MockQuestion,
  type Scorecard,
} from './mock/mock.ts';
