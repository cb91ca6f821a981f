import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { GOOD_WEAKNESS } from './test-answers.ts';
import { weaknessGenuine } from './weakness-genuine.ts';

const Q = "What's your biggest weakness?";

describe('weakness-genuine', () => {
  runRuleTests(weaknessGenuine, {
    valid: [
      {
        question: Q,
        answer:
          "I don't really have much experience with public speaking, so I now rehearse with a colleague.",
        note: 'near miss: a real gap, not a denial',
      },

      { question: Q, answer: GOOD_WEAKNESS },
      {
        question: Q,
        answer: 'I tend to say yes to too many requests, so I now keep a priority list.',
      },
      {
        question: 'Tell me about a conflict with a colleague.',
        answer: "I'm a perfectionist about code reviews.",
        note: 'near miss: not a weakness question',
      },
    ],
    invalid: [
      {
        question: Q,
        answer: 'Probably that I work harder than everyone else on the team.',
        errors: [{ messageId: 'disguised', text: 'I work harder than' }],
      },

      {
        question: Q,
        answer: "Honestly, I'm a perfectionist and I care too much about my work.",
        errors: [
          { messageId: 'disguised', text: 'perfectionist' },
          { messageId: 'disguised', text: 'I care too much' },
        ],
      },
      {
        question: Q,
        answer: "I don't have any weaknesses.",
        errors: [{ messageId: 'disguised', text: "I don't have any weaknesses" }],
      },
      { question: Q, answer: 'Not sure.', errors: [{ messageId: 'notNamed' }] },
    ],
  });
});
