import { COMMON_CAPITALISED } from '../../../data/lexicon/questions.ts';
import type { Rule } from '../types.ts';
import { wholeAnswer } from './util.ts';

const COMMON = new Set(COMMON_CAPITALISED);

/**
 * A name: a capitalised word inside a sentence, or, at its start (where every word is
 * capitalised), an acronym ("NASA"), a word with an inner capital ("PayPal") or the first of
 * two capitalised words ("Northwind Traders").
 */
function isName(text: string, next: string | undefined, first: boolean): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  if (!first) return true;
  if (text.length > 1 && text === text.toUpperCase()) return true;
  if (/\p{Lu}/u.test(text.slice(1))) return true;
  return next !== undefined && /^\p{Lu}/u.test(next) && !/^I(?:$|['\u2019])/.test(next);
}

export const companySpecific: Rule = {
  id: 'company-specific',
  meta: {
    type: 'substance',
    description: 'A "why this company" answer names something specific about the company.',
    weight: 15,
    appliesTo: { questions: ['why-this-company'] },
    messages: {
      generic:
        'This could be said about any company. Name something only this one has: a product, its mission in its own words, a recent project, a figure. For example: "Your same-day delivery pilot in Leeds is the problem I want to work on."',
    },
  },
  create(context) {
    return {
      answer() {
        // A name: a capitalised word that does not open its sentence and is not a common word.
        const named = context.facts.sentences.some(({ sentence }) =>
          sentence.words.some(
            (w, i) =>
              isName(w.text, i === 0 ? sentence.words[1]?.text : undefined, i === 0) &&
              !COMMON.has(w.norm),
          ),
        );
        if (!named) context.report({ messageId: 'generic', span: wholeAnswer(context.facts) });
      },
    };
  },
};
