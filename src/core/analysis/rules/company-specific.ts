import { COMMON_CAPITALISED } from '../../../data/lexicon/questions.ts';
import type { Rule } from '../types.ts';
import { wholeAnswer } from './util.ts';

const COMMON = new Set(COMMON_CAPITALISED);

export const companySpecific: Rule = {
  id: 'company-specific',
  meta: {
    type: 'substance',
    description: 'A "why this company" answer names something specific about the company.',
    weight: 15,
    appliesTo: { questions: ['why-this-company'] },
    messages: {
      generic:
        'This could be said about any company. Name something only this one has: a product, its mission in its own words, a recent project, a figure. For example: "Your move to same-day delivery in rural areas is the problem I want to work on."',
    },
  },
  create(context) {
    return {
      answer() {
        // A name: a capitalised word that does not open its sentence and is not a common word.
        const named = context.facts.sentences.some(({ sentence }) =>
          sentence.words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w.text) && !COMMON.has(w.norm)),
        );
        if (!named) context.report({ messageId: 'generic', span: wholeAnswer(context.facts) });
      },
    };
  },
};
