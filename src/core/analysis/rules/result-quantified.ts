import type { Rule } from '../types.ts';

export const resultQuantified: Rule = {
  id: 'result-quantified',
  meta: {
    type: 'substance',
    description: 'The outcome carries a number: a percentage, an amount, a time saved.',
    weight: 10,
    appliesTo: { frameworks: ['carl', 'strength'] },
    messages: {
      missing:
        'Put a number on this outcome so it sticks: how much, how many, how fast? For example: "...and complaints dropped from 12 a week to 3."',
    },
  },
  create(context) {
    return {
      answer() {
        const { checks } = context.derived;
        if (!checks.result || checks.quantified) return;
        const first = context.facts.sentences.find((s) => s.result);
        if (first?.result) context.report({ messageId: 'missing', span: first.result });
      },
    };
  },
};
