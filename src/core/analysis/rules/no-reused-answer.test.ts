import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { noReusedAnswer } from './no-reused-answer.ts';
import { GOOD_CARL, WARD_INTERVIEW } from './test-answers.ts';

const REWORKED =
  'On a surgical ward at Lakeside last spring, two nurses were off for six weeks and the rota fell apart at handover. I rebuilt it around the admission peaks, which is the same gap your posting describes. Missed rounds fell from nine a week to one. It taught me to fix the schedule first. How is the rota built here?';

describe('no-reused-answer', () => {
  runRuleTests(noReusedAnswer, {
    valid: [
      {
        answer: GOOD_CARL,
        interview: {
          ...WARD_INTERVIEW,
          otherAnswers: [{ company: 'Lakeside Clinic', text: REWORKED }],
        },
        note: 'near miss: the same story told differently',
      },
      {
        answer: REWORKED,
        interview: {
          ...WARD_INTERVIEW,
          otherAnswers: [{ company: 'Riverbend Health', text: REWORKED }],
        },
        note: 'the same answer saved earlier for this same company',
      },
    ],
    invalid: [
      {
        answer: GOOD_CARL,
        interview: {
          ...WARD_INTERVIEW,
          otherAnswers: [
            { company: 'Lakeside Clinic', text: GOOD_CARL },
            { company: 'Hillcrest', text: `${GOOD_CARL}  ` },
          ],
        },
        errors: [{ messageId: 'reused', text: GOOD_CARL }],
      },
      {
        answer: GOOD_CARL.replace('Last spring', 'Last summer'),
        interview: {
          ...WARD_INTERVIEW,
          otherAnswers: [{ company: 'Lakeside Clinic', text: GOOD_CARL }],
        },
        note: 'one word changed is still the same answer',
        errors: [{ messageId: 'reused' }],
      },
    ],
  });
});
