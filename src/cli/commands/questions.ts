import type { Command } from 'commander';
import {
  findQuestion,
  findStage,
  matchQuestion,
  MAX_PLAN,
  planQuestions,
  QUESTIONS,
  STAGES,
  type BankQuestion,
} from '../../core/index.ts';
import { parseCount, printJson, UsageError } from '../io.ts';
import { c, wrap } from '../render.ts';

export const stageIds = (): string => STAGES.map((s) => s.id).join(', ');

export function requireStage(id: string): NonNullable<ReturnType<typeof findStage>> {
  const stage = findStage(id);
  if (!stage) throw new UsageError(`Unknown stage "${id}". Stages: ${stageIds()}.`);
  return stage;
}

function showQuestion(q: BankQuestion): string {
  const list = (items: readonly string[]): string =>
    items.map((i) => `  - ${wrap(i, 90, '    ')}`).join('\n');
  return [
    c.bold(q.question),
    c.dim(`${q.id} · ${q.category} · stages: ${q.stages.join(', ')} · ${q.structure}`),
    '',
    c.bold('What they are assessing'),
    `  ${wrap(q.assesses, 90, '  ')}`,
    '',
    c.bold('How to answer'),
    `  ${wrap(q.howToAnswer, 90, '  ')}`,
    '',
    c.bold('Pitfalls'),
    list(q.pitfalls),
    '',
    c.bold('They may follow up with'),
    list(q.followUps),
    '',
    c.bold('Example answer'),
    `  ${wrap(q.exampleAnswer, 90, '  ')}`,
    '',
    c.bold('Also asked as'),
    list(q.paraphrases),
    '',
  ].join('\n');
}

export function registerQuestions(program: Command): void {
  const questions = program
    .command('questions')
    .description('The question bank: list, show, recognise, plan.');

  questions
    .command('list')
    .description('List the bank questions with their ids.')
    .option('-s, --stage <stage>', `only questions typical of a stage (${stageIds()})`)
    .option('-c, --category <category>', 'only one category')
    .option('--json', 'print as JSON')
    .action((options: { stage?: string; category?: string; json?: boolean }) => {
      if (options.stage) requireStage(options.stage);
      const categories = new Set(QUESTIONS.map((q) => q.category));
      if (options.category && !categories.has(options.category as BankQuestion['category'])) {
        throw new UsageError(
          `Unknown category "${options.category}". Categories: ${[...categories].join(', ')}.`,
        );
      }
      const selected = QUESTIONS.filter(
        (q) =>
          (!options.stage || q.stages.includes(options.stage as BankQuestion['stages'][number])) &&
          (!options.category || q.category === options.category),
      );
      if (options.json) {
        return printJson(
          selected.map(({ id, question, category, stages, framework }) => ({
            id,
            question,
            category,
            stages,
            framework,
          })),
        );
      }
      for (const q of selected) {
        process.stdout.write(
          `${c.bold(q.id.padEnd(34))} ${c.dim(q.category.padEnd(16))} ${q.question}\n`,
        );
      }
      process.stdout.write(
        c.dim(
          `\n${selected.length} questions. \`secondround questions show ID\` for one in full.\n`,
        ),
      );
    });

  questions
    .command('show')
    .description(
      'Show one question: what it assesses, how to answer, pitfalls, follow-ups, an example.',
    )
    .argument('<id>', 'question id')
    .option('--json', 'print as JSON')
    .action((id: string, options: { json?: boolean }) => {
      const q = findQuestion(id);
      if (!q)
        throw new UsageError(`Unknown question id "${id}". See \`secondround questions list\`.`);
      if (options.json) return printJson(q);
      process.stdout.write(showQuestion(q));
    });

  questions
    .command('match')
    .description('Recognise which bank question a free-text question is.')
    .argument('<text...>', 'the question as asked')
    .option('--json', 'print {"id","confidence"}')
    .action((words: string[], options: { json?: boolean }) => {
      const text = words.join(' ').trim();
      if (!text) throw new UsageError('Give the question text to match.');
      if (text.length > 2000) {
        throw new UsageError(
          `The question is ${text.length.toLocaleString('en-US')} characters long; the limit is 2,000.`,
        );
      }
      const m = matchQuestion(text);
      if (options.json) return printJson(m);
      const q = m.id ? findQuestion(m.id) : undefined;
      process.stdout.write(
        q
          ? `${c.bold(q.id)} (${Math.round(m.confidence * 100)}%): ${q.question}\n`
          : `No bank question fits (best similarity ${Math.round(m.confidence * 100)}%).\n`,
      );
    });

  questions
    .command('plan')
    .description('A balanced set of questions to practise for one stage.')
    .requiredOption('-s, --stage <stage>', `the stage (${stageIds()})`)
    .option('-n, --count <n>', `how many questions, 1-${MAX_PLAN}`, '8')
    .option('--seed <n>', 'vary the choice (the same seed gives the same plan)', '1')
    .option('--json', 'print as JSON')
    .action((options: { stage: string; count: string; seed: string; json?: boolean }) => {
      const stage = requireStage(options.stage);
      const count = parseCount(options.count, '--count', 1, MAX_PLAN);
      const seed = parseCount(options.seed, '--seed', 0, 2 ** 31);
      const plan = planQuestions(QUESTIONS, { stage: stage.id, count, seed });
      if (options.json) {
        return printJson({
          stage: stage.id,
          questions: plan.map((p) => ({
            id: p.question.id,
            question: p.question.question,
            category: p.question.category,
            reason: p.reason,
          })),
        });
      }
      process.stdout.write(`${c.bold(`${stage.name}: ${plan.length} questions to practise`)}\n\n`);
      plan.forEach((p, i) => {
        process.stdout.write(
          `${String(i + 1).padStart(2)}. ${p.question.question}\n    ${c.dim(`${p.question.id} · ${p.reason}`)}\n`,
        );
      });
    });
}
