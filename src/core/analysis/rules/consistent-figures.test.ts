import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { consistentFigures } from './consistent-figures.ts';
import { WARD_INTERVIEW } from './test-answers.ts';

const STORY = {
  id: 'rota',
  title: 'Rebuilt the ward rota',
  context: 'Two nurses were off for six weeks on a 30-bed ward.',
  action: 'I rebuilt the rota around admission peaks.',
  result: 'Overtime dropped by 15% and missed rounds fell to one a week.',
  learning: 'Fix the schedule before asking people to work harder.',
  tags: ['leadership'],
};
const RESUME = 'Shift lead, surgical ward, Lakeside Hospital (2021-2024). Led a team of 12 nurses.';
const WITH = { ...WARD_INTERVIEW, stories: [STORY], resume: RESUME };

describe('consistent-figures', () => {
  runRuleTests(consistentFigures, {
    valid: [
      {
        answer:
          'As shift lead I rebuilt the rota for our 30-bed ward, and overtime dropped by 15% within six weeks. What does overtime look like here?',
        interview: WITH,
        note: 'every figure is in the story or the resume',
      },
      {
        answer: 'I led a team of twelve nurses, and overtime fell by fifteen percent.',
        interview: WITH,
        note: 'near miss: the same figures in words',
      },
      {
        answer: 'Overtime dropped by 30% after I rebuilt the rota.',
        interview: WARD_INTERVIEW,
        note: 'no stories or resume: nothing to check against',
      },
      {
        answer: 'As a result, the rota was stable and I took three steps to keep it that way.',
        interview: WITH,
        note: 'near miss: "as a result" is not a title, and "three steps" is not a scope claim',
      },
    ],
    invalid: [
      {
        answer: 'After I rebuilt the rota, overtime dropped by 30%. How is overtime handled here?',
        interview: WITH,
        errors: [{ messageId: 'differs', text: '30%' }],
      },
      {
        answer: 'I managed a team of 25 nurses and saved $40,000 a year.',
        interview: WITH,
        errors: [
          { messageId: 'differs', text: '25' },
          { messageId: 'unbacked', text: '$40,000' },
        ],
      },
      {
        answer: 'As a senior nurse manager I rebuilt the rota.',
        interview: WITH,
        errors: [{ messageId: 'unbackedTitle', text: 'senior nurse manager' }],
      },
    ],
  });
});
