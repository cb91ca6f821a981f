import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { hasResult } from './has-result.ts';
import { GOOD_CARL } from './test-answers.ts';

describe('has-result', () => {
  runRuleTests(hasResult, {
    valid: [
      {
        answer: 'I rerouted the van through the depot and the suitcase reached the hotel by 8:40.',
        note: 'an outcome verb',
      },
      {
        answer: 'I moved us to annual contracts and we have reduced churn by 20%.',
        note: 'present perfect result',
      },

      { answer: GOOD_CARL },
      { answer: 'I rewrote the onboarding guide. In the end, new hires needed half the support.' },
      {
        answer: 'I pushed for the launch. We lost the client anyway, which hurt.',
        note: 'a bad outcome is still an outcome',
      },
      { answer: 'I called every customer on the list and we were able to keep all but two.' },
    ],
    invalid: [
      {
        answer: 'I reached out to the supplier and explained the delay.',
        note: 'near miss: "reached out" is an action',
        errors: [{ messageId: 'missing' }],
      },
      {
        answer: 'I called every customer on the list and explained the new pricing.',
        errors: [
          {
            messageId: 'missing',
            text: 'I called every customer on the list and explained the new pricing.',
          },
        ],
      },
      {
        answer: 'I set up weekly meetings. I hope this will reduce delays.',
        note: 'near miss: a hoped-for result',
        errors: [{ messageId: 'missing' }],
      },
      {
        answer: 'My plan was to cut costs. I reviewed every contract.',
        note: 'near miss: "to cut" is a plan',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
