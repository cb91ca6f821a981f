import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { achievementMeaning } from './achievement-meaning.ts';

const Q = 'What is your greatest accomplishment?';

describe('achievement-meaning', () => {
  runRuleTests(achievementMeaning, {
    valid: [
      {
        question: Q,
        answer:
          'I turned around a failing store. It mattered to me because twelve jobs depended on it.',
      },
    ],
    invalid: [
      {
        question: Q,
        answer: 'I turned around a failing store and sales rose 30%.',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
