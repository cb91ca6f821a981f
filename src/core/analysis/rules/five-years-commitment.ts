import { COMMITMENT_WORDS, GROWTH_WORDS } from '../../../data/lexicon/questions.ts';
import type { Rule } from '../types.ts';
import { anyIn, PhraseSet, wholeAnswer } from './util.ts';

const growth = new PhraseSet(GROWTH_WORDS);
const commitment = new PhraseSet(COMMITMENT_WORDS);

export const fiveYearsCommitment: Rule = {
  id: 'five-years-commitment',
  meta: {
    type: 'substance',
    description: 'A five-year answer shows how you will grow, and that you mean to grow here.',
    weight: 15,
    appliesTo: { questions: ['five-years'] },
    messages: {
      noGrowth:
        'Say how you want to grow: skills to build, responsibility to take on. For example: "In five years I want to be leading the analytics work I do today, and mentoring newer analysts."',
      noCommitment:
        'Tie your plans to this employer, so the interviewer hears you mean to stay: "...and I see this team as the place to do that."',
    },
  },
  create(context) {
    return {
      answer() {
        const span = wholeAnswer(context.facts);
        if (!anyIn(growth, context.facts)) context.report({ messageId: 'noGrowth', span });
        if (!anyIn(commitment, context.facts)) context.report({ messageId: 'noCommitment', span });
      },
    };
  },
};
