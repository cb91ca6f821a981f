import type { Rule } from '../types.ts';

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
  create(context) {
    return {
      answer() {
        for (const span of context.derived.fillers) {
          context.report({
            messageId: 'filler',
            data: { text: context.text.slice(span.start, span.end) },
            span,
          });
        }
      },
    };
  },
};
