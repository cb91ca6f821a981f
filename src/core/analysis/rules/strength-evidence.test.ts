import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { strengthEvidence } from './strength-evidence.ts';

const Q = 'What are your strengths?';

describe('strength-evidence', () => {
  runRuleTests(strengthEvidence, {
    valid: [
      {
        question: Q,
        answer:
          'My strength is analysis. Last quarter I rebuilt our pricing model and it found a 4% margin leak. In this role I would bring that to your reporting.',
      },
    ],
    invalid: [
      {
        question: Q,
        answer:
          'My strength is analysis. I love numbers and spreadsheets. In this role that would help.',
        errors: [{ messageId: 'noExample' }],
      },
      {
        question: Q,
        answer:
          'My strength is analysis. Last quarter I rebuilt our pricing model and it found a 4% margin leak.',
        errors: [{ messageId: 'noRoleLink' }],
      },
    ],
  });
});
