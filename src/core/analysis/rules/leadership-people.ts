import { PEOPLE_WORDS } from '../../../data/lexicon/questions.ts';
import { requireWords } from './util.ts';

export const leadershipPeople = requireWords({
  id: 'leadership-people',
  description: 'A leadership answer shows how you supported and motivated the people you led.',
  questions: ['leadership'],
  words: PEOPLE_WORDS,
  weight: 10,
  message:
    'Show how you led people, not only the plan: how you set goals, delegated, gave feedback or kept them motivated. For example: "I gave each of the four a part they owned end to end and met each of them weekly."',
});
