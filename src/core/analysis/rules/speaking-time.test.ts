import { describe } from 'vitest';
import { runRuleTests } from '../rule-tester.ts';
import { speakingTime } from './speaking-time.ts';

const sentence = 'I reworked the schedule with the team and the backlog shrank every week. ';
const words = (n: number): string =>
  sentence
    .repeat(Math.ceil(n / 13))
    .split(' ')
    .slice(0, n)
    .join(' ') + '.';

describe('speaking-time', () => {
  runRuleTests(speakingTime, {
    valid: [
      { answer: words(150), note: 'about 64 s' },
      { answer: words(275), note: 'about 118 s' },
    ],
    invalid: [
      { answer: 'I fixed it.', errors: [{ messageId: 'tooShort', text: 'I fixed it.' }] },
      { answer: words(100), note: 'about 43 s', errors: [{ messageId: 'tooShort' }] },
      { answer: words(320), note: 'about 137 s', errors: [{ messageId: 'tooLong' }] },
    ],
  });
});
