import type { Rule } from '../types.ts';

export const noHedging: Rule = {
  id: 'no-hedging',
  meta: {
    type: 'tone',
    description: 'The answer states your work plainly, without hedges that make you sound unsure.',
    weight: 6,
    perFinding: 2,
    messages: {
      hedge:
        '"{{text}}" softens your own claim. Say it plainly: "I think I helped improve the process" becomes "I cut the process from five steps to three."',
    },
  },
  create(context) {
    return {
      answer() {
        for (const span of context.derived.hedges) {
          context.report({
            messageId: 'hedge',
            data: { text: context.text.slice(span.start, span.end) },
            span,
          });
        }
      },
    };
  },
};
