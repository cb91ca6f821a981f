import type { Rule } from '../types.ts';
import { wholeAnswer } from './util.ts';

export const englishOnly: Rule = {
  id: 'english-only',
  meta: {
    type: 'substance',
    description:
      'The checks read English; an answer in another language gets this one finding instead.',
    weight: 0,
    messages: {
      notEnglish:
        'This answer does not look like English, and the checks only read English, so no other feedback is given. Practise the answer in English to get the full review.',
    },
  },
  create(context) {
    return {
      answer() {
        if (!context.facts.english)
          context.report({ messageId: 'notEnglish', span: wholeAnswer(context.facts) });
      },
    };
  },
};
