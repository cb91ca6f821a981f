import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { companySpecific } from './company-specific.ts';

const Q = 'Why do you want to work here?';

describe('company-specific', () => {
  runRuleTests(companySpecific, {
    valid: [
      {
        question: Q,
        answer:
          'Northwind Traders ships to rural stores other grocers skip, and I want to work on that.',
        note: 'a name at sentence start',
      },

      {
        question: Q,
        answer:
          'Your Lakeside clinic cut waiting lists by a third, and I want to help take that model to the other sites.',
      },
      {
        question: Q,
        answer:
          'I have followed how NASA opened its data to students, and that is the work I want to do.',
      },
      {
        question: 'What are your strengths?',
        answer: 'I am good at planning for any company.',
        note: 'near miss: other questions',
      },
    ],
    invalid: [
      {
        question: Q,
        answer: 'Honestly it seems like a great place. Everyone says the culture is good.',
        note: 'near miss: sentence-initial words',
        errors: [{ messageId: 'generic' }],
      },

      {
        question: Q,
        answer:
          'I want to work for this company because of its reputation as a leader in the industry and its commitment to innovation.',
        errors: [{ messageId: 'generic' }],
      },
      {
        question: 'Why this company?',
        answer: 'It seems like a great place to grow. I like the culture.',
        note: 'near miss: sentence-initial capitals are not names',
        errors: [{ messageId: 'generic' }],
      },
    ],
  });
});
