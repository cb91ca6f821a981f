import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { GOOD_WEAKNESS } from './test-answers.ts';
import { weaknessImprovement } from './weakness-improvement.ts';

const Q = 'What are your weaknesses?';

describe('weakness-improvement', () => {
  runRuleTests(weaknessImprovement, {
    valid: [
      { question: Q, answer: GOOD_WEAKNESS },
      { question: Q, answer: 'I procrastinate on admin, so I am taking a time-management course.' },
    ],
    invalid: [
      {
        question: Q,
        answer: 'I overthink emails, which ends up taking a long time. I now use templates.',
        note: 'near miss: "taking a long time" is no course',
        errors: [{ messageId: 'missing' }],
      },

      {
        question: Q,
        answer: 'I take on too much. Lately I have been saying no when my own tasks come first.',
        errors: [
          {
            messageId: 'missing',
            text: 'Lately I have been saying no when my own tasks come first.',
          },
        ],
      },
      {
        question: Q,
        answer: 'I miss details, so I use a checklist before I submit anything.',
        note: 'compensation only',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
