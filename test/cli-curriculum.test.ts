// End-to-end tests of the curriculum commands of the real `secondround` binary (stages,
// questions plan/list, ask, build, thank-you), run as a child process.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../src/core/index.ts';
import { run, type Run } from './helpers/cli.ts';

/** A successful run: exit 0, nothing on stderr, no colour codes. */
function expectOk(r: Run): string {
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  expect(r.stdout).not.toContain('\x1b[');
  return r.stdout;
}

function parseJson<T>(r: Run): T {
  return JSON.parse(expectOk(r)) as T;
}

/**
 * A user error: exit 2, nothing on stdout, a message starting "secondround: " and no stack
 * trace. Debrief errors may list several fields, one per line; other errors are one line.
 */
function expectUsageError(r: Run, message: RegExp | string, { multiline = false } = {}): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(multiline ? /^secondround: [^\n]+\n/ : /^secondround: [^\n]+\n$/);
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/\.ts:\d+/);
  expect(r.stderr).not.toMatch(/\b(?:TypeError|ZodError|YAMLParseError)\b/);
}

/** The lines of `text` from the line equal to `heading` up to the next blank line, unwrapped. */
function section(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `no "${heading}" in:\n${text}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .map((l) => l.trim())
    .join(' ');
}

let dir = '';
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// --- Stages and questions -------------------------------------------------------------------

const STAGE_IDS = ['recruiter-screen', 'hiring-manager', 'panel', 'final'];

interface Stage {
  id: string;
  name: string;
  order: number;
  whoYouMeet: string;
  whatToPrepare: string[];
}

describe.concurrent('secondround stages', () => {
  it('prints the four stages in order, each with who you meet and what to prepare', async () => {
    const out = expectOk(await run(['stages']));
    const headings = out.split('\n').filter((l) => /^\d\. /.test(l));
    expect(headings).toHaveLength(4);
    expect(headings[0]).toMatch(/^1\. Recruiter screen {2}\(recruiter-screen, /);
    expect(headings[1]).toMatch(/^2\. Hiring manager.* {2}\(hiring-manager, /);
    expect(headings[2]).toMatch(/^3\. Panel.* {2}\(panel, /);
    expect(headings[3]).toMatch(/^4\. Final.* {2}\(final, /);
    // Each stage block has its own "Who you meet" and a bulleted "Prepare" list.
    const blocks = out.split(/^(?=\d\. )/m).filter((b) => b.trim());
    expect(blocks).toHaveLength(4);
    for (const block of blocks) {
      expect(block).toMatch(/^ {3}Who you meet {4}\S.{10,}/m);
      expect(block).toMatch(/^ {3}Prepare\n {5}- \S/m);
      expect(block.match(/^ {5}- /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    }
    expect(blocks[0]).toContain('recruiter');
    expect(blocks[1]).toContain('The person you would report to');
    expect(blocks[3]).toMatch(/senior leader/);
  });

  it('--json gives the four stages with their ids, in order', async () => {
    const stages = parseJson<Stage[]>(await run(['stages', '--json']));
    expect(Array.isArray(stages)).toBe(true);
    expect(stages).toHaveLength(4);
    expect(stages.map((s) => s.id)).toEqual(STAGE_IDS);
    expect(stages.map((s) => s.order)).toEqual([1, 2, 3, 4]);
    expect(stages[0]!.name).toBe('Recruiter screen');
    for (const s of stages) {
      expect(s.whoYouMeet.length, s.id).toBeGreaterThan(20);
      expect(s.whatToPrepare.length, s.id).toBeGreaterThanOrEqual(2);
    }
  });
});

interface PlanJson {
  stage: string;
  questions: { id: string; question: string; category: string; reason: string }[];
}

describe.concurrent('secondround questions plan', () => {
  it('plans 8 distinct questions for the hiring manager, starting with why this company', async () => {
    const plan = parseJson<PlanJson>(
      await run(['questions', 'plan', '--stage', 'hiring-manager', '--count', '8', '--json']),
    );
    expect(plan.stage).toBe('hiring-manager');
    expect(plan.questions).toHaveLength(8);
    const ids = plan.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(8);
    expect(ids[0]).toBe('why-this-company');
    expect(new Set(plan.questions.map((q) => q.category)).size).toBeGreaterThanOrEqual(6);
    for (const q of plan.questions) {
      expect(q.question.length, q.id).toBeGreaterThan(10);
      expect(q.reason.length, q.id).toBeGreaterThan(10);
    }
  });

  it('numbers the questions 1 to 8 in the human output, with their ids', async () => {
    const out = expectOk(
      await run(['questions', 'plan', '--stage', 'hiring-manager', '--count', '8']),
    );
    expect(out.split('\n')[0]).toMatch(/^Hiring manager.*: 8 questions to practise$/);
    const numbers = [...out.matchAll(/^ ?(\d+)\. \S/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(out).toMatch(/^ 1\. Why do you want to work here.*\n {4}why-this-company · /m);
  });

  it.each(['0', 'abc', '31'])('refuses --count %s, naming the option and the range', async (n) => {
    const r = await run(['questions', 'plan', '--stage', 'hiring-manager', '--count', n]);
    expectUsageError(r, `--count must be a whole number from 1 to 30; got "${n}"`);
  });

  it('refuses an unknown stage, listing the stages', async () => {
    const r = await run(['questions', 'plan', '--stage', 'lunch']);
    expectUsageError(r, 'Unknown stage "lunch"');
    for (const id of STAGE_IDS) expect(r.stderr).toContain(id);
  });
});

interface ListedQuestion {
  id: string;
  question: string;
  category: string;
  stages: string[];
}

describe.concurrent('secondround questions list', () => {
  it('--stage panel lists only questions asked at the panel stage', async () => {
    const listed = parseJson<ListedQuestion[]>(
      await run(['questions', 'list', '--stage', 'panel', '--json']),
    );
    expect(listed.length).toBeGreaterThan(5);
    for (const q of listed) expect(q.stages, q.id).toContain('panel');
    // The filter drops the others, and keeps every panel question of the bank.
    expect(listed.length).toBeLessThan(QUESTIONS.length);
    expect(listed.map((q) => q.id)).toEqual(
      QUESTIONS.filter((q) => q.stages.includes('panel')).map((q) => q.id),
    );
  });

  it('refuses an unknown category, listing the categories', async () => {
    const r = await run(['questions', 'list', '--category', 'nope']);
    expectUsageError(r, 'Unknown category "nope"');
    expect(r.stderr).toContain('motivation');
  });
});

interface AskJson {
  stage: string;
  questions: { id: string; question: string; purpose: string; stages: string[] }[];
}

describe.concurrent('secondround ask', () => {
  it('prints five questions to ask the hiring manager, ending with "anything I didn\'t cover"', async () => {
    const out = expectOk(await run(['ask', '--stage', 'hiring-manager']));
    expect(out.split('\n')[0]).toMatch(/^Questions to ask in the hiring manager/);
    const questions = [...out.matchAll(/^(\d+)\. (.+)$/gm)];
    expect(questions.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);
    for (const m of questions) expect(m[2]).toMatch(/\?$/);
    expect(questions[4]![2]).toMatch(/anything I didn't cover/i);
  });

  it('--json gives five questions with five different purposes', async () => {
    const ask = parseJson<AskJson>(await run(['ask', '--stage', 'hiring-manager', '--json']));
    expect(ask.stage).toBe('hiring-manager');
    expect(ask.questions).toHaveLength(5);
    expect(new Set(ask.questions.map((q) => q.purpose)).size).toBe(5);
    expect(new Set(ask.questions.map((q) => q.id)).size).toBe(5);
    for (const q of ask.questions) expect(q.stages, q.id).toContain('hiring-manager');
    expect(ask.questions[4]!.question).toMatch(/anything I didn't cover/i);
  });
});

// --- build ----------------------------------------------------------------------------------

const CONTEXT =
  'Last spring I was the on-call engineer at a payments startup, and our nightly billing job began charging some customers twice.';
const ACTION =
  'traced the duplicates to a retry loop, made the job idempotent and added an alert on retry spikes';
const ACTION_SAID =
  'I traced the duplicates to a retry loop, made the job idempotent and added an alert on retry spikes.';
const RESULT = 'duplicate charges dropped by 95 percent within two weeks';
const VAGUE_RESULT = 'the customers were happy again';
const LEARNING = 'design for retries from the first day';

const fields = (result = RESULT): string[] => [
  '--context',
  CONTEXT,
  '--action',
  ACTION,
  '--result',
  result,
  '--learning',
  LEARNING,
];

interface Built {
  questionId: string | null;
  text: string;
  star: Record<string, string>;
  closingQuestion: string;
  prompts: { field: string; message: string }[];
  analysis: { question: { id: string | null }; checks: Record<string, boolean | null> };
}

describe.concurrent('secondround build', () => {
  it('composes a spoken answer with the action in the first person, ending with a question', async () => {
    const out = expectOk(await run(['build', '--question-id', 'major-challenge', ...fields()]));
    const answer = section(out, 'Your answer, as you would say it');
    expect(answer.startsWith(CONTEXT)).toBe(true);
    expect(answer).toContain(ACTION_SAID);
    expect(answer).toContain('95 percent');
    expect(answer).toContain(LEARNING);
    expect(answer).toMatch(/\?$/);
    // The closing question is shown on its own line too, and it is the end of the answer.
    const closing = /^Closing question {2}(.+\?)$/m.exec(out);
    expect(closing).not.toBeNull();
    expect(answer.endsWith(closing![1]!)).toBe(true);
    // A measured result needs no prompt for a number.
    expect(out).not.toMatch(/^ {2}- result: .*number/m);
    expect(out).toMatch(/^Score \d+\/100 · about \d+ s aloud/m);
  });

  it('--json gives the text, the STAR view, the closing question, prompts and the analysis', async () => {
    const b = parseJson<Built>(
      await run(['build', '--question-id', 'major-challenge', ...fields(), '--json']),
    );
    expect(b.questionId).toBe('major-challenge');
    expect(b.text).toContain(ACTION_SAID);
    expect(b.text.endsWith(b.closingQuestion)).toBe(true);
    expect(b.closingQuestion).toMatch(/^[A-Z].*\?$/);
    expect(Object.keys(b.star).sort()).toEqual(['action', 'result', 'situation', 'task']);
    expect(b.star.situation).toContain('payments startup');
    expect(b.star.action).toBe(ACTION_SAID);
    expect(b.star.result).toContain('95 percent');
    expect(Array.isArray(b.prompts)).toBe(true);
    expect(b.prompts.filter((p) => p.field === 'result')).toEqual([]);
    expect(b.analysis.question.id).toBe('major-challenge');
    expect(b.analysis.checks.action).toBe(true);
    expect(b.analysis.checks.quantified).toBe(true);
    expect(b.analysis.checks.followUpQuestion).toBe(true);
  });

  it('asks for a number when the result has none', async () => {
    const out = expectOk(
      await run(['build', '--question-id', 'major-challenge', ...fields(VAGUE_RESULT)]),
    );
    expect(section(out, 'Before you practise it')).toMatch(/- result: .*number/i);
    expect(section(out, 'Your answer, as you would say it')).toContain(ACTION_SAID);
  });

  it('reads the fields from a JSON file given with --input', async () => {
    const input = file(
      'story.json',
      JSON.stringify({
        questionId: 'major-challenge',
        context: CONTEXT,
        action: ACTION,
        result: RESULT,
        learning: LEARNING,
      }),
    );
    const b = parseJson<Built>(await run(['build', '--input', input, '--json']));
    expect(b.questionId).toBe('major-challenge');
    expect(b.text.startsWith(CONTEXT)).toBe(true);
    expect(b.text).toContain(ACTION_SAID);
    expect(b.text).toContain(RESULT);
    expect(b.text).toMatch(/\?$/);
  });

  it('refuses a malformed JSON file, naming it', async () => {
    const bad = file('broken-story.json', '{"context": "I was on call", "action": ');
    const r = await run(['build', '--input', bad]);
    expectUsageError(r, /not valid JSON/);
    expect(r.stderr).toContain('broken-story.json');
  });

  it('refuses an unknown --question-id', async () => {
    expectUsageError(
      await run(['build', '--question-id', 'no-such-story', ...fields()]),
      'Unknown question id "no-such-story"',
    );
  });

  it('refuses four empty fields', async () => {
    const r = await run([
      'build',
      '--context',
      '',
      '--action',
      ' ',
      '--result',
      '',
      '--learning',
      '',
    ]);
    expectUsageError(r, /at least one of context, action, result and learning/);
  });

  it('without flags and without a terminal, explains what to pass', async () => {
    const r = await run(['build'], 'I fixed the billing job.\n');
    expectUsageError(r, /--context.*--action.*--result.*--learning.*--input FILE/);
  });
});

// --- thank-you ------------------------------------------------------------------------------

const DEBRIEF_YAML = `# Written right after the interview.
company: Northwind Health
role: Data Analyst
interviewDate: 2026-11-25T10:00:00Z
candidateName: Priya Shah
candidateEmail: priya@example.com
interviewers:
  - name: Dana Lee
    role: Head of Analytics
    email: dana@northwind.example
    topics:
      - the readmissions dashboard
  - name: Marcus Ortiz
    email: marcus@northwind.example
    topics: [the dbt migration]
`;
// 4.5 hours after the interview started.
const NOW = '2026-11-25T14:30:00Z';

const PEOPLE = [
  { name: 'Dana Lee', first: 'Dana', email: 'dana@northwind.example', topic: 'readmissions' },
  { name: 'Marcus Ortiz', first: 'Marcus', email: 'marcus@northwind.example', topic: 'dbt' },
];

const DRAFT = `Subject: Thank you for your time

Dear Marcos,

Thank you for meeting with me today about the Data Analyst role at Northwind Health. I enjoyed learning about the team and the dbt migration you are planning. I look forward to hearing from you.

Best regards,
Priya
`;

interface Review {
  checks: Record<string, boolean>;
  words: number;
  window: { dueAt: string; hoursLeft: number; overdue: boolean };
  findings: { check: string; severity: string; message: string }[];
}
interface Emails {
  emails: {
    to: { name: string; email?: string };
    subject: string;
    body: string;
    mailto: string;
    review: Review;
  }[];
}

/** The path of the YAML debrief most thank-you tests share, written in beforeAll. */
let debrief = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'secondround-curriculum-'));
  debrief = file('debrief.yaml', DEBRIEF_YAML);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('secondround thank-you', () => {
  it('writes one note per interviewer, each about that person and the window left', async () => {
    const out = expectOk(await run(['thank-you', '--debrief', debrief, '--now', NOW]));
    const notes = out.split(/^(?=To: )/m).filter((b) => b.startsWith('To: '));
    expect(notes).toHaveLength(2);
    PEOPLE.forEach((p, i) => {
      const note = notes[i]!;
      const other = PEOPLE[1 - i]!;
      expect(note.split('\n')[0]).toBe(`To: ${p.name} <${p.email}>`);
      expect(note).toMatch(/^Subject: .*Data Analyst/m);
      expect(note).toContain(`\nDear ${p.first},\n`);
      expect(note).toContain(p.topic);
      expect(note).not.toContain(other.topic);
      expect(note).not.toContain(other.first);
      expect(note).toContain('Northwind Health');
      expect(note).toContain('Data Analyst');
      expect(note).toContain('Priya Shah');
    });
    // Two interviewers may compare notes: the bodies are worded differently.
    expect(notes[0]!.replace(/Dana|readmissions dashboard/g, '')).not.toBe(
      notes[1]!.replace(/Marcus|dbt migration/g, ''),
    );
    expect(out.trimEnd().split('\n').at(-1)).toBe('Send within 24 hours: 19 h 30 min left.');
  });

  it('--json gives subject, body, mailto link and a clean review for each note', async () => {
    const { emails } = parseJson<Emails>(
      await run(['thank-you', '--debrief', debrief, '--now', NOW, '--json']),
    );
    expect(emails).toHaveLength(2);
    emails.forEach((e, i) => {
      const p = PEOPLE[i]!;
      expect(e.to).toEqual({ name: p.name, email: p.email });
      expect(e.subject).toContain('Data Analyst');
      expect(e.body.startsWith(`Dear ${p.first},`)).toBe(true);
      expect(e.body).toContain(p.topic);
      expect(e.body).not.toContain(PEOPLE[1 - i]!.topic);
      expect(e.mailto.startsWith(`mailto:${p.email}?subject=`)).toBe(true);
      const link = new URL(e.mailto);
      expect(link.searchParams.get('subject')).toBe(e.subject);
      expect(link.searchParams.get('body')).toBe(e.body);
      expect(Object.keys(e.review.checks).length).toBeGreaterThanOrEqual(5);
      for (const [check, ok] of Object.entries(e.review.checks)) expect(ok, check).toBe(true);
      expect(e.review.words).toBeGreaterThan(20);
      expect(e.review.words).toBeLessThanOrEqual(180);
      expect(e.review.window).toEqual({
        dueAt: '2026-11-26T10:00:00.000Z',
        hoursLeft: 19.5,
        overdue: false,
      });
    });
  });

  it('reads a JSON debrief too', async () => {
    const json = file(
      'debrief.json',
      JSON.stringify({
        company: 'Contoso Labs',
        role: 'Product Designer',
        interviewDate: '2026-03-02T09:00:00Z',
        interviewers: [
          { name: 'Ines Moreau', topics: ['the onboarding redesign'] },
          { name: 'Tom Becker', topics: ['accessibility audits'] },
        ],
      }),
    );
    const out = expectOk(
      await run(['thank-you', '--debrief', json, '--now', '2026-03-03T08:30:00Z']),
    );
    const notes = out.split(/^(?=To: )/m).filter((b) => b.startsWith('To: '));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^To: Ines Moreau\n/);
    expect(notes[0]).toContain('Dear Ines,');
    expect(notes[0]).toContain('onboarding redesign');
    expect(notes[1]).toContain('Dear Tom,');
    expect(notes[1]).toContain('accessibility audits');
    for (const n of notes)
      expect(n).toMatch(/Contoso Labs[\s\S]*Product Designer|Product Designer[\s\S]*Contoso Labs/);
    expect(out.trimEnd().split('\n').at(-1)).toBe('Send within 24 hours: 30 minutes left.');
  });

  it('--eml writes one .eml file per interviewer with To and Subject headers', async () => {
    const emlDir = join(dir, 'eml');
    const out = expectOk(
      await run(['thank-you', '--debrief', debrief, '--now', NOW, '--eml', emlDir]),
    );
    expect(out).toContain(`Wrote 2 .eml file(s) to ${emlDir}.`);
    const files = readdirSync(emlDir).sort();
    expect(files).toEqual(['thank-you-dana-lee.eml', 'thank-you-marcus-ortiz.eml']);
    files.forEach((name, i) => {
      const p = PEOPLE[i]!;
      const eml = readFileSync(join(emlDir, name), 'utf8');
      const split = eml.indexOf('\r\n\r\n');
      expect(split).toBeGreaterThan(0);
      const headers = eml.slice(0, split).split('\r\n');
      const body = eml.slice(split + 4);
      expect(headers).toContain(`To: "${p.name}" <${p.email}>`);
      expect(headers).toContain('Subject: Thank you: the Data Analyst conversation');
      expect(headers).toContain('From: priya@example.com');
      expect(body.startsWith(`Dear ${p.first},\r\n`)).toBe(true);
      expect(body).toContain(p.topic);
    });
  });

  it('reviews a draft: misspelled name, template phrase and the time left', async () => {
    const draft = file('draft.txt', DRAFT);
    const args = ['thank-you', '--debrief', debrief, '--now', NOW, '--draft', draft];
    const [human, json] = await Promise.all([
      run([...args, '--interviewer', 'Marcus Ortiz']),
      run([...args, '--interviewer', 'marcus ortiz', '--json']),
    ]);
    const out = expectOk(human);
    expect(out.split('\n')[0]).toMatch(/^Review of your note to Marcus Ortiz \(\d+ words\)$/);
    expect(out).toMatch(/✗ The debrief spells the name "Marcus", the draft "marcos"/i);
    expect(out).toContain('"I look forward to hearing from you" is a template phrase');
    expect(out).toContain('19 h 30 min left');
    // The company is spelled right and the draft mentions the dbt migration.
    expect(out).not.toMatch(/Name the company|Mention something/);

    const review = parseJson<Review>(json);
    expect(review.checks).toMatchObject({
      namesPresent: false,
      companyPresent: true,
      specificDetail: true,
      lengthOk: true,
      noStockPhrases: false,
    });
    expect(review.findings.map((f) => f.check)).toEqual(['names', 'stock-phrase', 'window']);
    expect(review.window.hoursLeft).toBe(19.5);
  });
});

describe.concurrent('secondround thank-you: user errors exit 2 with a message', () => {
  it('reports a missing debrief file', async () => {
    const r = await run(['thank-you', '--debrief', join(dir, 'no-debrief.yaml')]);
    expectUsageError(r, /File not found: .*no-debrief\.yaml/);
  });

  it('refuses an empty debrief', async () => {
    const r = await run(['thank-you', '--debrief', file('blank.yaml', '\n  \n')]);
    expectUsageError(r, /blank\.yaml is empty/);
  });

  it('refuses invalid YAML', async () => {
    const bad = file('broken.yaml', 'company: [Northwind\nrole: Data Analyst\n');
    expectUsageError(await run(['thank-you', '--debrief', bad]), /broken\.yaml is not valid YAML/);
  });

  it('names the missing company field', async () => {
    const path = file('no-firm.yaml', DEBRIEF_YAML.replace(/^company: .*\n/m, ''));
    const r = await run(['thank-you', '--debrief', path, '--now', NOW]);
    expectUsageError(r, /^ {2}- company: /m, { multiline: true });
    expect(r.stderr).not.toMatch(/interviewers|interviewDate/);
  });

  it('names the field of an invalid email', async () => {
    const path = file(
      'bad-email.yaml',
      DEBRIEF_YAML.replace('marcus@northwind.example', 'marcus at northwind'),
    );
    const r = await run(['thank-you', '--debrief', path, '--now', NOW]);
    expectUsageError(r, 'interviewers.1.email: must be an email address', { multiline: true });
  });

  it('refuses an --interviewer who is not in the debrief, listing who is', async () => {
    const draft = file('draft-for-zoe.txt', DRAFT);
    const r = await run([
      'thank-you',
      '--debrief',
      debrief,
      '--draft',
      draft,
      '--interviewer',
      'Zoe Park',
    ]);
    expectUsageError(r, 'No interviewer named "Zoe Park"');
    expect(r.stderr).toContain('Dana Lee, Marcus Ortiz');
  });

  it('refuses an invalid --now', async () => {
    const r = await run(['thank-you', '--debrief', debrief, '--now', 'yesterday']);
    expectUsageError(r, /--now must be a date and time.*got "yesterday"/);
  });
});
