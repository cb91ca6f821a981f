import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { hasAction } from './has-action.ts';
import { GOOD_CARL } from './test-answers.ts';

describe('has-action', () => {
  runRuleTests(hasAction, {
    valid: [
      { answer: GOOD_CARL },
      {
        answer: 'I then quickly called the supplier and negotiated a second delivery.',
        note: 'adverbs between I and the verb',
      },
      { answer: "I've been taking an evening course in SQL.", note: 'progressive action' },
      {
        answer: 'Action:\n- Reviewed the project plan\n- Held a meeting with the client',
        note: 'subject-less bullets under an Action heading',
      },
      {
        answer: 'When a conflict starts, I like to ask questions before I respond.',
        note: 'habitual action',
      },
    ],
    invalid: [
      {
        answer: 'We launched the product on time and we grew sales by 15%.',
        errors: [
          {
            messageId: 'weOnly',
            text: 'We launched the product on time and we grew sales by 15%.',
          },
        ],
      },
      {
        answer: 'I am passionate about design and I love solving problems.',
        errors: [{ messageId: 'missing' }],
      },
      {
        answer: 'I plan to take a course next year and I would like to lead a team.',
        note: 'near miss: intentions are not actions',
        errors: [{ messageId: 'missing' }],
      },
      {
        answer: 'I work hard and I use logic to think things through.',
        note: 'near miss: traits in the present tense',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
