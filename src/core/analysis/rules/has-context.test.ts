import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { hasContext } from './has-context.ts';
import { GOOD_CARL } from './test-answers.ts';

describe('has-context', () => {
  runRuleTests(hasContext, {
    valid: [
      { answer: GOOD_CARL },
      {
        answer: 'In my previous role at a logistics firm, I rerouted deliveries and we saved 12%.',
      },
      { answer: 'When I was working at a bakery in 2019, I redesigned the morning prep list.' },
      {
        answer: 'Situation: our release pipeline broke every Friday. Action: I added smoke tests.',
      },
      {
        answer: 'My team and I owned the billing service, and the client kept reporting errors.',
        note: 'two weak cues together',
      },
    ],
    invalid: [
      {
        answer: 'I am a hard worker and I always give my best to every task.',
        errors: [
          {
            messageId: 'missing',
            text: 'I am a hard worker and I always give my best to every task.',
          },
        ],
      },
      {
        answer: 'I believe communication is the key to every project. I listen first.',
        errors: [{ messageId: 'missing' }],
      },
      {
        answer: 'Sometimes I get excited about the project and miss details.',
        note: 'near miss: one weak cue is not a situation',
        errors: [{ messageId: 'missing' }],
      },
    ],
  });
});
