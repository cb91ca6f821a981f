import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { challengeObstacle } from './challenge-obstacle.ts';

const Q = 'Tell me about a major challenge you faced at work.';

describe('challenge-obstacle', () => {
  runRuleTests(challengeObstacle, {
    valid: [
      {
        question: Q,
        answer:
          'Two weeks before launch, the vendor API we depended on was withdrawn, which put the date at risk.',
        note: "the rule's own example",
      },

      {
        question: Q,
        answer:
          'Two weeks before launch our vendor withdrew its API, a real risk to the date. I rebuilt the integration.',
      },
    ],
    invalid: [
      {
        question: Q,
        answer: 'I rebuilt the integration over a weekend and we launched.',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
