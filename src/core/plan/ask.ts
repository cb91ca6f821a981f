import { QUESTIONS_TO_ASK, type AskPurpose, type QuestionToAsk } from '../../data/ask.ts';
import type { StageId } from '../../data/bank/index.ts';
import { seededRandom, shuffled } from '../random.ts';

/** The purposes worth asking about at each stage, most useful first. */
const PURPOSES_BY_STAGE: Readonly<Record<StageId, readonly AskPurpose[]>> = {
  'recruiter-screen': ['role', 'team', 'success', 'next-steps', 'closing'],
  'hiring-manager': ['problem', 'manager', 'success', 'growth', 'closing', 'team', 'culture'],
  panel: ['team', 'culture', 'role', 'problem', 'closing', 'success'],
  final: ['problem', 'culture', 'growth', 'next-steps', 'closing', 'success'],
};

/** The guide's five go-to questions for the hiring manager, offered first in that round. */
const GO_TO = new Set([
  'biggest-problem-to-solve',
  'who-is-on-the-team',
  'management-style',
  'learning-and-development',
  'anything-not-covered',
]);

export interface AskOptions {
  stage: StageId;
  count?: number;
  seed?: number;
}

/**
 * Proposes questions to ask the interviewer: one per purpose, in the order that suits the
 * stage, preferring those written for that stage. The closing "anything I didn't cover?"
 * question is always among them.
 */
export function pickQuestionsToAsk(
  options: AskOptions,
  pool: readonly QuestionToAsk[] = QUESTIONS_TO_ASK,
): QuestionToAsk[] {
  const count = options.count ?? 5;
  if (!Number.isInteger(count) || count < 1 || count > 10) {
    throw new RangeError('The count must be a whole number from 1 to 10.');
  }
  const purposes = PURPOSES_BY_STAGE[options.stage];
  if (!purposes) throw new RangeError(`Unknown stage "${options.stage}".`);
  const random = seededRandom(options.seed ?? 1);
  const order = [
    ...purposes.filter((p) => p !== 'closing').slice(0, count - 1),
    'closing' as const,
  ];
  const rank = (q: QuestionToAsk): number =>
    (q.id === 'anything-not-covered' ? 4 : 0) +
    (options.stage === 'hiring-manager' && GO_TO.has(q.id) ? 2 : 0) +
    (q.stages.includes(options.stage) ? 1 : 0);
  const picks: QuestionToAsk[] = [];
  for (const purpose of order) {
    const candidates = shuffled(
      pool.filter((q) => q.purpose === purpose),
      random,
    ).sort((a, b) => rank(b) - rank(a));
    if (candidates[0]) picks.push(candidates[0]);
  }
  return picks;
}
