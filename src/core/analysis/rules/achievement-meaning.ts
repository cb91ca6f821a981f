import { MEANING_WORDS } from '../../../data/lexicon/questions.ts';
import { requireWords } from './util.ts';

export const achievementMeaning = requireWords({
  id: 'achievement-meaning',
  description: 'An achievement answer says why it matters to you.',
  questions: ['proudest-achievement'],
  words: MEANING_WORDS,
  weight: 5,
  message:
    'Say why this achievement matters to you: it tells the interviewer what you value. For example: "I\'m proud of it because it was the first time I turned a failing project around."',
});
