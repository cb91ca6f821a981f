import type { Framework } from '../../data/bank/index.ts';
import type { Checks } from '../analysis/types.ts';

/**
 * The checks an answer to each kind of question calls for. Every answer must also avoid blame.
 * A CARL story needs all four parts and a measured result; a strength needs evidence; a
 * weakness its three parts; a motivation answer its own question-specific checks.
 */
export const REQUIRED_CHECKS: Readonly<Record<Framework, readonly (keyof Checks)[]>> = {
  carl: ['context', 'action', 'result', 'quantified', 'learning', 'followUpQuestion'],
  strength: ['action', 'result', 'quantified', 'followUpQuestion'],
  motivation: ['followUpQuestion'],
  weakness: ['weaknessNamed', 'weaknessCompensation', 'weaknessImprovement', 'followUpQuestion'],
};

/** The required checks an analysis misses (blame counts as missed when present). */
export function missingChecks(framework: Framework, checks: Checks): (keyof Checks)[] {
  const missing = REQUIRED_CHECKS[framework].filter((k) => checks[k] !== true);
  return checks.blame ? [...missing, 'blame'] : missing;
}
