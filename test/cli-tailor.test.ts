// End-to-end tests of the tailoring commands of the real `secondround` binary: tailor,
// prep-sheet and analyze --job, run as a child process on postings written for these tests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Run } from './helpers/cli.ts';

const POSTING = `Clinic Nurse (RN)
About Lakeview Community Health
Our mission is to give every neighbour in the valley unhurried, affordable care close to home.

What you'll do
- Triage walk-in patients and reduce wait times at our busiest clinic
- Administer medications and vaccines, and document every visit in Epic
- Educate patients on managing diabetes and high blood pressure
- Train and mentor new medical assistants

Requirements
- Active RN license and BLS certification
- 2+ years of outpatient or urgent care experience
- Experience with Epic electronic health records
- Spanish a plus

Benefits
- Dental insurance, 401(k) match and paid time off
- We are an equal opportunity employer and consider applicants without regard to veteran status.`;

const INTERVIEWERS = `- name: Maria Gomez
  role: Clinic Manager
  notes: Studied at the University of Washington. Previously at Swedish Medical Center. Recently launched a same-day appointment pilot.
`;
const STORIES = `stories:
  - title: Shorter waits at the walk-in clinic
    context: Our walk-in clinic had average waits of 70 minutes.
    action: I redesigned triage so vitals start in the waiting area.
    result: Average waits fell to 35 minutes within three months.
    learning: Fix the flow before asking for more staff.
    tags: [challenge]
`;
const RESUME =
  'Registered Nurse, BSN, University of Washington. Urgent care RN at Northgate Clinic, 2020-2025: triage, Epic, patient education. BLS certified.';

let dir: string;
const file = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'secondround-tailor-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOk(r: Run): string {
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).not.toContain('\x1b[');
  return r.stdout;
}

function expectUsageError(r: Run, message: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^secondround: /);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

interface TailorJson {
  title: string;
  company: string;
  skills: { name: string; mentions: { start: number; end: number }[] }[];
  painPoints: { summary: string; text: string }[];
  mission: { text: string } | null;
  predictedQuestions: { id: string | null; question: string; reason: string }[];
  questionsToAsk: { question: string }[];
  openers: { kind: string; detail: string; shared: boolean }[];
  resumeMatch: { percent: number; shown: string[]; missing: string[] } | null;
}

describe('secondround tailor', () => {
  it('reads a posting: skills, pain points, mission, likely questions, questions to ask', async () => {
    const out = expectOk(await run(['tailor', '--job', file('job.txt', POSTING)]));
    expect(out).toContain('Clinic Nurse (RN)');
    expect(out).toMatch(/Skills \(most central first\)\n\s+1\. /);
    expect(out).toContain('RN license');
    expect(out).toContain('Epic');
    expect(out).toMatch(/Pain points[^\n]*\n\s+- Triage walk-in patients and reduce wait times/);
    expect(out).toContain('give every neighbour in the valley');
    expect(out).toContain('Tell me about a time you');
    expect(out).toContain('Questions to ask');
    expect(out).not.toMatch(/dental|401|veteran/i);
  });

  it('--json gives the whole value, with offsets into the posting, openers and resume match', async () => {
    const r = await run([
      'tailor',
      '--job',
      file('job.txt', POSTING),
      '--interviewers',
      file('people.yaml', INTERVIEWERS),
      '--resume',
      file('resume.txt', RESUME),
      '--json',
    ]);
    const t = JSON.parse(expectOk(r)) as TailorJson;
    const names = t.skills.map((s) => s.name);
    expect(names.slice(0, 10)).toEqual(expect.arrayContaining(['RN license', 'BLS', 'Epic']));
    for (const s of t.skills)
      for (const m of s.mentions) expect(POSTING.slice(m.start, m.end).toLowerCase()).not.toBe('');
    expect(t.company).toBe('Lakeview Community Health');
    expect(t.questionsToAsk).toHaveLength(5);
    expect(t.predictedQuestions.map((q) => q.id)).toContain('why-this-company');
    const school = t.openers.find((o) => o.kind === 'school');
    expect(school).toMatchObject({ detail: 'University of Washington', shared: true });
    expect(t.openers.map((o) => o.kind)).toEqual(
      expect.arrayContaining(['employer', 'recent-work']),
    );
    expect(t.resumeMatch!.shown).toEqual(expect.arrayContaining(['Epic', 'BLS']));
    expect(t.resumeMatch!.percent).toBe(
      Math.round(
        (100 * t.resumeMatch!.shown.length) /
          (t.resumeMatch!.shown.length + t.resumeMatch!.missing.length),
      ),
    );
  });

  it('refuses missing, empty, binary and oversized postings with exit status 2', async () => {
    expectUsageError(await run(['tailor', '--job', join(dir, 'nope.txt')]), /File not found/);
    expectUsageError(await run(['tailor', '--job', file('empty.txt', ' \n ')]), /empty/);
    expectUsageError(
      await run([
        'tailor',
        '--job',
        file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])),
      ]),
      /not a text file/,
    );
    expectUsageError(
      await run(['tailor', '--job', file('big.txt', 'Nurse wanted. '.repeat(8000))]),
      /112,000 characters long; the limit for a job posting is 100,000/,
    );
  });

  it('refuses malformed interviewer files with a message naming the problem', async () => {
    const job = file('job.txt', POSTING);
    expectUsageError(
      await run(['tailor', '--job', job, '--interviewers', file('bad.yaml', 'name: [unclosed')]),
      /not valid YAML or JSON/,
    );
    expectUsageError(
      await run(['tailor', '--job', job, '--interviewers', file('obj.yaml', 'name: Maria')]),
      /should be a list of interviewers/,
    );
    expectUsageError(
      await run(['tailor', '--job', job, '--interviewers', file('noname.yaml', '- role: Manager')]),
      /interviewers\.0\.name/,
    );
  });
});

describe('secondround stories', () => {
  it('shows the story for each likely question, the matrix and the skills no story shows', async () => {
    const args = [
      'stories',
      '--job',
      file('job.txt', POSTING),
      '--stories',
      file('stories.yaml', STORIES),
    ];
    const out = expectOk(await run(args));
    expect(out).toMatch(/major challenge[^\n]*\n\s+→ "Shorter waits at the walk-in clinic"/);
    expect(out).toContain('Coverage (fit of each story to each question, 0-1)');
    expect(out).toMatch(/Skills of the posting that no story shows yet\n\s+\S/);
    const json = JSON.parse(expectOk(await run([...args, '--json']))) as {
      matrix: number[][];
      storyIds: string[];
      questions: unknown[];
      uncoveredSkills: string[];
    };
    expect(json.matrix).toHaveLength(json.questions.length);
    for (const row of json.matrix) expect(row).toHaveLength(json.storyIds.length);
    expect(json.uncoveredSkills).toContain('RN license');
  });
});

describe('secondround prep-sheet', () => {
  it('writes a Markdown sheet with every section and the story for a question', async () => {
    const out = join(dir, 'sheet.md');
    const r = await run([
      'prep-sheet',
      '--job',
      file('job.txt', POSTING),
      '--interviewers',
      file('people.yaml', INTERVIEWERS),
      '--stories',
      file('stories.yaml', STORIES),
      '--when',
      'Tuesday 14:00',
      '--out',
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(out, 'utf8');
    for (const heading of [
      '# Clinic Nurse (RN) at Lakeview Community Health',
      '## Lakeview Community Health and its mission',
      '## What the role is for',
      '## Who you will meet',
      '## Likely questions and your story',
      '## Questions to ask',
      '## Reminders',
    ])
      expect(md).toContain(heading);
    expect(md).toContain('Tuesday 14:00');
    expect(md).toContain('Your story: "Shorter waits at the walk-in clinic"');
    expect(md).toContain('- [ ] Send a short, personal thank-you email within 24 hours.');
  });

  it('writes a one-page PDF', async () => {
    const out = join(dir, 'sheet.pdf');
    const r = await run([
      'prep-sheet',
      '--job',
      file('job.txt', POSTING),
      '--out',
      out,
      '--page',
      'a4',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Clinic Nurse (RN) at Lakeview Community Health');
  });

  it('refuses an output that is neither .md nor .pdf, and bad stories', async () => {
    const job = file('job.txt', POSTING);
    expectUsageError(
      await run(['prep-sheet', '--job', job, '--out', join(dir, 'x.docx')]),
      /\.md or \.pdf/,
    );
    expectUsageError(
      await run([
        'prep-sheet',
        '--job',
        job,
        '--stories',
        file('s.yaml', '- tags: [x]'),
        '--out',
        join(dir, 'y.md'),
      ]),
      /stories\.0\.title/,
    );
  });
});

describe('secondround analyze --job', () => {
  it('reports what the answer addresses and flags a figure that differs from the story', async () => {
    const answer = file(
      'answer.txt',
      'At Northgate Clinic our walk-in waits averaged 70 minutes. I redesigned triage so vitals start in the waiting area, and waits fell to 20 minutes within three months. It taught me to fix the flow first. How long are waits at Lakeview today?',
    );
    const r = await run([
      'analyze',
      '--question',
      'Tell me about a challenge you faced',
      '--job',
      file('job.txt', POSTING),
      '--stories',
      file('stories.yaml', STORIES),
      '--resume',
      file('resume.txt', RESUME),
      '--json',
      answer,
    ]);
    const a = JSON.parse(expectOk(r)) as {
      tailoring: { namesCompany: boolean; generic: boolean; painPoints: unknown[] };
      findings: { ruleId: string; message: string }[];
    };
    expect(a.tailoring.namesCompany).toBe(true);
    expect(a.tailoring.generic).toBe(false);
    const figure = a.findings.find((f) => f.ruleId === 'consistent-figures');
    expect(figure?.message).toContain('"20 minutes"');
    expect(figure?.message).toContain('35 minutes');
  });

  it('needs --job for --stories', async () => {
    expectUsageError(
      await run(['analyze', '--stories', file('stories.yaml', STORIES)], 'I led the team.'),
      /go with --job/,
    );
  });
});
