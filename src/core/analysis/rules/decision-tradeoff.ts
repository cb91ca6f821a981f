import { OPTION_WORDS } from '../../../data/lexicon/questions.ts';
import { requireWords } from './util.ts';

export const decisionTradeoff = requireWords({
  id: 'decision-tradeoff',
  description: 'A decision answer names the options you weighed and why you chose.',
  questions: ['tough-decision'],
  words: OPTION_WORDS,
  weight: 10,
  message:
    'Lay out the choice: which options you had, what each would cost, and why you picked one. For example: "I had to choose between shipping on Friday with a known bug or slipping a week."',
});
