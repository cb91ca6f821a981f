import type { Rule } from '../types.ts';
import { quoteEach } from './util.ts';

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
  create: quoteEach('hedge', (context) => context.derived.hedges),
};
