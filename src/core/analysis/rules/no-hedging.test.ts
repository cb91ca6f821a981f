import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { noHedging } from './no-hedging.ts';
import { GOOD_CARL } from './test-answers.ts';

describe('no-hedging', () => {
  runRuleTests(noHedging, {
    valid: [
      {
        answer: 'I treated everyone fairly and wrote the rota in the open.',
        note: 'near miss: "fairly" as a manner',
      },

      { answer: GOOD_CARL },
      {
        answer: 'I had to justify the budget to the board, and I did.',
        note: 'near miss: "justify" is not "just"',
      },
      {
        answer: 'I asked what kind of report the director needed.',
        note: 'near miss: "what kind of" is a noun phrase',
      },
      { answer: 'We shipped just in time for the audit.', note: 'near miss: "just in time"' },
    ],
    invalid: [
      {
        answer: 'I think I sort of helped improve the process.',
        errors: [
          { messageId: 'hedge', text: 'I think' },
          { messageId: 'hedge', text: 'sort of' },
        ],
      },
      {
        answer: 'Maybe I could have been faster, but I just did what I could.',
        errors: [
          { messageId: 'hedge', text: 'Maybe' },
          { messageId: 'hedge', text: 'just' },
        ],
      },
    ],
  });
});
