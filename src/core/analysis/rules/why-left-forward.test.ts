import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { whyLeftForward } from './why-left-forward.ts';

const Q = 'Why did you leave your last job?';

describe('why-left-forward', () => {
  runRuleTests(whyLeftForward, {
    valid: [
      {
        question: Q,
        answer: "I wasn't unhappy there, but I am looking for a role closer to customers.",
        note: 'near miss: negated complaint',
      },

      {
        question: Q,
        answer:
          'I had learned what I could there, and I am looking for a role where I own a product end to end.',
      },
    ],
    invalid: [
      {
        question: Q,
        answer: 'I was bored and underpaid, and I am looking for something new.',
        errors: [
          { messageId: 'backward', text: 'bored' },
          { messageId: 'backward', text: 'underpaid' },
        ],
      },
      { question: Q, answer: 'The contract ended in March.', errors: [{ messageId: 'noForward' }] },
    ],
  });
});
