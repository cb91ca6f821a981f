import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import {
  coverStories,
  FIT_THRESHOLD,
  MAX_POSTING_CHARS,
  type Coverage,
  parseStories,
  prepSheet,
  renderPdf,
  StoryError,
  tailor,
  TailorInputError,
  toMarkdown,
  type InterviewerNotes,
  type Story,
  type Tailoring,
} from '../../core/index.ts';
import { parseYamlFile, printJson, readTextFile, UsageError } from '../io.ts';
import { c, wrap } from '../render.ts';
import { requireStage, stageIds } from './questions.ts';

const MAX_SIDE_CHARS = 50_000;

interface JobOptions {
  job: string;
  company?: string;
  resume?: string;
  interviewers?: string;
  title?: string;
  companyName?: string;
  stage?: string;
}

/** A text input file: present, text, not empty, within its limit (the message says both lengths). */
function readInput(path: string, what: string, limit: number): string {
  const text = readTextFile(path);
  if (!text.trim()) throw new UsageError(`${path} is empty: it should hold ${what}.`);
  if (text.length > limit)
    throw new UsageError(
      `${path} is ${text.length.toLocaleString('en-US')} characters long; the limit for ${what} is ${limit.toLocaleString('en-US')}.`,
    );
  return text;
}

/** YAML or JSON: a list, or an object holding the list under `key`. */
function readList(path: string, key: string): unknown {
  const text = readInput(path, `a YAML or JSON list of ${key}`, MAX_SIDE_CHARS * 4);
  let data = parseYamlFile(text, path);
  if (data && typeof data === 'object' && !Array.isArray(data) && key in data)
    data = (data as Record<string, unknown>)[key];
  if (!Array.isArray(data))
    throw new UsageError(`${path} should be a list of ${key} (or an object with a "${key}" list).`);
  return data;
}

export function readInterviewers(path: string): InterviewerNotes[] {
  return readList(path, 'interviewers') as InterviewerNotes[];
}

export function readStories(path: string): Story[] {
  try {
    return parseStories(readList(path, 'stories'));
  } catch (e) {
    if (e instanceof StoryError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
}

export function readJob(options: JobOptions): {
  tailoring: Tailoring;
  interviewers: InterviewerNotes[];
} {
  const interviewers = options.interviewers ? readInterviewers(options.interviewers) : [];
  try {
    const tailoring = tailor({
      posting: readInput(options.job, 'a job posting', MAX_POSTING_CHARS),
      company: options.company
        ? readInput(options.company, 'the company text', MAX_SIDE_CHARS)
        : undefined,
      resume: options.resume ? readInput(options.resume, 'a resume', MAX_SIDE_CHARS) : undefined,
      interviewers,
      title: options.title,
      companyName: options.companyName,
      stage: options.stage ? requireStage(options.stage).id : undefined,
    });
    return { tailoring, interviewers };
  } catch (e) {
    if (e instanceof TailorInputError) throw new UsageError(e.problems.join('\n'));
    throw e;
  }
}

const jobOptions = (cmd: Command): Command =>
  cmd
    .requiredOption('--job <file>', 'the job posting (text or Markdown)')
    .option('--company <file>', "the company's mission or about text")
    .option('--interviewers <file>', 'YAML or JSON list of {name, role, notes}')
    .option('--title <title>', 'the job title, if the posting does not start with it')
    .option('--company-name <name>', "the company's name, if the posting does not make it clear")
    .option('--stage <stage>', `the interview stage (${stageIds()}); default hiring-manager`);

function renderTailoring(t: Tailoring): string {
  const out: string[] = [];
  const head = (s: string): void => {
    out.push('', c.bold(s));
  };
  out.push(c.bold(`${t.title ?? 'Job'}${t.company ? ` at ${t.company}` : ''}`));
  head('Skills (most central first)');
  t.skills.slice(0, 20).forEach((s, i) => {
    const kind = s.kind === 'term' ? "posting's own term" : s.kind;
    out.push(
      `  ${String(i + 1).padStart(2)}. ${s.name} ${c.dim(`(${kind}, ${s.mentions.length}×${s.inTitle ? ', in the title' : ''})`)}`,
    );
  });
  head('Pain points: what this hire is for');
  if (!t.painPoints.length)
    out.push(c.dim('  none stated: ask "What is the biggest problem this role should solve?"'));
  for (const p of t.painPoints) out.push(`  - ${wrap(p.summary, 84, '    ')}`);
  head('Mission and values');
  out.push(
    `  ${t.mission ? wrap(`${t.mission.stated ? '' : '(no mission stated; what they do) '}${t.mission.text}`, 84, '  ') : c.dim('not found: paste their About page with --company')}`,
  );
  if (t.values.length) out.push(`  ${c.dim('values:')} ${t.values.join(', ')}`);
  head('Questions you will likely be asked');
  for (const q of t.predictedQuestions) {
    out.push(`  - ${wrap(q.question, 84, '    ')}`);
    out.push(`    ${c.dim(wrap(q.reason, 84, '    '))}`);
  }
  head('Questions to ask');
  t.questionsToAsk.forEach((q, i) => out.push(`  ${i + 1}. ${wrap(q.question, 84, '     ')}`));
  if (t.openers.length) {
    head('Openers');
    for (const o of t.openers)
      out.push(
        `  - ${o.interviewer} ${c.dim(`(${o.kind}${o.shared ? ', shared' : ''}: ${o.detail})`)}\n    ${wrap(o.say, 84, '    ')}`,
      );
  }
  if (t.requirements.length || t.responsibilities.length)
    out.push(
      '',
      c.dim(
        `${t.responsibilities.length} duties and ${t.requirements.length} requirements read; --json lists them.`,
      ),
    );
  if (t.resumeMatch) {
    head(`Resume match: ${t.resumeMatch.percent}% of the top skills`);
    out.push(
      `  ${c.green('shown:')}   ${wrap(t.resumeMatch.shown.join(', ') || 'none', 80, '           ')}`,
    );
    out.push(
      `  ${c.yellow('missing:')} ${wrap(t.resumeMatch.missing.join(', ') || 'none', 80, '           ')}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function renderCoverage(coverage: Coverage, stories: readonly Story[]): string {
  const out: string[] = [c.bold('Likely questions and the story to tell')];
  const title = new Map(stories.map((s) => [s.id, s.title]));
  coverage.questions.forEach((q, i) => {
    out.push(`  ${String(i + 1).padStart(2)}. ${wrap(q.question.question, 84, '      ')}`);
    if (!q.needsStory)
      out.push(c.dim('      answer from your research and reflection: no story needed'));
    else if (q.best)
      out.push(
        `      ${c.green('→')} "${title.get(q.best.storyId)}" ${c.dim(`(${q.best.score.toFixed(2)}: ${q.best.reasons.join('; ')})`)}`,
      );
    else out.push(`      ${c.yellow('no story fits yet: write one')}`);
  });
  out.push('', c.bold('Coverage (fit of each story to each question, 0-1)'));
  const ids = coverage.storyIds.map((_, k) => `S${k + 1}`);
  out.push(`  ${'Q'.padEnd(4)}${ids.map((id) => id.padStart(6)).join('')}`);
  coverage.matrix.forEach((row, i) => {
    const cells = row.map((v) => {
      const cell = v === 0 ? '·' : v.toFixed(2);
      return v >= FIT_THRESHOLD ? c.green(cell.padStart(6)) : c.dim(cell.padStart(6));
    });
    out.push(`  ${String(i + 1).padEnd(4)}${cells.join('')}`);
  });
  coverage.storyIds.forEach((id, k) => {
    const skills = coverage.storySkills[id] ?? [];
    out.push(
      `  ${c.dim(`S${k + 1}`)} ${title.get(id)}${skills.length ? c.dim(` (shows ${skills.join(', ')})`) : ''}`,
    );
  });
  out.push('', c.bold('Skills of the posting that no story shows yet'));
  out.push(
    `  ${wrap(coverage.uncoveredSkills.join(', ') || 'none: every top skill has a story', 84, '  ')}`,
  );
  return `${out.join('\n')}\n`;
}

export function registerTailor(program: Command): void {
  jobOptions(
    program
      .command('tailor')
      .description(
        'Read a job posting: skills, pain points, mission, likely questions, questions to ask, openers, resume match.',
      ),
  )
    .option('--resume <file>', 'your resume as text: which of the skills it shows')
    .option('--json', 'print as JSON')
    .action((options: JobOptions & { json?: boolean }) => {
      const { tailoring } = readJob(options);
      if (options.json) return printJson(tailoring);
      process.stdout.write(renderTailoring(tailoring));
    });

  jobOptions(
    program
      .command('stories')
      .description(
        'Which of your stories answers which likely question, the coverage matrix, and the skills no story shows.',
      ),
  )
    .requiredOption('--stories <file>', 'YAML or JSON list of your stories')
    .option('--json', 'print as JSON')
    .action((options: JobOptions & { stories: string; json?: boolean }) => {
      const stories = readStories(options.stories);
      const { tailoring } = readJob(options);
      const coverage = coverStories(stories, tailoring.predictedQuestions, tailoring.skills);
      if (options.json) return printJson(coverage);
      process.stdout.write(renderCoverage(coverage, stories));
    });

  jobOptions(
    program
      .command('prep-sheet')
      .description('Write the one-page prep sheet for an interview, as Markdown or PDF.'),
  )
    .option(
      '--stories <file>',
      'YAML or JSON list of your stories {title, context, action, result, learning, tags}',
    )
    .option('--resume <file>', 'your resume as text: shared schools and employers for openers')
    .option('--when <text>', 'when the interview is, as you want it printed')
    .option('--page <size>', 'PDF page size: letter or a4', 'letter')
    .requiredOption('--out <file>', 'sheet.md or sheet.pdf')
    .action(
      async (
        options: JobOptions & { stories?: string; when?: string; page: string; out: string },
      ) => {
        const ext = extname(options.out).toLowerCase();
        if (ext !== '.md' && ext !== '.pdf')
          throw new UsageError(`--out must end in .md or .pdf; got "${options.out}".`);
        if (options.page !== 'letter' && options.page !== 'a4')
          throw new UsageError(`--page must be letter or a4; got "${options.page}".`);
        const { tailoring, interviewers } = readJob(options);
        const stories = options.stories ? readStories(options.stories) : [];
        const doc = prepSheet({ tailoring, interviewers, stories, when: options.when });
        const bytes =
          ext === '.pdf' ? await renderPdf(doc, { pageSize: options.page }) : toMarkdown(doc);
        try {
          writeFileSync(options.out, bytes);
        } catch (e) {
          throw new UsageError(`Cannot write ${options.out}: ${(e as Error).message}`);
        }
        process.stderr.write(`Wrote ${options.out}\n`);
      },
    );
}
