import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { noGenericClaims } from './no-generic-claims.ts';

describe('no-generic-claims', () => {
  runRuleTests(noGenericClaims, {
    valid: [
      {
        answer:
          "Last month I rebuilt the returns process and cut refunds by a third. So yes, I'm a hard worker.",
        note: 'backed by the example before it',
      },
      {
        answer: "I'm not a team player in the sense of agreeing with everything.",
        note: 'near miss: negated',
      },

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
        answer: 'I always go the extra mile.',
        note: 'a claim is not its own example',
        errors: [{ messageId: 'unbacked', text: 'I always go the extra mile' }],
      },

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
