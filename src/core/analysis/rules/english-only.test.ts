import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { englishOnly } from './english-only.ts';
import { GOOD_CARL } from './test-answers.ts';

describe('english-only', () => {
  runRuleTests(englishOnly, {
    valid: [
      {
        answer: 'Python, SQL, Tableau, Excel, Power BI, AWS, Terraform, Kubernetes.',
        note: 'near miss: a list of tool names',
      },

      { answer: GOOD_CARL },
      {
        answer: 'I worked at Société Générale in Paris, and I led the café renovation.',
        note: 'near miss: foreign names in English',
      },
      { answer: 'Fixed it.', note: 'too short to judge' },
    ],
    invalid: [
      {
        answer:
          'En mi trabajo anterior, organicé un equipo de cinco personas y redujimos los costos un veinte por ciento.',
        errors: [{ messageId: 'notEnglish' }],
      },
      {
        answer: '私は前の職場でチームを率いて、売上を二十パーセント伸ばしました。',
        errors: [{ messageId: 'notEnglish' }],
      },
    ],
  });
});
