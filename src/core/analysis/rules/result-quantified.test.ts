import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { resultQuantified } from './result-quantified.ts';
import { GOOD_CARL } from './test-answers.ts';

describe('result-quantified', () => {
  runRuleTests(resultQuantified, {
    valid: [
      {
        answer: 'I rotated the certificate and checkout was fully back within 40 minutes.',
        note: 'a measured recovery',
      },
      {
        answer: 'I rebuilt the slotting plan, which cut the average pick walk by about a third.',
        note: 'a fraction',
      },

      { answer: GOOD_CARL },
      { answer: 'I reworked the rota and we finished the audit two weeks early.' },
      { answer: 'I renegotiated the contract, which saved $40,000 a year.' },
      {
        answer: 'I explained the plan to the team.',
        note: 'no result at all: has-result reports it, not this rule',
      },
    ],
    invalid: [
      {
        answer: 'I led a team of 8 and we delivered the project successfully.',
        note: 'near miss: a team size is not an outcome',
        errors: [{ messageId: 'missing', text: 'we delivered' }],
      },
      {
        answer: 'In 2021 I rebuilt the report, and it significantly improved accuracy.',
        note: 'near miss: a year is not an outcome',
        errors: [{ messageId: 'missing', text: 'improved' }],
      },
      {
        answer:
          'I migrated the database. A year later, we hit scaling limits and successfully migrated again.',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
