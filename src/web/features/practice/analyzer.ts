/** What live feedback needs from the core: loaded lazily, so the first page stays small. */
export { analyze, MAX_ANSWER_CHARS } from '../../../core/analysis/analyze.ts';
export { REQUIRED_CHECKS } from '../../../core/bank/requirements.ts';
export type { Analysis, Checks, Part } from '../../../core/analysis/types.ts';
export {
  startMock,
  mockReducer,
  currentPrompt,
  scorecard,
  CLOSING_QUESTION,
} from '../../../core/mock/mock.ts';
export type { MockState, MockQuestion } from '../../../core/mock/mock.ts';
export { planQuestions } from '../../../core/plan/plan.ts';
export { QUESTIONS } from '../../../data/bank/index.ts';
export { findQuestion } from '../../../core/bank/match.ts';
export {
  composeThankYou,
  reviewThankYou,
  toEml,
  toMailto,
  type ThankYouEmail,
  type DraftReview,
} from '../../../core/followup/thank-you.ts';
export { parseDebrief, DebriefError, type Debrief } from '../../../core/followup/debrief.ts';
