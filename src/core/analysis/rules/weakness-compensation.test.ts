import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { GOOD_WEAKNESS } from './test-answers.ts';
import { weaknessCompensation } from './weakness-compensation.ts';

const Q = 'What is your greatest weakness?';

describe('weakness-compensation', () => {
  runRuleTests(weaknessCompensation, {
    valid: [
      { question: Q, answer: GOOD_WEAKNESS },
      {
        question: Q,
        answer:
          'I miss small details, so a coworker looks over my work with a second pair of eyes.',
      },
      {
        question: 'What are your strengths?',
        answer: 'I am good at planning.',
        note: 'near miss: not a weakness question',
      },
    ],
    invalid: [
      {
        question: Q,
        answer: 'My weakness is delegating. I am taking a management course to improve.',
        note: 'near miss: "delegating" names the weakness here',
        errors: [{ messageId: 'missing' }],
      },

      {
        question: Q,
        answer:
          'I get nervous speaking to large groups. I have been attending a workshop to improve.',
        errors: [{ messageId: 'missing', text: 'I have been attending a workshop to improve.' }],
      },
      {
        question: Q,
        answer: 'I can be impatient with slow meetings.',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
