import { OBSTACLE_WORDS } from '../../../data/lexicon/questions.ts';
import { requireWords } from './util.ts';

export const challengeObstacle = requireWords({
  id: 'challenge-obstacle',
  description: 'A challenge answer names what made the situation hard.',
  questions: ['major-challenge'],
  words: OBSTACLE_WORDS,
  weight: 5,
  message:
    'Name the obstacle itself: what made this hard, and what was at risk? For example: "Two weeks before launch, the vendor API we depended on was withdrawn, which put the date at risk."',
});
