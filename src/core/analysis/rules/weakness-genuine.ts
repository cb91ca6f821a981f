import type { Rule } from '../types.ts';
import { firstSentence } from './util.ts';

export const weaknessGenuine: Rule = {
  id: 'weakness-genuine',
  meta: {
    type: 'substance',
    description: 'A weakness answer names a real, specific weakness, not a strength in disguise.',
    weight: 20,
    appliesTo: { frameworks: ['weakness'] },
    messages: {
      disguised:
        '"{{text}}" reads as a strength in disguise or a dodge, and interviewers have heard it many times. Name a real weakness that does not sink the job, e.g. "I used to avoid delegating work I could do faster myself."',
      notNamed:
        'Name one specific weakness plainly in your first sentence, e.g. "Speaking to large groups has not come naturally to me."',
    },
  },
  create(context) {
    return {
      answer() {
        const { weakness, checks } = context.derived;
        for (const span of weakness.disguised) {
          context.report({
            messageId: 'disguised',
            data: { text: context.text.slice(span.start, span.end) },
            span,
          });
        }
        if (weakness.disguised.length === 0 && checks.weaknessNamed === false) {
          context.report({ messageId: 'notNamed', span: firstSentence(context.facts) });
        }
      },
    };
  },
};
