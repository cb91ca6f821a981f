import type { Rule } from '../types.ts';
import { firstSentence, sentenceSpan } from './util.ts';

export const hasAction: Rule = {
  id: 'has-action',
  meta: {
    type: 'structure',
    description: 'The answer says what you personally did, in steps.',
    weight: 20,
    appliesTo: { frameworks: ['carl', 'strength'] },
    messages: {
      missing:
        'Say what you did, step by step, with "I" and a verb of action. For example: "I mapped every hand-off, then I set up a ten-minute check-in each morning."',
      weOnly:
        'Everything here is "we": the interviewer is hiring you, not the team. Name your own part: "I wrote the migration plan and ran the rollout; the team tested it."',
    },
  },
  create(context) {
    return {
      answer() {
        const { facts, derived } = context;
        if (derived.checks.action) return;
        const we = facts.sentences.find((s) => s.weAction);
        if (we) context.report({ messageId: 'weOnly', span: sentenceSpan(we) });
        else context.report({ messageId: 'missing', span: firstSentence(facts) });
      },
    };
  },
};
