import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { noBlame } from './no-blame.ts';
import { GOOD_CARL } from './test-answers.ts';

describe('no-blame', () => {
  runRuleTests(noBlame, {
    valid: [
      {
        answer: 'I still catch myself adding appendices that nobody asked for.',
        note: 'near miss: self-deprecation is not blame',
      },
      {
        answer: 'I shipped the fix without checking the logs first, and that was my mistake.',
        note: 'near miss: owning a mistake',
      },
      {
        answer: 'The team had the worst outage of the year, so I ran the incident call.',
        note: 'near miss: "worst" of an event',
      },
      {
        answer: 'The team refused to ship with known bugs, so I moved the date.',
        note: 'near miss: a team decision, not a complaint',
      },

      { answer: GOOD_CARL },
      {
        answer:
          'The company went through layoffs and my role was cut, so I am looking for a new team.',
        note: 'neutral fact',
      },
      {
        answer:
          'A colleague missed the hand-off, so I called the client myself and we agreed a new date.',
        note: 'a missed hand-off told calmly',
      },
      {
        answer:
          'One engineer said the reviews were "condescending and toxic", so I met each of them.',
        note: 'reported speech in quotes',
      },
      {
        answer: 'The process was a mess when I arrived, so I mapped it and cut two steps.',
        note: 'near miss: no person faulted',
      },
    ],
    invalid: [
      {
        answer: 'Management, in their wisdom, cut the temp budget right before peak season.',
        note: 'sarcasm about a decision',
        errors: [{ messageId: 'blame', text: 'in their wisdom' }],
      },
      {
        answer: 'Half of them are just there for the paycheck, so I take the heavy orders.',
        note: 'scorn for colleagues',
        errors: [{ messageId: 'blame', text: 'just there for the' }],
      },
      {
        answer: 'Sales promised the client a new feature without checking with engineering.',
        note: 'faulting another team',
        errors: [{ messageId: 'blame', text: 'without checking' }],
      },
      {
        answer: 'I proposed fixes for the month-end close, but leadership never listened.',
        errors: [{ messageId: 'blame', text: 'never listened' }],
      },
      {
        answer: 'Our director barely looked at the proposals we sent up.',
        note: 'a habitual failing',
        errors: [{ messageId: 'blame', text: 'director barely looked' }],
      },
      {
        answer: 'My manager presented my analysis as his own in every meeting.',
        errors: [{ messageId: 'blame', text: 'as his own' }],
      },

      {
        answer: 'I left because my manager was toxic and micromanaged everything.',
        errors: [{ messageId: 'blame', text: 'micromanaged' }],
      },
      {
        answer: 'Leadership never listened to anyone on the floor.',
        errors: [{ messageId: 'blame', text: 'never listened' }],
      },
      {
        answer: 'I was discouraged from taking on more work by my manager.',
        errors: [{ messageId: 'blame', text: 'was discouraged' }],
      },
      {
        answer: 'My old company was poorly managed and my boss was incompetent.',
        errors: [
          { messageId: 'blame', text: 'poorly managed' },
          { messageId: 'blame', text: 'incompetent' },
        ],
      },
    ],
  });
});
