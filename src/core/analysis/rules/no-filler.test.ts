import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { noFiller } from './no-filler.ts';
import { GOOD_CARL } from './test-answers.ts';

describe('no-filler', () => {
  runRuleTests(noFiller, {
    valid: [
      {
        answer: 'I cut the backlog in half. Do you know yet how the team will split the work?',
        note: 'near miss: "do you know" is a question',
      },

      { answer: GOOD_CARL },
      { answer: 'I told the umpire the score was wrong.', note: 'near miss: "umpire" is not "um"' },
    ],
    invalid: [
      {
        answer: 'Um, so basically I, you know, fixed the build.',
        errors: [
          { messageId: 'filler', text: 'Um' },
          { messageId: 'filler', text: 'basically' },
          { messageId: 'filler', text: 'you know' },
        ],
      },
      {
        answer: 'I literally rewrote the whole thing overnight.',
        errors: [{ messageId: 'filler', text: 'literally' }],
      },
    ],
  });
});
