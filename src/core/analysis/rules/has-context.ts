import type { Rule } from '../types.ts';
import { firstSentence } from './util.ts';

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
  create(context) {
    return {
      answer() {
        if (!context.derived.checks.context) {
          context.report({ messageId: 'missing', span: firstSentence(context.facts) });
        }
      },
    };
  },
};
