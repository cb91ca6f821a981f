import type { Rule } from '../types.ts';
import { quoteEach } from './util.ts';

export const noBlame: Rule = {
  id: 'no-blame',
  meta: {
    type: 'tone',
    description:
      'The answer does not disparage or fault a former employer, manager, colleague or client.',
    weight: 15,
    messages: {
      blame:
        '"{{text}}" faults someone you worked with. A hiring manager hears how you would talk about them. State the fact calmly and move to what you did: "Priorities changed often, so I started confirming them in writing each Monday."',
    },
  },
  create: quoteEach('blame', (context) => context.derived.blame),
};
