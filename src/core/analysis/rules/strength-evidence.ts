import { ROLE_LINK_WORDS } from '../../../data/lexicon/questions.ts';
import type { Rule } from '../types.ts';
import { anyIn, PhraseSet, wholeAnswer } from './util.ts';

const roleLink = new PhraseSet(ROLE_LINK_WORDS);

export const strengthEvidence: Rule = {
  id: 'strength-evidence',
  meta: {
    type: 'substance',
    description: 'A strengths answer backs the strength with an example and ties it to this role.',
    weight: 15,
    appliesTo: { questions: ['strengths'] },
    messages: {
      noExample:
        'Back the strength with one example of it at work: what you did and what came of it. For example: "Last quarter I rebuilt our pricing model, and it caught a 4% margin leak."',
      noRoleLink:
        'Say how the strength would help in this role, e.g. "Here, that would help with the reporting backlog you mentioned."',
    },
  },
  create(context) {
    return {
      answer() {
        const { checks } = context.derived;
        const span = wholeAnswer(context.facts);
        if (!checks.action && !checks.result) context.report({ messageId: 'noExample', span });
        if (!anyIn(roleLink, context.facts)) context.report({ messageId: 'noRoleLink', span });
      },
    };
  },
};
