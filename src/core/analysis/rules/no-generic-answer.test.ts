import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { noGenericAnswer } from './no-generic-answer.ts';
import { GOOD_CARL, WARD_INTERVIEW } from './test-answers.ts';

const WHY = 'Why do you want to work here?';
const GENERIC =
  'I am a hard worker who always gives my best. I get along with everyone and I love helping people. I think I would be a great fit. What is the team like?';

describe('no-generic-answer', () => {
  runRuleTests(noGenericAnswer, {
    valid: [
      { answer: GOOD_CARL, interview: WARD_INTERVIEW, note: 'speaks to the rota, a pain point' },
      { answer: GENERIC, note: 'no interview: the rule does not run' },
      {
        answer:
          'At my last hospital I kept our Epic charting current for 30 patients a shift, and audits found no gaps. Would I chart in Epic here too?',
        interview: WARD_INTERVIEW,
        note: 'a tool the posting asks for',
      },
      {
        question: WHY,
        answer:
          'Riverbend Health wants every family in the valley to get unhurried care close to home, and I grew up two hours from the nearest ward. Which ward would I join first?',
        interview: WARD_INTERVIEW,
        note: 'names the company and its mission',
      },
    ],
    invalid: [
      {
        answer: GENERIC,
        interview: WARD_INTERVIEW,
        errors: [{ messageId: 'generic', text: GENERIC }],
      },
      {
        answer:
          'I am a people person and a strong communicator, and I always put the team first. What do you value most in a colleague?',
        interview: WARD_INTERVIEW,
        note: 'near miss: soft skills alone are not specific',
        errors: [{ messageId: 'generic' }],
      },
      {
        question: WHY,
        answer:
          'I have wanted to work at Riverbend Health for a long time because it is a respected employer with a strong reputation. What is the team like?',
        interview: WARD_INTERVIEW,
        note: 'names the company but not what it is about',
        errors: [{ messageId: 'noMission' }],
      },
    ],
  });
});
