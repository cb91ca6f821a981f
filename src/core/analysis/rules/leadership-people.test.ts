import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { leadershipPeople } from './leadership-people.ts';

const Q = 'Tell me about a time you led a team.';

describe('leadership-people', () => {
  runRuleTests(leadershipPeople, {
    valid: [
      {
        question: Q,
        answer: 'I gave each of the four a part they owned end to end and met each of them weekly.',
        note: "the rule's own example",
      },

      {
        question: Q,
        answer: 'I led four engineers. I delegated each a module and held weekly one-on-ones.',
      },
    ],
    invalid: [
      {
        question: Q,
        answer: 'I led the project. I wrote the plan and we shipped on time.',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
