import type { Rule } from '../types.ts';
import { lastSentence, missingUnless } from './util.ts';

export const endsWithQuestion: Rule = {
  id: 'ends-with-question',
  meta: {
    type: 'structure',
    description: 'The answer hands the conversation back with a question to the interviewer.',
    weight: 5,
    messages: {
      missing:
        'End with a short question back to the interviewer, so the interview becomes a conversation. For example: "How does your team handle hand-offs like that today?"',
    },
  },
  create: missingUnless((context) => context.derived.checks.followUpQuestion, lastSentence),
};
