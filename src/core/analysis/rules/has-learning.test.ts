import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { hasLearning } from './has-learning.ts';
import { GOOD_CARL } from './test-answers.ts';

describe('has-learning', () => {
  runRuleTests(hasLearning, {
    valid: [
      {
        answer:
          'Action: I rebuilt the labels with the team.\nLearning: people keep a routine they helped design.',
        note: 'a Learning heading',
      },
      {
        answer:
          'I rolled back within minutes. After that incident I always add an alert before a release.',
      },

      { answer: GOOD_CARL },
      { answer: 'I missed the deadline by a day. Since then, I plan the riskiest part first.' },
      { answer: 'The launch slipped. I learned that estimates need a buffer for reviews.' },
    ],
    invalid: [
      {
        answer: 'I fixed the bug and the client was happy.',
        errors: [{ messageId: 'missing', text: 'I fixed the bug and the client was happy.' }],
      },
      {
        answer: 'I fixed the bug. I learned a lot about databases.',
        note: 'near miss: "learned a lot" is not a lesson',
        errors: [{ messageId: 'missing' }],
      },
      {
        answer: "I fixed the bug. Honestly I didn't learn anything new from it.",
        note: 'near miss: negated',
        errors: [{ messageId: 'missing' }],
      },
      {
        answer: 'I wrote the lesson plans for the term and the class passed.',
        note: 'near miss: "lesson plans"',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
