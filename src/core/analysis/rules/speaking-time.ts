import type { Rule } from '../types.ts';
import { SPEAKING_WPM } from '../constants.ts';
import { wholeAnswer } from './util.ts';

export const speakingTime: Rule = {
  id: 'speaking-time',
  meta: {
    type: 'structure',
    description: 'Said aloud at a natural pace, the answer takes 60 to 120 seconds.',
    weight: 8,
    defaultOptions: { minSeconds: 60, maxSeconds: 120 },
    messages: {
      tooShort:
        'About {{seconds}} s when spoken: too short to show what you did. Aim for {{min}}-{{max}} s. For example, add a sentence on the situation, two on your own steps and one on the measured result.',
      tooLong:
        'About {{seconds}} s when spoken: the interviewer will stop listening. Aim for {{min}}-{{max}} s: keep one situation, your two or three key steps, the result and the lesson. The part past {{max}} s starts here.',
    },
  },
  create(context) {
    const min = Number(context.options.minSeconds);
    const max = Number(context.options.maxSeconds);
    return {
      answer() {
        const words = context.facts.parsed.words;
        const seconds = Math.round((words.length / SPEAKING_WPM) * 60);
        const data = { seconds, min, max };
        if (seconds < min) {
          context.report({ messageId: 'tooShort', data, span: wholeAnswer(context.facts) });
        } else if (seconds > max) {
          const cut = words[Math.floor((max / 60) * SPEAKING_WPM)] ?? words[words.length - 1]!;
          context.report({
            messageId: 'tooLong',
            data,
            span: { start: cut.start, end: wholeAnswer(context.facts).end },
          });
        }
      },
    };
  },
};
