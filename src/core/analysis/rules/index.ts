import type { Rule } from '../types.ts';
import { achievementMeaning } from './achievement-meaning.ts';
import { challengeObstacle } from './challenge-obstacle.ts';
import { companySpecific } from './company-specific.ts';
import { consistentFigures } from './consistent-figures.ts';
import { decisionTradeoff } from './decision-tradeoff.ts';
import { endsWithQuestion } from './ends-with-question.ts';
import { englishOnly } from './english-only.ts';
import { fiveYearsCommitment } from './five-years-commitment.ts';
import { hasAction } from './has-action.ts';
import { hasContext } from './has-context.ts';
import { hasLearning } from './has-learning.ts';
import { hasResult } from './has-result.ts';
import { leadershipPeople } from './leadership-people.ts';
import { noBlame } from './no-blame.ts';
import { noFiller } from './no-filler.ts';
import { noGenericAnswer } from './no-generic-answer.ts';
import { noGenericClaims } from './no-generic-claims.ts';
import { noHedging } from './no-hedging.ts';
import { noReusedAnswer } from './no-reused-answer.ts';
import { resultQuantified } from './result-quantified.ts';
import { speakingTime } from './speaking-time.ts';
import { strengthEvidence } from './strength-evidence.ts';
import { weaknessCompensation } from './weakness-compensation.ts';
import { weaknessGenuine } from './weakness-genuine.ts';
import { weaknessImprovement } from './weakness-improvement.ts';
import { whyLeftForward } from './why-left-forward.ts';

/** Every rule, in the order their findings are explained. The file name is the rule id. */
export const RULES: readonly Rule[] = [
  englishOnly,
  hasContext,
  hasAction,
  hasResult,
  resultQuantified,
  hasLearning,
  endsWithQuestion,
  noBlame,
  noGenericClaims,
  noHedging,
  noFiller,
  speakingTime,
  weaknessGenuine,
  weaknessCompensation,
  weaknessImprovement,
  companySpecific,
  strengthEvidence,
  fiveYearsCommitment,
  challengeObstacle,
  leadershipPeople,
  achievementMeaning,
  decisionTradeoff,
  whyLeftForward,
  noGenericAnswer,
  noReusedAnswer,
  consistentFigures,
];
