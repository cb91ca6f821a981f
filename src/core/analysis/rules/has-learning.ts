import type { Rule } from '../types.ts';
import { lastSentence, missingUnless } from './util.ts';

export const hasLearning: Rule = {
  id: 'has-learning',
  meta: {
    type: 'structure',
    description: 'The answer ends the story with a lesson or a change in how you work.',
    weight: 10,
    appliesTo: { frameworks: ['carl'] },
    messages: {
      missing:
        'Close the story with what it taught you, or what you now do differently. For example: "Since then I agree the hand-off checklist before a project starts, not after."',
    },
  },
  create: missingUnless((context) => context.derived.checks.learning, lastSentence),
};
