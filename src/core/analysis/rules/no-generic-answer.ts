import type { Rule } from '../types.ts';
import { wholeAnswer } from './util.ts';

const quoteList = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(', ');

export const noGenericAnswer: Rule = {
  id: 'no-generic-answer',
  meta: {
    type: 'substance',
    description:
      'An answer for a given interview names something of that company or role: a skill the posting asks for, a problem it names, the company, its mission.',
    weight: 15,
    appliesTo: { interview: true },
    messages: {
      generic:
        'This answer could be given at any company: it names nothing from {{company}} or its posting. Tie it to what they asked for, such as {{skills}}, or to the problem the role is for: "{{pain}}".',
      noMission:
        'A "why us" answer for {{company}} should touch what they are about. They describe it as: "{{mission}}". Say which part of that matters to you, and why.',
    },
  },
  create(context) {
    return {
      answer() {
        if (!context.interview) return;
        const { answer, tailoring } = context.interview;
        const company = tailoring.company ?? 'this company';
        if (answer.generic) {
          const named = tailoring.skills.filter((s) => s.kind !== 'soft').slice(0, 3);
          context.report({
            messageId: 'generic',
            data: {
              company,
              skills: quoteList(named.map((s) => s.name)) || 'the skills in the posting',
              pain: tailoring.painPoints[0]?.summary ?? 'the main duty of the role',
            },
            span: wholeAnswer(context.facts),
          });
        }
        if (context.question.id === 'why-this-company' && !answer.mission && tailoring.mission) {
          context.report({
            messageId: 'noMission',
            data: { company, mission: tailoring.mission.text },
            span: wholeAnswer(context.facts),
          });
        }
      },
    };
  },
};
