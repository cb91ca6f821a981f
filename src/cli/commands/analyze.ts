import type { Command } from 'commander';
import {
  analyze,
  AnalyzeInputError,
  findQuestion,
  validateAnswer,
  type InterviewContext,
} from '../../core/index.ts';
import { printJson, readStdin, readTextFile, UsageError } from '../io.ts';
import { renderAnalysis } from '../render.ts';
import { readJob, readStories } from './tailor.ts';

interface Options {
  question?: string;
  questionId?: string;
  json?: boolean;
  jsonl?: boolean;
  job?: string;
  company?: string;
  companyName?: string;
  title?: string;
  stories?: string;
  resume?: string;
}

/** The interview an answer belongs to, from --job and its companions. */
function readInterview(options: Options): InterviewContext | undefined {
  if (!options.job) {
    if (options.stories || options.resume || options.company)
      throw new UsageError(
        '--company, --stories and --resume go with --job (the posting of the interview).',
      );
    return undefined;
  }
  const { tailoring } = readJob({
    job: options.job,
    company: options.company,
    companyName: options.companyName,
    title: options.title,
  });
  return {
    tailoring,
    stories: options.stories ? readStories(options.stories) : [],
    resume: options.resume ? readTextFile(options.resume) : undefined,
  };
}

function checkAnswer(answer: string): void {
  try {
    validateAnswer(answer);
  } catch (e) {
    if (e instanceof AnalyzeInputError) throw new UsageError(e.message);
    throw e;
  }
}

/** One JSON Lines record: {"id","question"?,"questionId"?,"answer"} -> {"id", ...analysis} or {"id","error"}. */
function analyzeLine(line: string): unknown {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, error: 'The line is not valid JSON.' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { id: null, error: 'The line must be a JSON object with an "answer".' };
  }
  const r = record as Record<string, unknown>;
  const id = r.id ?? null;
  try {
    if (r.question !== undefined && typeof r.question !== 'string')
      throw new AnalyzeInputError('not-text', '"question" must be text.');
    if (r.questionId !== undefined && typeof r.questionId !== 'string')
      throw new AnalyzeInputError('not-text', '"questionId" must be text.');
    const answer = validateAnswer(r.answer);
    return {
      id,
      ...analyze(answer, {
        question: r.question as string | undefined,
        questionId: r.questionId as string | undefined,
      }),
    };
  } catch (e) {
    if (e instanceof AnalyzeInputError) return { id, error: e.message };
    throw e;
  }
}

async function runJsonl(): Promise<void> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const raw of lines) {
    const line = first ? raw.replace(/^\uFEFF/, '') : raw;
    first = false;
    if (!line.trim()) continue;
    process.stdout.write(JSON.stringify(analyzeLine(line)) + '\n');
  }
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description(
      'Analyse an answer from FILE or standard input: CARL parts, findings, score, speaking time.',
    )
    .argument('[file]', 'a text file with the answer (default: standard input)')
    .option('-q, --question <text>', 'the question the answer responds to, in free text')
    .option('-i, --question-id <id>', 'a question id from `secondround questions list`')
    .option('--job <file>', 'the posting of the interview this answer is for: adds tailored checks')
    .option('--company <file>', "the company's mission or about text (with --job)")
    .option('--company-name <name>', "the company's name (with --job)")
    .option('--title <title>', 'the job title (with --job)')
    .option('--stories <file>', 'your stories (YAML or JSON): figures are checked against them')
    .option('--resume <file>', 'your resume as text: figures and titles are checked against it')
    .option('--json', 'print the analysis as JSON')
    .option(
      '--jsonl',
      'read JSON Lines {"id","question","answer"} on standard input, write one analysis per line',
    )
    .action(async (file: string | undefined, options: Options) => {
      if (options.jsonl) {
        if (file) throw new UsageError('--jsonl reads standard input; do not pass a file.');
        if (options.question !== undefined || options.questionId !== undefined) {
          throw new UsageError('With --jsonl, give each line its own "question" or "questionId".');
        }
        return runJsonl();
      }
      if (options.question !== undefined && options.questionId !== undefined) {
        throw new UsageError('Give either --question or --question-id, not both.');
      }
      if (options.questionId !== undefined && !findQuestion(options.questionId)) {
        throw new UsageError(
          `Unknown question id "${options.questionId}". See \`secondround questions list\`.`,
        );
      }
      const interview = readInterview(options);
      const answer = file ? readTextFile(file) : await readStdin();
      checkAnswer(answer);
      const analysis = analyze(answer, {
        question: options.question,
        questionId: options.questionId,
        interview,
      });
      if (options.json) printJson(analysis);
      else process.stdout.write(renderAnalysis(answer, analysis, options.question));
    });
}
