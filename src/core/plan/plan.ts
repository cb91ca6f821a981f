import { SEED_IDS, type BankQuestion, type StageId } from '../../data/bank/index.ts';
import { STAGES, type Stage } from '../../data/stages.ts';
import { seededRandom, shuffled } from '../random.ts';

export const MAX_PLAN = 30;

export interface PlanOptions {
  stage: StageId;
  count: number;
  /** Varies the choice within each category; the same seed gives the same plan. */
  seed?: number;
}

export interface PlannedQuestion {
  question: BankQuestion;
  /** Why it is in the plan. */
  reason: string;
}

const SEED_FIRST = new Set(SEED_IDS);

export function findStage(id: string): Stage | undefined {
  return STAGES.find((s) => s.id === id);
}

/**
 * A balanced set of questions for one stage: one question per category in the order of the
 * stage's focus, round after round, so that no theme crowds out the others. In the
 * hiring-manager round "why this company" always comes first.
 */
export function planQuestions(
  bank: readonly BankQuestion[],
  options: PlanOptions,
): PlannedQuestion[] {
  const stage = findStage(options.stage);
  if (!stage) throw new RangeError(`Unknown stage "${options.stage}".`);
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > MAX_PLAN) {
    throw new RangeError(`The count must be a whole number from 1 to ${MAX_PLAN}.`);
  }
  const random = seededRandom(options.seed ?? 1);
  const fits = bank.filter((q) => q.stages.includes(stage.id));
  const categories = [...new Set([...stage.focus, ...fits.map((q) => q.category)])];
  const queues = new Map(
    categories.map((c) => {
      const inCategory = fits.filter((q) => q.category === c);
      // The guide's nine come first in their category, the rest in a seeded order.
      const seed = inCategory.filter((q) => SEED_FIRST.has(q.id));
      return [
        c,
        [
          ...seed,
          ...shuffled(
            inCategory.filter((q) => !SEED_FIRST.has(q.id)),
            random,
          ),
        ],
      ];
    }),
  );
  const plan: PlannedQuestion[] = [];
  const take = (q: BankQuestion, reason: string): void => {
    plan.push({ question: q, reason });
    for (const queue of queues.values()) {
      const i = queue.indexOf(q);
      if (i >= 0) queue.splice(i, 1);
    }
  };
  const anchor =
    stage.id === 'hiring-manager' ? fits.find((q) => q.id === 'why-this-company') : undefined;
  if (anchor)
    take(
      anchor,
      'One of the most important questions of this round: show you have done your research.',
    );
  // The anchor counts as the first round's question of its category.
  let skip = new Set(plan.map((p) => p.question.category));
  while (plan.length < options.count) {
    let added = false;
    for (const c of categories) {
      if (plan.length >= options.count) break;
      if (skip.has(c)) continue;
      const q = queues.get(c)?.[0];
      if (!q) continue;
      const focus = stage.focus.indexOf(c);
      take(
        q,
        focus >= 0
          ? `${stage.name}: ${c.replace(/-/g, ' ')} is theme ${focus + 1} of this stage.`
          : `Adds a ${c.replace(/-/g, ' ')} question for balance.`,
      );
      added = true;
    }
    if (!added && skip.size === 0) break;
    skip = new Set();
  }
  return plan;
}
