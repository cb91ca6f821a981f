import type { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import {
  analyze,
  AnalyzeInputError,
  findQuestion,
  MAX_ANSWER_CHARS,
  QUESTIONS,
  validateAnswer,
} from '../../core/index.ts';
import { readStdin, UsageError } from '../io.ts';
import { c, renderAnalysis } from '../render.ts';

/** Reads lines until an empty line or end of input; null when input ended with nothing typed. */
async function readAnswer(
  rl: ReturnType<typeof createInterface>,
  closed: () => boolean,
): Promise<string | null> {
  const lines: string[] = [];
  while (!closed()) {
    let line: string;
    try {
      line = await rl.question(lines.length ? '' : '> ');
    } catch {
      break;
    }
    if (!line.trim()) {
      if (lines.length) break;
      continue;
    }
    lines.push(line);
  }
  return lines.length ? lines.join('\n') : null;
}

export function registerPractice(program: Command): void {
  program
    .command('practice')
    .description(
      'Practise in the terminal: answer a second-round question and get feedback (what `npm start` runs).',
    )
    .option('-i, --question-id <id>', 'practise this question instead of a random one')
    .action(async (options: { questionId?: string }) => {
      let queue = [...QUESTIONS].sort(() => Math.random() - 0.5);
      if (options.questionId) {
        const q = findQuestion(options.questionId);
        if (!q)
          throw new UsageError(
            `Unknown question id "${options.questionId}". See \`secondround questions list\`.`,
          );
        queue = [q];
      }
      if (!process.stdin.isTTY) {
        // Piped input: one answer to the first question.
        const q = queue[0]!;
        const answer = await readStdin();
        try {
          validateAnswer(answer);
        } catch (e) {
          throw e instanceof AnalyzeInputError ? new UsageError(e.message) : e;
        }
        process.stdout.write(
          `${c.bold(q.question)}\n\n${renderAnalysis(answer, analyze(answer, { questionId: q.id }))}`,
        );
        return;
      }
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      let closed = false;
      rl.on('close', () => (closed = true));
      process.stdout.write(
        `${c.bold('secondround practice')}: answer as you would say it aloud, in 60-120 seconds.\nUse CARL: Context, Action, Result, Learning, and end with a question back.\nType or paste your answer; an empty line ends it. Ctrl+D quits.\n`,
      );
      for (const q of queue) {
        process.stdout.write(`\n${c.bold(c.cyan(q.question))}\n`);
        const answer = await readAnswer(rl, () => closed);
        if (answer === null) break;
        if (answer.length > MAX_ANSWER_CHARS) {
          // Interactive: say so and ask again rather than exit.
          process.stdout.write(
            c.red(
              `That answer is ${answer.length.toLocaleString('en-US')} characters; the limit is ${MAX_ANSWER_CHARS.toLocaleString('en-US')}.\n`,
            ),
          );
          continue;
        }
        process.stdout.write('\n' + renderAnalysis(answer, analyze(answer, { questionId: q.id })));
        if (closed) break;
        const again = await rl.question(`\nAnother question? [Y/n] `).catch(() => 'n');
        if (/^n/i.test(again.trim())) break;
      }
      rl.close();
      process.stdout.write('\nGood luck in the interview.\n');
    });
}
