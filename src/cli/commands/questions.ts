import type { Command } from 'commander';
import { findQuestion, matchQuestion, QUESTIONS } from '../../core/index.ts';
import { printJson, UsageError } from '../io.ts';
import { c } from '../render.ts';

export function registerQuestions(program: Command): void {
  const questions = program
    .command('questions')
    .description('The question bank: list, show, recognise.');

  questions
    .command('list')
    .description('List the bank questions with their ids.')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) => {
      if (options.json)
        return printJson(
          QUESTIONS.map(({ id, question, category }) => ({ id, question, category })),
        );
      for (const q of QUESTIONS) process.stdout.write(`${c.bold(q.id.padEnd(22))} ${q.question}\n`);
    });

  questions
    .command('show')
    .description('Show one question and the ways it may be asked.')
    .argument('<id>', 'question id')
    .option('--json', 'print as JSON')
    .action((id: string, options: { json?: boolean }) => {
      const q = findQuestion(id);
      if (!q)
        throw new UsageError(`Unknown question id "${id}". See \`secondround questions list\`.`);
      if (options.json) return printJson(q);
      process.stdout.write(
        `${c.bold(q.question)}\n${c.dim(`${q.id} · category: ${q.category} · answer with ${q.framework === 'carl' ? 'CARL or STAR' : `the ${q.framework} structure`}`)}\n\nAlso asked as:\n`,
      );
      for (const p of q.paraphrases) process.stdout.write(`  - ${p}\n`);
    });

  questions
    .command('match')
    .description('Recognise which bank question a free-text question is.')
    .argument('<text...>', 'the question as asked')
    .option('--json', 'print {"id","confidence"}')
    .action((words: string[], options: { json?: boolean }) => {
      const text = words.join(' ').trim();
      if (!text) throw new UsageError('Give the question text to match.');
      if (text.length > 2000)
        throw new UsageError(`The question is ${text.length} characters long; the limit is 2,000.`);
      const m = matchQuestion(text);
      if (options.json) return printJson(m);
      const q = m.id ? findQuestion(m.id) : undefined;
      process.stdout.write(
        q
          ? `${c.bold(q.id)} (${Math.round(m.confidence * 100)}%): ${q.question}\n`
          : `No bank question fits (best similarity ${Math.round(m.confidence * 100)}%).\n`,
      );
    });
}
