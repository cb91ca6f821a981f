import type { Rule } from '../types.ts';
import { lastSentence, missingUnless } from './util.ts';

export const weaknessCompensation: Rule = {
  id: 'weakness-compensation',
  meta: {
    type: 'substance',
    description:
      'A weakness answer says how you limit its impact today: a tool, a checklist, a review.',
    weight: 15,
    appliesTo: { frameworks: ['weakness'] },
    messages: {
      missing:
        'Say what you do today so the weakness does not hurt your work: a tool, a checklist, a colleague\'s review. For example: "Before anything goes out, a teammate reads it against a short checklist."',
    },
  },
  create: missingUnless(
    (context) => context.derived.checks.weaknessCompensation !== false,
    lastSentence,
  ),
};
