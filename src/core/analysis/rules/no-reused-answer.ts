import type { Rule } from '../types.ts';
import { wholeAnswer } from './util.ts';

export const noReusedAnswer: Rule = {
  id: 'no-reused-answer',
  meta: {
    type: 'substance',
    description:
      'The same answer text is not used unchanged for interviews at different companies.',
    weight: 10,
    appliesTo: { interview: (answer) => answer.comparedWith > 0 },
    messages: {
      reused:
        'You gave this same answer for {{companies}}. Hiring managers hear a one-size-fits-all answer: rework it for {{company}}, with the problem their posting names and the skill they ask for most.',
    },
  },
  create(context) {
    return {
      answer() {
        const reused = context.interview?.answer.reusedAt ?? [];
        if (reused.length === 0) return;
        context.report({
          messageId: 'reused',
          data: {
            companies: reused.join(', '),
            company: context.interview?.tailoring.company ?? 'this company',
          },
          span: wholeAnswer(context.facts),
        });
      },
    };
  },
};
