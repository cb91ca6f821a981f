import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { endsWithQuestion } from './ends-with-question.ts';
import { GOOD_CARL } from './test-answers.ts';

describe('ends-with-question', () => {
  runRuleTests(endsWithQuestion, {
    valid: [
      {
        answer: 'I cut the backlog in half. Would this role own the backlog too? Thank you.',
        note: 'a courtesy after the question',
      },

      { answer: GOOD_CARL },
      {
        answer: "I cut the backlog in half. I'd love to hear how your team prioritises bugs.",
        note: 'an invitation without a question mark',
      },
      { answer: 'I cut the backlog in half. What does the backlog look like here?"' },
    ],
    invalid: [
      {
        answer: 'I chased the client for a decision. She asked, "Can we ship by Friday?"',
        note: 'near miss: a question reported in quotes',
        errors: [{ messageId: 'missing' }],
      },

      {
        answer: 'I cut the backlog in half.',
        errors: [{ messageId: 'missing', text: 'I cut the backlog in half.' }],
      },
      {
        answer: 'What did I learn? To plan for reviews. I now add a buffer to every estimate.',
        note: 'near miss: a rhetorical question inside',
        errors: [{ messageId: 'missing', text: 'I now add a buffer to every estimate.' }],
      },
      {
        answer: 'I cut the backlog in half. So what did I learn?',
        note: 'near miss: a question to oneself at the end',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
