import type { Rule } from '../types.ts';
import { lastSentence, missingUnless } from './util.ts';

export const weaknessImprovement: Rule = {
  id: 'weakness-improvement',
  meta: {
    type: 'substance',
    description: 'A weakness answer shows a deliberate effort to keep improving.',
    weight: 15,
    appliesTo: { frameworks: ['weakness'] },
    messages: {
      missing:
        'Show how you keep getting better, not only how you cope: a course, practice, coaching, feedback. For example: "I signed up for a presenting workshop and now volunteer for the monthly team demo."',
    },
  },
  create: missingUnless(
    (context) => context.derived.checks.weaknessImprovement !== false,
    lastSentence,
  ),
};
