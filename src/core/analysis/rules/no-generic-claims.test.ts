import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { noGenericClaims } from './no-generic-claims.ts';

describe('no-generic-claims', () => {
  runRuleTests(noGenericClaims, {
    valid: [
      {
        answer:
          "I'm a hard worker. Last winter I covered three extra shifts and we still hit every delivery window.",
        note: 'backed by an example',
      },
      {
        answer: 'I worked hard to fix the rota, and overtime fell by 20%.',
        note: 'near miss: an action, not a claim',
      },
      {
        answer: 'The team needed a self-starter, so I volunteered.',
        note: 'near miss: the trait is not claimed with "I am"',
      },
    ],
    invalid: [
      {
        answer: "I'm a hard worker and a team player.",
        errors: [{ messageId: 'unbacked', text: "I'm a hard worker" }],
      },
      {
        answer: 'I am very detail-oriented. I think outside the box.',
        errors: [
          { messageId: 'unbacked', text: 'I am very detail-oriented' },
          { messageId: 'unbacked', text: 'I think outside the box' },
        ],
      },
    ],
  });
});
