import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { fiveYearsCommitment } from './five-years-commitment.ts';

const Q = 'Where do you see yourself in five years?';

describe('five-years-commitment', () => {
  runRuleTests(fiveYearsCommitment, {
    valid: [
      {
        question: Q,
        answer:
          'I want to grow into leading the analytics work, and I see this team as the place to do it.',
      },
    ],
    invalid: [
      {
        question: Q,
        answer: 'In five years I want to learn enough to lead my own company.',
        note: 'near miss: "my own company" is not this one',
        errors: [{ messageId: 'noCommitment' }],
      },

      {
        question: Q,
        answer: 'Somewhere I feel happy and challenged.',
        errors: [{ messageId: 'noGrowth' }, { messageId: 'noCommitment' }],
      },
      {
        question: Q,
        answer: 'I want to learn video editing and master every channel.',
        errors: [{ messageId: 'noCommitment' }],
      },
    ],
  });
});
