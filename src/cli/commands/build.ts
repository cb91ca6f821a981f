import type { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import {
  BUILDER_FIELDS,
  buildAnswer,
  BuildInputError,
  findQuestion,
  type BuildInput,
  type BuiltAnswer,
} from '../../core/index.ts';
import { printJson, readTextFile, UsageError } from '../io.ts';
import { c, wrap } from '../render.ts';

interface Options {
  questionId?: string;
  question?: string;
  context?: string;
  action?: string;
  result?: string;
  learning?: string;
  closing?: string;
  input?: string;
  star?: boolean;
  json?: boolean;
}

const HINTS: Record<(typeof BUILDER_FIELDS)[number], string> = {
  context: 'Context: where were you, in what role, when, and what was at stake?',
  action: 'Action: what did YOU do? Two or three steps, with "I".',
  result: 'Result: how did it end? Put a number on it if you can.',
  learning: 'Learning: what did it teach you, or what do you do differently since?',
};

function build(input: BuildInput): BuiltAnswer {
  try {
    return buildAnswer(input);
  } catch (e) {
    if (e instanceof BuildInputError) throw new UsageError(e.message);
    throw e;
  }
}

function render(b: BuiltAnswer, star: boolean): string {
  const out = [c.bold('Your answer, as you would say it'), `  ${wrap(b.text, 90, '  ')}`, ''];
  if (star) {
    out.push(c.bold('The same story as STAR'));
    for (const [k, v] of Object.entries(b.star))
      out.push(`  ${c.bold(k.padEnd(9))} ${wrap(v || '-', 80, '            ')}`);
    out.push('');
  }
  out.push(c.bold(`Closing question`) + `  ${b.closingQuestion}`, '');
  if (b.prompts.length) {
    out.push(c.bold('Before you practise it'));
    for (const p of b.prompts) out.push(`  - ${c.yellow(p.field)}: ${wrap(p.message, 84, '    ')}`);
    out.push('');
  }
  out.push(
    c.dim(
      `Score ${b.analysis.score}/100 · about ${b.speakingSeconds} s aloud · \`secondround analyze\` for the full review`,
    ),
  );
  return out.join('\n') + '\n';
}

async function interactive(options: Options): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    let questionId = options.questionId;
    if (!questionId && !options.question) {
      process.stdout.write(
        `${c.bold('Which question?')} Type an id (e.g. major-challenge) or the question itself.\n`,
      );
      const answer = (await rl.question('> ')).trim();
      if (findQuestion(answer)) questionId = answer;
      else options.question = answer || undefined;
    }
    const bank = questionId ? findQuestion(questionId) : undefined;
    if (bank)
      process.stdout.write(`\n${c.bold(c.cyan(bank.question))}\n${c.dim(bank.structure)}\n`);
    const fields = {} as Record<(typeof BUILDER_FIELDS)[number], string>;
    for (const field of BUILDER_FIELDS) {
      process.stdout.write(`\n${c.bold(HINTS[field])}\n`);
      fields[field] = options[field] ?? (await rl.question('> '));
    }
    let built = build({
      questionId,
      question: options.question,
      ...fields,
      closingQuestion: options.closing,
    });
    if (built.prompts.some((p) => p.field === 'result' && /number/.test(p.message))) {
      process.stdout.write(
        `\n${c.yellow('Your result has no number.')} Add one (how much, how many, how fast), or press Enter to keep it:\n`,
      );
      const number = (await rl.question('> ')).trim();
      if (number) {
        fields.result = `${fields.result.trim().replace(/[.!]$/, '')}; ${number}`;
        built = build({
          questionId,
          question: options.question,
          ...fields,
          closingQuestion: options.closing,
        });
      }
    }
    process.stdout.write('\n' + render(built, true));
  } finally {
    rl.close();
  }
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description(
      'Build a spoken CARL answer from context, action, result and learning (interactive without flags).',
    )
    .option('-i, --question-id <id>', 'the bank question the answer is for')
    .option('-q, --question <text>', 'the question, in free text')
    .option('--context <text>', 'C: the situation, your role, what was at stake')
    .option('--action <text>', 'A: what you did')
    .option('--result <text>', 'R: how it ended, with a number')
    .option('--learning <text>', 'L: what it taught you')
    .option('--closing <text>', 'your own closing question (one that fits is suggested)')
    .option('--input <file>', 'a JSON file with context, action, result, learning (and questionId)')
    .option('--star', 'also show the STAR view')
    .option('--json', 'print as JSON')
    .action(async (options: Options) => {
      if (options.questionId && !findQuestion(options.questionId)) {
        throw new UsageError(
          `Unknown question id "${options.questionId}". See \`secondround questions list\`.`,
        );
      }
      let input: BuildInput | undefined;
      if (options.input) {
        let data: unknown;
        try {
          data = JSON.parse(readTextFile(options.input));
        } catch (e) {
          if (e instanceof UsageError) throw e;
          throw new UsageError(`${options.input} is not valid JSON.`);
        }
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
          throw new UsageError(
            `${options.input} must hold a JSON object with context, action, result and learning.`,
          );
        }
        const d = data as Record<string, unknown>;
        const text = (k: string): string => (typeof d[k] === 'string' ? (d[k] as string) : '');
        input = {
          questionId: options.questionId ?? (text('questionId') || undefined),
          question: options.question ?? (text('question') || undefined),
          context: text('context'),
          action: text('action'),
          result: text('result'),
          learning: text('learning'),
          closingQuestion: options.closing ?? (text('closingQuestion') || undefined),
        };
      } else if (BUILDER_FIELDS.some((f) => options[f] !== undefined)) {
        input = {
          questionId: options.questionId,
          question: options.question,
          context: options.context ?? '',
          action: options.action ?? '',
          result: options.result ?? '',
          learning: options.learning ?? '',
          closingQuestion: options.closing,
        };
      }
      if (!input) {
        if (!process.stdin.isTTY) {
          throw new UsageError(
            'Give --context, --action, --result and --learning (or --input FILE), or run it in a terminal.',
          );
        }
        return interactive(options);
      }
      const built = build(input);
      if (options.json) return printJson(built);
      process.stdout.write(render(built, options.star ?? false));
    });
}
