import { BACKWARD_WORDS, FORWARD_WORDS } from '../../../data/lexicon/questions.ts';
import type { Rule } from '../types.ts';
import { anyIn, matchesIn, PhraseSet, wholeAnswer } from './util.ts';

const backward = new PhraseSet(BACKWARD_WORDS);
const forward = new PhraseSet(FORWARD_WORDS);

/** The word before `start` negates it ("wasn't bored", "never frustrated"). */
function negated(text: string, start: number): boolean {
  const before = text
    .slice(Math.max(0, start - 30), start)
    .toLowerCase()
    .replace(/\u2019/g, "'");
  return /(?:n't|\bnot|\bnever)\s+(?:\w+\s+)?$/.test(before);
}

export const whyLeftForward: Rule = {
  id: 'why-left-forward',
  meta: {
    type: 'substance',
    description:
      'A "why you left" answer looks forward to what you want, not back at what went wrong.',
    weight: 15,
    perFinding: 8,
    appliesTo: { questions: ['why-you-left'] },
    messages: {
      backward:
        '"{{text}}" dwells on what was wrong with the old job. Turn it into what you are looking for: "I\'m looking for a team where I can own a product end to end."',
      noForward:
        'Say what you are moving toward, and why this role offers it. For example: "I want to work closer to customers, and this role puts me in those conversations every week."',
    },
  },
  create(context) {
    return {
      answer() {
        for (const span of matchesIn(backward, context.facts.sentences)) {
          if (negated(context.text, span.start)) continue; // "I wasn't unhappy there"
          context.report({
            messageId: 'backward',
            data: { text: context.text.slice(span.start, span.end) },
            span,
          });
        }
        if (!anyIn(forward, context.facts))
          context.report({ messageId: 'noForward', span: wholeAnswer(context.facts) });
      },
    };
  },
};
