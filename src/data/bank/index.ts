import { BEHAVIOURAL_CORE_QUESTIONS } from './behavioural-core.ts';
import { BEHAVIOURAL_TEAM_QUESTIONS } from './behavioural-team.ts';
import { MOTIVATION_QUESTIONS } from './motivation.ts';
import { SCENARIOS_QUESTIONS } from './scenarios.ts';
import { SEED_QUESTIONS } from './seed.ts';
import type { BankQuestion } from './types.ts';

export type { BankQuestion, Category, Framework, StageId } from './types.ts';

/** The question bank: the guide's nine first, then the rest by theme. */
export const QUESTIONS: readonly BankQuestion[] = [
  ...SEED_QUESTIONS,
  ...MOTIVATION_QUESTIONS,
  ...BEHAVIOURAL_CORE_QUESTIONS,
  ...BEHAVIOURAL_TEAM_QUESTIONS,
  ...SCENARIOS_QUESTIONS,
];

/** The ids of the guide's nine questions. */
export const SEED_IDS: readonly string[] = SEED_QUESTIONS.map((q) => q.id);
