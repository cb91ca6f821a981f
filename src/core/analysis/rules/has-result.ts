import type { Rule } from '../types.ts';
import { lastSentence, missingUnless } from './util.ts';

export const hasResult: Rule = {
  id: 'has-result',
  meta: {
    type: 'structure',
    description: 'The answer states the outcome of what you did.',
    weight: 15,
    appliesTo: { frameworks: ['carl'] },
    messages: {
      missing:
        'Tell the interviewer how it ended: what changed because of what you did? For example: "We went live on the planned date and support tickets fell by a third."',
    },
  },
  create: missingUnless((context) => context.derived.checks.result, lastSentence),
};
