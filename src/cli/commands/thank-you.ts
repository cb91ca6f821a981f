import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  composeThankYou,
  DebriefError,
  parseDebrief,
  reviewThankYou,
  toEml,
  toMailto,
  type Debrief,
  type ThankYouEmail,
} from '../../core/index.ts';
import { parseYamlFile, printJson, readTextFile, UsageError } from '../io.ts';
import { c, wrap } from '../render.ts';

interface Options {
  debrief: string;
  now?: string;
  draft?: string;
  interviewer?: string;
  eml?: string;
  mailto?: boolean;
  json?: boolean;
}

/** Reads a debrief from YAML or JSON (JSON is YAML too), with errors that name the field. */
export function readDebrief(path: string): Debrief {
  const text = readTextFile(path);
  if (!text.trim())
    throw new UsageError(`${path} is empty. See docs/thank-you.md for a sample debrief.`);
  const data = parseYamlFile(text, path);
  try {
    return parseDebrief(data);
  } catch (e) {
    if (e instanceof DebriefError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
}

/** The interviewer by full name, or by first name when only one has it (case aside). */
function findInterviewer(
  debrief: Debrief,
  name: string,
): Debrief['interviewers'][number] | undefined {
  const wanted = name.trim().toLowerCase();
  const exact = debrief.interviewers.find((i) => i.name.toLowerCase() === wanted);
  if (exact) return exact;
  const byFirst = debrief.interviewers.filter(
    (i) => i.name.toLowerCase().split(/\s+/)[0] === wanted,
  );
  return byFirst.length === 1 ? byFirst[0] : undefined;
}

function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const d = new Date(value);
  if (Number.isNaN(d.getTime()))
    throw new UsageError(`--now must be a date and time such as 2026-11-25T17:00; got "${value}".`);
  return d;
}

/** A draft file: an optional first line "Subject: ...", then the body. */
function readDraft(path: string): { subject?: string; body: string } {
  const text = readTextFile(path);
  const m = /^subject:[ \t]*(.*)\r?\n/i.exec(text);
  const draft = m
    ? { subject: m[1]!.trim(), body: text.slice(m[0].length).trim() }
    : { body: text.trim() };
  if (!draft.body) throw new UsageError(`${path} has no body to review.`);
  if (draft.body.length > 20_000)
    throw new UsageError(`${path} is ${draft.body.length} characters long; the limit is 20,000.`);
  return draft;
}

const fileName = (name: string): string =>
  `thank-you-${
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'interviewer'
  }.eml`;

export function registerThankYou(program: Command): void {
  program
    .command('thank-you')
    .description('Write short, personal thank-you emails from a debrief, or review your own draft.')
    .requiredOption('-d, --debrief <file>', 'the debrief, YAML or JSON (see docs/thank-you.md)')
    .option(
      '--draft <file>',
      'review this draft instead of writing one ("Subject: ..." on its first line)',
    )
    .option('--interviewer <name>', 'whom the draft is for (default: the first interviewer)')
    .option('--eml <dir>', 'also write one .eml file per interviewer into this folder')
    .option('--mailto', 'also print a mailto: link per email')
    .option('--now <datetime>', 'the time to count the 24-hour window from (default: now)')
    .option('--json', 'print as JSON')
    .action((options: Options) => {
      const debrief = readDebrief(options.debrief);
      const now = parseNow(options.now);
      const personFor = (name: string) => debrief.interviewers.find((i) => i.name === name)!;

      if (options.draft) {
        const draft = readDraft(options.draft);
        const person = options.interviewer
          ? findInterviewer(debrief, options.interviewer)
          : debrief.interviewers[0];
        if (!person) {
          throw new UsageError(
            `No interviewer named "${options.interviewer}" in the debrief: ${debrief.interviewers.map((i) => i.name).join(', ')}.`,
          );
        }
        const review = reviewThankYou(draft, debrief, person, now);
        if (options.json) return printJson(review);
        process.stdout.write(
          `${c.bold(`Review of your note to ${person.name}`)} (${review.words} words)\n`,
        );
        for (const f of review.findings) {
          const mark =
            f.severity === 'error'
              ? c.red('✗')
              : f.severity === 'warning'
                ? c.yellow('!')
                : c.cyan('i');
          process.stdout.write(`  ${mark} ${wrap(f.message, 90, '    ')}\n`);
        }
        return;
      }

      const emails = composeThankYou(debrief, now);
      const reviewed = emails.map((e: ThankYouEmail) => ({
        ...e,
        mailto: toMailto(e),
        review: reviewThankYou(e, debrief, personFor(e.to.name), now),
      }));
      if (options.eml) {
        try {
          mkdirSync(options.eml, { recursive: true });
          for (const e of emails)
            writeFileSync(
              join(options.eml, fileName(e.to.name)),
              toEml(e, {
                date: now,
                ...(debrief.candidateEmail ? { from: debrief.candidateEmail } : {}),
              }),
            );
        } catch (e) {
          throw new UsageError(
            `Cannot write .eml files to ${options.eml}: ${(e as Error).message}`,
          );
        }
      }
      if (options.json) return printJson({ emails: reviewed });
      const window = reviewed[0]!.review.window;
      for (const e of reviewed) {
        process.stdout.write(
          `${c.dim('To:')} ${e.to.name}${e.to.email ? ` <${e.to.email}>` : ''}\n${c.dim('Subject:')} ${e.subject}\n\n${e.body}\n${c.dim(`(${e.review.words} words)`)}\n`,
        );
        if (options.mailto) process.stdout.write(`${c.dim(e.mailto)}\n`);
        process.stdout.write('\n');
      }
      process.stdout.write(
        window.overdue
          ? c.yellow(`The 24-hour window has closed; send them now anyway.\n`)
          : `${c.bold('Send within 24 hours:')} ${reviewed[0]!.review.findings.find((f) => f.check === 'window')!.message.replace(/^Send it within 24 hours of the interview: /, '')}\n`,
      );
      if (options.eml)
        process.stdout.write(c.dim(`Wrote ${emails.length} .eml file(s) to ${options.eml}.\n`));
    });
}
