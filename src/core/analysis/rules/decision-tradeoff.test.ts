import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { decisionTradeoff } from './decision-tradeoff.ts';

const Q = 'Describe a difficult decision you had to make.';

describe('decision-tradeoff', () => {
  runRuleTests(decisionTradeoff, {
    valid: [
      {
        question: Q,
        answer: 'I had to decide whether to ship with a known bug or slip a week. I chose to slip.',
      },
    ],
    invalid: [
      {
        question: Q,
        answer: 'I decided to slip the release by a week and told the client.',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
