import type { Rule } from '../types.ts';

export const consistentFigures: Rule = {
  id: 'consistent-figures',
  meta: {
    type: 'substance',
    description:
      "Every figure and title in an answer matches the candidate's own stories and resume.",
    weight: 15,
    perFinding: 8,
    appliesTo: { interview: (answer) => answer.figuresChecked },
    messages: {
      differs:
        'You say "{{figure}}" here, but {{source}} says "{{other}}" ({{snippet}}). A hiring manager compares your answers with your resume: use the figure you can back up.',
      unbacked:
        '"{{figure}}" appears in none of your stories or your resume. If it is right, add it to the story it belongs to; if it is an estimate, say so and how you measured it.',
      unbackedTitle:
        'The title "{{figure}}" is not in your resume or stories. Use the title you held, or explain the acting role.',
    },
  },
  create(context) {
    return {
      answer() {
        for (const f of context.interview?.answer.figures ?? []) {
          const span = { start: f.start, end: f.end };
          if (f.status === 'differs' && f.source) {
            const snippet =
              f.source.snippet.length > 120
                ? `${f.source.snippet.slice(0, 117)}...`
                : f.source.snippet;
            context.report({
              messageId: 'differs',
              data: { figure: f.text, source: f.source.label, other: f.source.figure, snippet },
              span,
            });
          } else {
            context.report({
              messageId: f.kind === 'title' ? 'unbackedTitle' : 'unbacked',
              data: { figure: f.text },
              span,
            });
          }
        }
      },
    };
  },
};
