import type { Rule } from '../types.ts';
import { quoteEach } from './util.ts';

export const noFiller: Rule = {
  id: 'no-filler',
  meta: {
    type: 'tone',
    description: 'The answer has no filler words ("um", "you know", "basically").',
    weight: 6,
    perFinding: 2,
    messages: {
      filler:
        '"{{text}}" is a filler: it adds length, not meaning. Drop it, or pause silently instead; a short pause sounds confident.',
    },
  },
  create: quoteEach('filler', (context) => context.derived.fillers),
};
