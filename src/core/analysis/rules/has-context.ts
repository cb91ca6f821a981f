import type { Rule } from '../types.ts';
import { firstSentence, missingUnless } from './util.ts';

export const hasContext: Rule = {
  id: 'has-context',
  meta: {
    type: 'structure',
    description: 'The answer places the story in a concrete situation of your own.',
    weight: 10,
    appliesTo: { frameworks: ['carl'] },
    messages: {
      missing:
        'Set the scene before the action: where you were, your role, and what was at stake. For example: "Last spring, as shift lead on a 30-bed ward, we lost two nurses a week before inspection."',
    },
  },
  create: missingUnless((context) => context.derived.checks.context, firstSentence),
};
